/**
 * A `serialize` hook for @astrojs/sitemap that makes the sitemap agree with the pages: each URL's
 * language alternates (x-default included) are read from the built page's own
 * `<link rel="alternate" hreflang>` tags, and pages that are noindex or canonical elsewhere are left
 * out. The integration's own i18n option guesses alternates from the URL alone: it counted the
 * root language-choice page as a second Spanish home and cannot know about x-default or about
 * entries that exist in one language only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SitemapLink {
  lang: string;
  url: string;
}

/** The part of @astrojs/sitemap's SitemapItem this hook reads and writes. */
export interface SitemapItem {
  url: string;
  links?: SitemapLink[];
}

export interface PageHead {
  canonical?: string;
  noindex: boolean;
  alternates: SitemapLink[];
}

/** Attributes of every `<tag ...>` in an HTML string (Astro's output is regular enough for this). */
export function tagAttributes(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push(attrs);
  }
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? _);
}

/** What a page's head says about itself: canonical URL, robots noindex, hreflang alternates. */
export function readPageHead(html: string): PageHead {
  const end = html.search(/<\/head>/i);
  const head = end < 0 ? html : html.slice(0, end);
  const links = tagAttributes(head, 'link');
  const canonical = links.find((l) => l.rel?.split(/\s+/).includes('canonical'))?.href;
  const alternates = links
    .filter((l) => l.rel?.split(/\s+/).includes('alternate') && l.hreflang && l.href)
    .map((l) => ({ lang: l.hreflang!, url: l.href! }));
  const noindex = tagAttributes(head, 'meta').some((m) => m.name?.toLowerCase() === 'robots' && /noindex/i.test(m.content ?? ''));
  return { canonical, noindex, alternates };
}

/**
 * `serialize` for @astrojs/sitemap. `outDir` is where the pages were just written, `siteBase` the
 * absolute URL of the site root (site + base).
 */
export function sitemapFromPages(outDir: string, siteBase: string) {
  const basePath = new URL(siteBase).pathname;
  return (item: SitemapItem): SitemapItem | undefined => {
    const pathname = new URL(item.url).pathname;
    const rel = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, '');
    const file = join(outDir, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
    if (!existsSync(file)) return item;
    const head = readPageHead(readFileSync(file, 'utf8'));
    if (head.noindex) return undefined;
    if (head.canonical && head.canonical !== item.url) return undefined;
    // A single alternate (the page itself) says nothing: leave it out, as the integration does.
    return { ...item, links: head.alternates.length > 1 ? head.alternates : undefined };
  };
}
