/**
 * The fingerprint that keys the test builds (tests/support/project.ts): any change to a file of the
 * content tree, however deep, or to an ATLAS_* variable means a new build; nothing else does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFingerprint, filesUnder, fixtureContent } from '../support/project.ts';

const dirs: string[] = [];
const copyOfFixture = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fingerprint-'));
  dirs.push(dir);
  cpSync(fixtureContent, dir, { recursive: true });
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the build fingerprint', () => {
  it('lists files at every depth of a tree', () => {
    const files = filesUnder(fixtureContent).map((f) => f.slice(fixtureContent.length));
    expect(files).toContain('/countries/xr.yaml');
    expect(files).toContain('/articles/es/estudio-ficticio.mdx');
    expect(files).toContain('/sources.yaml');
  });

  it('is the same for the same inputs, and changes with a nested content file', () => {
    const a = copyOfFixture();
    const b = copyOfFixture();
    expect(buildFingerprint(a)).toBe(buildFingerprint(b));
    writeFileSync(join(b, 'articles', 'es', 'estudio-ficticio.mdx'), '---\ntitle: changed\n---\n');
    expect(buildFingerprint(a)).not.toBe(buildFingerprint(b));
  });

  it('changes with an ATLAS_* variable', () => {
    expect(buildFingerprint(fixtureContent, { ATLAS_BASE: '/a/' })).not.toBe(buildFingerprint(fixtureContent, { ATLAS_BASE: '/b/' }));
  });
});
