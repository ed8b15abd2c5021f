/**
 * The pages a built site says it has, read from its sitemap (never a hard-coded list). The sitemap is
 * read here with a plain XML walk, independently of the code that wrote it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from './sites.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/**
 * Every page URL path in the sitemap, with the base path ("/atlas/es/compare/"), sorted.
 * Follows a sitemap index to its sitemaps.
 */
export function sitemapPaths(site: BuiltSite): string[] {
  const localFile = (url: string) => {
    const path = new URL(url).pathname;
    if (!path.startsWith(site.base)) throw new Error(`sitemap entry ${url} is outside the base path ${site.base}`);
    return join(site.dist, decodeURIComponent(path.slice(site.base.length)));
  };
  const start = ['sitemap-index.xml', 'sitemap.xml'].map((f) => join(site.dist, f)).find((f) => existsSync(f));
  if (!start) throw new Error(`no sitemap-index.xml or sitemap.xml in ${site.dist}`);
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
  if (pages.size === 0) throw new Error(`the sitemap in ${site.dist} lists no pages`);
  return [...pages].sort();
}

/** A URL path with the base path ("/atlas/es/") as it is in dist/ ("/es/"). */
export function withoutBase(site: BuiltSite, path: string): string {
  return path.startsWith(site.base) ? `/${path.slice(site.base.length)}` : path;
}
