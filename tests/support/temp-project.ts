/**
 * A throwaway copy of the project for tests that must build altered content: src/, content/, public/,
 * scripts/ and the config files are copied, node_modules is linked, and builds write to the copy's
 * own out and cache folders. The real content/ and dist/ are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildEnv } from './build-once.ts';

const source = process.cwd();
const copied = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
}

export interface TempProject {
  root: string;
  content: string;
  outDir: string;
  /** Runs `npm run build` (scripts/build.ts: the atomic build) in the copy. */
  build(env?: Record<string, string>): BuildResult;
  /** Reads a file of the copy's content/. */
  read(path: string): string;
  /** Writes a file of the copy's content/. */
  write(path: string, text: string): void;
  remove(): void;
}

export function tempProject(prefix = 'atlas-project-'): TempProject {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const name of copied) if (existsSync(join(source, name))) cpSync(join(source, name), join(root, name), { recursive: true });
  symlinkSync(join(source, 'node_modules'), join(root, 'node_modules'), 'dir');
  // Inside the copy: with node_modules linked, the prerender chunks resolve packages from there.
  const outDir = join(root, 'dist');
  const cacheDir = join(root, '.cache');
  return {
    root,
    content: join(root, 'content'),
    outDir,
    build(env = {}) {
      // npm puts node_modules/.bin first on PATH: that is how the pinned Node 24 runs Astro.
      const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], {
        cwd: root,
        encoding: 'utf8',
        env: buildEnv({ PATH: `${join(source, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: cacheDir, ...env }),
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    read: (path) => readFileSync(join(root, 'content', path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, 'content', path), text),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every file under a folder with a hash of its bytes: equal snapshots mean an untouched folder. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}
