/** Reading the built site in tests. `npm test` builds it before running them. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site: `dist/`, or ATLAS_OUT_DIR when a build was written elsewhere. */
export const distDir = process.env.ATLAS_OUT_DIR ?? join(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'es', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it).');
}

/** The HTML of a built page, by URL path such as "/es/compare/". */
export function readPage(path: string): string {
  assertBuilt();
  return readFileSync(join(distDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** Every built HTML file as a URL path ("/es/compare/"). */
export function allPages(): string[] {
  assertBuilt();
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(`/${relative(distDir, full).replace(/index\.html$/, '')}`);
    }
  };
  walk(distDir);
  return out.sort();
}
