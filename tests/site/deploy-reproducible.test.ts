/**
 * Two builds of the same sources, in two folders with two caches, are byte-identical: same files,
 * same hashes. What this rules out: build dates, absolute paths of the output folder, and any
 * ordering that depends on timing (page rendering, Pagefind's index, the sitemap).
 *
 * This test needs a build of its own (the only way to get a second one): a copy of the project with
 * the fixture content, built the way the global setup built the fixture site, compared with it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFingerprint, fixtureContent, tempProject, type ProjectCopy, fixtureTarget } from '../support/project.ts';
import { builtSite } from '../support/sites.ts';

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

let second: ProjectCopy | undefined;
afterAll(() => second?.remove());

describe('reproducible builds', () => {
  it('two builds of the same commit produce a byte-identical site', async () => {
    const first = builtSite('fixture');
    second = tempProject('reproducible', fixtureContent);
    const env = fixtureTarget;
    const result = await second.build(env);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(buildFingerprint(fixtureContent, env), 'the sources changed since the global setup built the fixture site (edited while tests ran?)').toBe(first.fingerprint);
    const ha = hashes(first.dist);
    const hb = hashes(second.outDir);
    const files = Object.keys(ha);
    console.log(`reproducible: ${files.length} files compared between ${first.dist} and ${second.outDir}`);
    expect(files.length).toBeGreaterThan(10);
    expect(Object.keys(hb).sort(), 'the same files').toEqual(files.sort());
    const differing = files.filter((f) => ha[f] !== hb[f]);
    expect(differing, 'files whose bytes differ between the two builds').toEqual([]);
    // Neither build mentions the folder it was written to.
    for (const f of files.filter((f) => /\.(html|xml|txt|js|css|json)$/.test(f) || f === '_headers')) {
      expect(readFileSync(join(first.dist, f), 'utf8'), f).not.toContain(first.dist);
      expect(readFileSync(join(second.outDir, f), 'utf8'), f).not.toContain(second.outDir);
    }
  }, 600_000);
});
