/**
 * The one way tests build a site: a copy of the project (sources, config, public/, scripts/, a
 * content tree) with node_modules linked, built with `scripts/build.ts` (the atomic build) into the
 * copy's own dist/. The real content/ and dist/ are never touched.
 *
 * Builds are keyed by a fingerprint of everything they read (sources, the content tree, the lockfile,
 * the Node version and every ATLAS_* variable), so the global setup builds each tree once per run and
 * a later run with the same inputs reuses the output instead of testing a stale one.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * The environment the fixture site is built with: under a sub-path, with listing pages of three
 * entries so that the fixture's four articles per language span two pages (tests/site/listing-pages.test.ts).
 */
export const fixtureTarget = { ATLAS_SITE: 'https://example.github.io', ATLAS_BASE: '/atlas/', ATLAS_LISTING_PAGE_SIZE: '3' };
import { join, relative } from 'node:path';

export const projectRoot = process.cwd();
export const realContent = join(projectRoot, 'content');
export const fixtureContent = join(projectRoot, 'tests', 'fixture-site', 'content');

/** What a build reads besides its content tree. */
const sources = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'public', 'scripts', 'src'];
/** Copied into a project copy (node_modules is linked instead). */
const copied = sources.filter((name) => name !== 'package-lock.json');

/**
 * Where project copies live: outside the project, so that neither Vite (which treats node_modules
 * specially) nor the type-check ever sees them; kept between runs for the fingerprint cache.
 */
export const buildsDir = process.env.ATLAS_TEST_BUILDS ?? join(tmpdir(), 'atlas-test-builds');

/** Every file under a path (the path itself if it is a file), sorted; none if it does not exist. */
export function filesUnder(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (!statSync(path).isDirectory()) out.push(path);
  else for (const name of readdirSync(path).sort()) filesUnder(join(path, name), out);
  return out;
}

/**
 * A hash of every input of a build: the project's sources, the content tree, the Node version that
 * runs the build and the environment (every ATLAS_* variable, with `env` laid over process.env).
 */
export function buildFingerprint(content: string, env: Record<string, string> = {}): string {
  const hash = createHash('sha256');
  const add = (root: string, file: string) => hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  for (const file of sources.flatMap((p) => filesUnder(join(projectRoot, p)))) add(projectRoot, file);
  hash.update('content\0');
  for (const file of filesUnder(content)) add(content, file);
  const atlasEnv = Object.entries({ ...process.env, ...env }).filter(([k]) => k.startsWith('ATLAS_') && k !== 'ATLAS_TEST_BUILDS');
  hash.update(JSON.stringify([process.version, atlasEnv.sort(([a], [b]) => a.localeCompare(b))]));
  return hash.digest('hex').slice(0, 20);
}

/**
 * The environment for a build spawned from a test: Vitest copies its own import.meta.env (BASE_URL,
 * MODE, DEV, PROD, SSR) and NODE_ENV=test into process.env, and Astro would take BASE_URL="/" from
 * there over the configured base. npm puts node_modules/.bin first on PATH: that is how the pinned
 * Node 24 runs Astro, so the copy gets the same.
 */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(out)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) || key.startsWith('VITEST')) delete out[key];
  }
  return { ...out, PATH: `${join(projectRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ...env };
}

export interface RunResult {
  status: number;
  /** stdout and stderr together. */
  output: string;
}

/** Runs a script of a project copy (e.g. scripts/build.ts) with the pinned Node, without blocking the worker. */
function runScript(cwd: string, script: string, args: string[] = [], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(cwd, script), ...args], { cwd, env: buildEnv(env) });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

export interface ProjectCopy {
  root: string;
  /** The copy's content/ folder. */
  content: string;
  /** Where its builds go. */
  outDir: string;
  /** `npm run build` in the copy, into outDir; `env` adds ATLAS_* variables. */
  build(env?: Record<string, string>): Promise<RunResult>;
  /** Runs another script of the copy, e.g. `scripts/check.ts` or `scripts/new.ts`. */
  run(script: string, args?: string[], env?: Record<string, string>): Promise<RunResult>;
  /** Reads and writes a file of the copy's content/. */
  read(path: string): string;
  write(path: string, text: string): void;
  remove(): void;
}

/** A copy of the project in `dir` (created, replacing what was there) with `content` as its content/. */
export function projectCopy(dir: string, content = realContent): ProjectCopy {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of copied) if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  cpSync(content, join(dir, 'content'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const outDir = join(dir, 'dist');
  const base = { ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: join(dir, '.cache') };
  return {
    root: dir,
    content: join(dir, 'content'),
    outDir,
    build: (env = {}) => runScript(dir, 'scripts/build.ts', [], { ...base, ...env }),
    run: (script, args = [], env = {}) => runScript(dir, script, args, { ...base, ...env }),
    read: (path) => readFileSync(join(dir, 'content', path), 'utf8'),
    write: (path, text) => {
      mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
      writeFileSync(join(dir, 'content', path), text);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A throwaway project copy in a fresh folder, for tests that must change content and build it. */
export function tempProject(name: string, content = realContent): ProjectCopy {
  mkdirSync(buildsDir, { recursive: true });
  return projectCopy(join(buildsDir, `tmp-${name}-${process.pid}-${Date.now().toString(36)}`), content);
}

/** Every file under a folder with a hash of its bytes: equal snapshots mean an untouched folder. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of filesUnder(dir)) out.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  return out;
}
