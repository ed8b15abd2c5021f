/**
 * `npm run build`: builds into a temporary folder and swaps it in only when everything succeeded,
 * so a failed build leaves the previous `dist/` (or none) untouched.
 *
 * Steps: Astro (pages, sitemap, robots.txt, 404.html) → Pagefind (search index, scripts/search-index.ts) → `_headers`
 * (scripts/headers.ts, derived from the built pages). Where: ATLAS_OUT_DIR (default dist/),
 * ATLAS_SITE and ATLAS_BASE (see src/lib/deploy.ts and the README's "Deploy" section).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deployTarget, outDir } from '../src/lib/deploy.ts';
import { writeHeaders } from './headers.ts';
import { writeSearchIndex } from './search-index.ts';

const root = process.cwd();
const finalDir = resolve(root, outDir());
const tempDir = `${finalDir}.partial`;
const oldDir = `${finalDir}.previous`;

function fail(status: number): never {
  rmSync(tempDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${existsSync(finalDir) ? 'the previous dist/ is left as it was' : 'no dist/ was written'}.`);
  process.exit(status);
}

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) fail(result.status ?? 1);
}

// Fail early, with the variable's name, on a malformed ATLAS_SITE.
let target: ReturnType<typeof deployTarget>;
try {
  target = deployTarget();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

rmSync(tempDir, { recursive: true, force: true });
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
run(bin('astro'), ['build'], { ATLAS_OUT_DIR: tempDir });
try {
  await writeSearchIndex(tempDir);
} catch (error) {
  console.error(`scripts/search-index.ts: ${(error as Error).message}`);
  fail(1);
}
try {
  writeHeaders(tempDir, target.base);
} catch (error) {
  console.error(`scripts/headers.ts: ${(error as Error).message}`);
  fail(1);
}

rmSync(oldDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(tempDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`Site written to ${finalDir} (${target.site}${target.base})`);
