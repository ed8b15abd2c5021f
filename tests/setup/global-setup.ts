/**
 * Vitest global setup: builds the two sites the site and browser tests read, once per run, side by
 * side, and hands their folders to the tests (`inject('sites')`, see tests/support/sites.ts):
 *
 * - `real`: whatever content/ holds, as deployed (ATLAS_SITE/ATLAS_BASE from the environment). The
 *   content gates run on it and assume nothing about what it contains.
 * - `fixture`: the fictional tree in tests/fixture-site/content, under the sub-path /atlas/ of
 *   https://example.github.io. Behaviour tests run on it with expectations written by hand.
 *
 * Each build is kept under a fingerprint of everything it read (tests/support/project.ts): a run with
 * unchanged inputs reuses it; any edit to sources, content, the lockfile, Node or an ATLAS_* variable
 * builds again. A build that fails stops the run with its output.
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { deployTarget } from '../../src/lib/deploy.ts';
import { buildFingerprint, buildsDir, fixtureContent, fixtureTarget, projectCopy, realContent } from '../support/project.ts';
import type { BuiltSite, SiteName } from '../support/sites.ts';


async function buildSite(name: SiteName, content: string, env: Record<string, string>): Promise<BuiltSite> {
  const fingerprint = buildFingerprint(content, env);
  const dir = join(buildsDir, `${name}-${fingerprint}`);
  const target = deployTarget({ ...process.env, ...env });
  const site: BuiltSite = { name, dist: join(dir, 'dist'), content: join(dir, 'content'), site: target.site, base: target.base, fingerprint };
  if (existsSync(join(dir, 'complete'))) return site;
  // Older builds of this tree are of no further use; one left by a run still going is over an hour old.
  if (existsSync(buildsDir)) {
    for (const old of readdirSync(buildsDir).filter((d) => d.startsWith(`${name}-`) && d !== `${name}-${fingerprint}`)) {
      if (Date.now() - statSync(join(buildsDir, old)).mtimeMs > 3600_000) rmSync(join(buildsDir, old), { recursive: true, force: true });
    }
  }
  const started = performance.now();
  const copy = projectCopy(dir, content);
  const result = await copy.build(env);
  if (result.status !== 0) throw new Error(`The ${name} site failed to build (exit ${result.status}):\n${result.output.slice(-4000)}`);
  // Sources edited during the build: this run uses the output, later runs build again.
  if (buildFingerprint(content, env) === fingerprint) writeFileSync(join(dir, 'complete'), `${Math.round(performance.now() - started)} ms\n`);
  return site;
}

export default async function setup(project: TestProject) {
  const [real, fixture] = await Promise.all([buildSite('real', realContent, {}), buildSite('fixture', fixtureContent, fixtureTarget)]);
  project.provide('sites', { real, fixture });
}
