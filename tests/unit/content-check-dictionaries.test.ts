/** `npm run check` (and the build) also compares the UI dictionaries: every locale has the Spanish keys, no more. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../src/i18n/ui/en.ts');
  vi.resetModules();
});

describe('UI dictionaries', () => {
  it('have the same keys in every locale', async () => {
    const { dictionaryProblems } = await import('../../src/i18n/ui.ts');
    expect(dictionaryProblems()).toEqual([]);
  });

  it('report a missing and an extra key with the file and the key', async () => {
    vi.resetModules();
    const { es } = await import('../../src/i18n/ui/es.ts');
    const keys = Object.keys(es);
    const [dropped] = keys;
    const en = Object.fromEntries([...keys.slice(1).map((k) => [k, 'x']), ['nav.typo', 'x']]);
    vi.doMock('../../src/i18n/ui/en.ts', () => ({ en }));
    const { dictionaryProblems } = await import('../../src/i18n/ui.ts');
    const problems = dictionaryProblems();
    expect(problems).toContain(`src/i18n/ui/en.ts:1: ${dropped}: missing UI string (expected a translation of the Spanish key)`);
    expect(problems.some((p) => p.startsWith('src/i18n/ui/en.ts:1: nav.typo: unknown UI key'))).toBe(true);
    expect(problems).toHaveLength(2);
  });
});
