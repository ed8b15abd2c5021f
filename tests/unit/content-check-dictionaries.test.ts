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

  it('report an extra key as an error and a missing one as a warning', async () => {
    vi.resetModules();
    const { es } = await import('../../src/i18n/ui/es.ts');
    const keys = Object.keys(es);
    const [dropped] = keys;
    const en = Object.fromEntries([...keys.slice(1).map((k) => [k, 'x']), ['nav.typo', 'x']]);
    vi.doMock('../../src/i18n/ui/en.ts', () => ({ en }));
    const { dictionaryProblems } = await import('../../src/i18n/ui.ts');
    const problems = dictionaryProblems();
    // A missing string is no error: it falls back to Spanish, and the check warns.
    expect(problems).toEqual([expect.stringMatching(/^src\/i18n\/ui\/en\.ts:1: nav\.typo: unknown UI key/)]);
    const { missingUiStrings, missingUiStringWarnings } = await import('../../src/i18n/ui.ts');
    // (Other languages a maintainer has added may lack strings too: only English is looked at.)
    expect(missingUiStrings().filter((m) => m.locale === 'en')).toEqual([{ locale: 'en', file: 'src/i18n/ui/en.ts', keys: [dropped] }]);
    expect(missingUiStringWarnings().filter((w) => w.file === 'src/i18n/ui/en.ts')).toEqual([expect.objectContaining({ file: 'src/i18n/ui/en.ts', field: '(UI strings)', message: expect.stringContaining(`1 of ${keys.length} interface strings not translated into en`) })]);
  });
});
