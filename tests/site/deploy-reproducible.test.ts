/**
 * Two builds of the same sources, in two folders with two caches, are byte-identical: same files,
 * same hashes. What this rules out: build dates, absolute paths of the output folder, and any
 * ordering that depends on timing (page rendering, Pagefind's index, the sitemap).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce, subPath } from '../support/build-once.ts';

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (prefix: string) => {
    for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
      const rel = `${prefix}${e.name}`;
      if (e.isDirectory()) walk(`${rel}/`);
      else out[rel] = createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex');
    }
  };
  walk('');
  return out;
}

describe('reproducible builds', () => {
  it('two builds of the same commit produce a byte-identical site', async () => {
    // The first is the sub-path build the other deploy tests share; the second is built beside it.
    const [a, b] = await Promise.all([buildOnce(subPath), buildOnce({ ...subPath, copy: 1 })]);
    expect(b.fingerprint, 'the sources changed between the two builds (edited while the test ran?)').toBe(a.fingerprint);
    expect(a.dir).not.toBe(b.dir);
    const ha = hashes(a.dir);
    const hb = hashes(b.dir);
    const files = Object.keys(ha);
    console.log(`reproducible: ${files.length} files compared between ${a.dir} and ${b.dir}`);
    expect(Object.keys(hb).sort(), 'the same files').toEqual(files.sort());
    const differing = files.filter((f) => ha[f] !== hb[f]);
    expect(differing, 'files whose bytes differ between the two builds').toEqual([]);
    // Neither build mentions the folder it was written to.
    for (const f of files.filter((f) => /\.(html|xml|txt|js|css|json)$/.test(f) || f === '_headers')) {
      expect(readFileSync(join(a.dir, f), 'utf8'), f).not.toContain(a.dir);
    }
  }, 600_000);
});
