/** docs/field-reference.md is generated from the schemas: it must match them, and every field needs its JSDoc line. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { missingDocs, referencePath, renderFieldReference } from '../../scripts/field-reference.ts';

describe('the field reference', () => {
  it('is up to date with src/schemas (run `npm run field-reference` after changing a schema)', async () => {
    const generated = await renderFieldReference();
    expect(readFileSync(referencePath, 'utf8') === generated, 'docs/field-reference.md is out of date: run `npm run field-reference`').toBe(true);
  });

  it('describes every field with the JSDoc line of its schema', async () => {
    await renderFieldReference();
    expect(missingDocs).toEqual([]);
  });

  it('lists the fields authors meet first, with what they accept', async () => {
    const text = await renderFieldReference();
    expect(text).toContain('| `institutions[].accounts[].observations[].value` | **required** | whole number ≥ 0 (digits only) |');
    expect(text).toContain('| `singleLanguage` | optional (default `false`) |');
    expect(text).toContain('one of `article`, `webpage`, `interview`, `blog-post`, `essay`, `event`');
  });
});
