/**
 * `npm run build`: builds into a temporary folder and swaps it in only when everything succeeded,
 * so a failed build leaves the previous `dist/` (or none) untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = process.cwd();
const finalDir = resolve(root, process.env.ATLAS_OUT_DIR ?? 'dist');
const tempDir = `${finalDir}.partial`;
const oldDir = `${finalDir}.previous`;

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(tempDir, { recursive: true, force: true });
    console.error(`\nBuild failed: ${existsSync(finalDir) ? 'the previous dist/ is left as it was' : 'no dist/ was written'}.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(tempDir, { recursive: true, force: true });
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
run(bin('astro'), ['build'], { ATLAS_OUT_DIR: tempDir });
run(bin('pagefind'), ['--site', tempDir, '--silent']);

rmSync(oldDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(tempDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`Site written to ${finalDir}`);
