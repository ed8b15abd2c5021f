/**
 * Full builds for tests that need a site built another way than `dist/` (under a sub-path, or a
 * second copy to compare). A configuration is built once and shared: by every test file of a run
 * (Vitest runs files in separate workers, so the sharing goes through the file system with a
 * lock), and by later runs while the sources are unchanged (the folder is keyed by a fingerprint
 * of the inputs). CI stays fast: each configuration costs one build.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deployTarget, type DeployTarget } from '../../src/lib/deploy.ts';

export interface BuildConfig {
  /** ATLAS_SITE for this build. */
  site?: string;
  /** ATLAS_BASE for this build. */
  base?: string;
  /** A second build of the same configuration gets another copy (reproducibility checks). */
  copy?: number;
}

export interface BuiltSite extends DeployTarget {
  /** The built site, like dist/. */
  dir: string;
  /** Fingerprint of the inputs the build read. */
  fingerprint: string;
}

const root = process.cwd();
// Inside the project on purpose: Astro writes a build's prerender chunks next to its output only when
// the output is under the working directory, else into one shared fallback folder that two
// concurrent builds would overwrite.
const buildsDir = process.env.ATLAS_TEST_BUILDS ?? join(root, 'node_modules', '.atlas-test-builds');
/** What a build reads; a change to any of it means a new build. */
const inputs = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'content', 'public', 'scripts', 'src'];

function files(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (!statSync(path).isDirectory()) return [...out, path];
  for (const name of readdirSync(path).sort()) files(join(path, name), out);
  return out;
}

/** A hash of every input file's path and content. */
export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((p) => files(join(root, p)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The environment for a build spawned from a test: Vitest copies its own import.meta.env (BASE_URL,
 * MODE, DEV, PROD, SSR) and NODE_ENV=test into process.env, and Astro would take BASE_URL="/" from
 * there over the configured base.
 */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(out)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) || key.startsWith('VITEST')) delete out[key];
  }
  return { ...out, ...env };
}

function runBuild(env: Record<string, string>, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, env: buildEnv(env) });
    const output: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => output.push(d));
    child.stderr.on('data', (d: Buffer) => output.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      writeFileSync(log, Buffer.concat(output));
      if (code === 0) resolve();
      else reject(new Error(`Build for ${JSON.stringify(env)} failed (exit ${code}); log: ${log}\n${Buffer.concat(output).toString().slice(-3000)}`));
    });
  });
}

/** Removes builds older than a day that nobody holds. */
function prune() {
  if (!existsSync(buildsDir)) return;
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(buildsDir)) {
    const path = join(buildsDir, name);
    if (name.endsWith('.lock') || existsSync(`${path}.lock`)) continue;
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

async function build(config: BuildConfig): Promise<BuiltSite> {
  const target = deployTarget({ ATLAS_SITE: config.site, ATLAS_BASE: config.base });
  const fingerprint = sourceFingerprint();
  const key = createHash('sha256').update(JSON.stringify([target.site, target.base, config.copy ?? 0, fingerprint])).digest('hex').slice(0, 20);
  const home = join(buildsDir, key);
  const dir = join(home, 'dist');
  const done = join(home, 'complete');
  const lock = `${home}.lock`;
  const result = { ...target, dir, fingerprint };
  mkdirSync(buildsDir, { recursive: true });

  for (const deadline = Date.now() + 10 * 60_000; Date.now() < deadline; ) {
    if (existsSync(done)) return result;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building this configuration: wait for it, or take over if it died.
      const holder = Number(readFileSync(join(lock, 'pid'), 'utf8').trim() || 0);
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      if (existsSync(done)) return result;
      prune();
      rmSync(home, { recursive: true, force: true });
      mkdirSync(home, { recursive: true });
      await runBuild(
        { ATLAS_SITE: target.site, ATLAS_BASE: target.base, ATLAS_OUT_DIR: dir, ATLAS_CACHE_DIR: join(home, 'cache') },
        join(home, 'build.log'),
      );
      // Sources edited during the build: the output is used for this run but not kept for later ones.
      if (sourceFingerprint() === fingerprint) writeFileSync(done, new Date().toISOString());
      return result;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`Timed out waiting for the build of ${JSON.stringify(config)} (lock ${lock})`);
}

/** The sub-path configuration the deploy tests share (a GitHub Pages project site). */
export const subPath: BuildConfig = { site: 'https://example.github.io', base: '/atlas/' };

const pending = new Map<string, Promise<BuiltSite>>();

/** The site built with this configuration, building it if no worker has yet. */
export function buildOnce(config: BuildConfig = {}): Promise<BuiltSite> {
  const key = JSON.stringify([config.site ?? '', config.base ?? '', config.copy ?? 0]);
  if (!pending.has(key)) pending.set(key, build(config));
  return pending.get(key)!;
}
