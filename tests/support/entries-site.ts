/**
 * Builds a throwaway copy of the project whose content/ is the real one with fixture folders laid
 * over it (tests/fixtures/entries-*), so that site tests can check situations the real content does
 * not have (an entry in one language only, a broken chart id) without touching content/.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir } from './entries.ts';

export interface FixtureBuild {
  /** Exit code of `astro build`. */
  code: number;
  /** Everything the build printed. */
  output: string;
  /** The built site (when code is 0). */
  dist: string;
  cleanup(): void;
}

const root = process.cwd();

export async function buildWithFixtures(...fixtures: string[]): Promise<FixtureBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-entries-site-'));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) cpSync(join(root, name), join(dir, name), { recursive: true });
  for (const name of fixtures) cpSync(join(fixturesDir, name), join(dir, 'content'), { recursive: true, filter: (src) => !src.endsWith('README.md') });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const dist = join(dir, 'dist');
  const env = { ...process.env, ATLAS_OUT_DIR: dist, ATLAS_CACHE_DIR: join(dir, 'cache'), ATLAS_SITE: 'https://atlas.example.org', ATLAS_BASE: '/' };
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c ?? 1, output: Buffer.concat(chunks).toString() }));
  });
  return { code, output, dist, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
