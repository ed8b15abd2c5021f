/**
 * The pages the site says it has, read from the built sitemap (never a hard-coded list), and the
 * base path it was built for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployTarget } from '../../src/lib/deploy.ts';
import { distDir } from './dist.ts';

/** Origin and sub-path ("/" or "/atlas/") the site was built for: the build reads the same variables. */
export const { site: siteOrigin, base: basePath } = deployTarget();

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** A sitemap URL as a file in dist/, e.g. "https://x.org/atlas/sitemap-0.xml" -> "<dist>/sitemap-0.xml". */
function localFile(url: string): string {
  const path = new URL(url).pathname;
  if (!path.startsWith(basePath)) throw new Error(`sitemap entry ${url} is outside the base path ${basePath} (is ATLAS_BASE the one the site was built with?)`);
  return join(distDir, decodeURIComponent(path.slice(basePath.length)));
}

/**
 * Every page URL path in the sitemap, with the base path ("/atlas/es/compare/"), sorted.
 * Follows a sitemap index to its sitemaps.
 */
export function sitemapPaths(): string[] {
  const start = ['sitemap-index.xml', 'sitemap.xml'].map((f) => join(distDir, f)).find((f) => existsSync(f));
  if (!start) throw new Error(`no sitemap-index.xml or sitemap.xml in ${distDir}`);
  const pages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const xml = readFileSync(file, 'utf8');
    if (/<sitemapindex[\s>]/.test(xml)) for (const loc of locs(xml)) visit(localFile(loc));
    else for (const loc of locs(xml)) pages.add(new URL(loc).pathname);
  };
  visit(start);
  if (pages.size === 0) throw new Error(`the sitemap in ${distDir} lists no pages`);
  return [...pages].sort();
}

/** A URL path with the base path ("/atlas/es/") as it is in dist/ ("/es/"), for readPage(). */
export function withoutBase(path: string): string {
  return path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : path;
}

/** The locale of a page path (first segment after the base), or undefined for the root page. */
export function localeOf(path: string): string | undefined {
  return withoutBase(path).split('/')[1] || undefined;
}
