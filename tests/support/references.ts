/** The URLs a built document refers to, as written, by kind of document (HTML, CSS, JS, XML, text). */
import { parseHTML } from 'linkedom';

/** Every URL a document refers to, as written, by kind of document. */
export function referencesIn(body: string, type: string): string[] {
  if (type.includes('html')) {
    const { document } = parseHTML(body);
    const refs: string[] = [];
    const attr = (selector: string, name: string) => {
      for (const el of document.querySelectorAll(selector)) refs.push(el.getAttribute(name)!);
    };
    attr('a[href], area[href], link[href]', 'href');
    attr('script[src], img[src], source[src], iframe[src], audio[src], video[src], track[src], embed[src]', 'src');
    attr('video[poster]', 'poster');
    attr('object[data]', 'data');
    attr('form[action]', 'action');
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      refs.push(...el.getAttribute('srcset')!.split(',').map((c: string) => c.trim().split(/\s+/)[0]!));
    }
    for (const el of document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
      const content = el.getAttribute('content') ?? '';
      if (/^(https?:)?\//.test(content)) refs.push(content);
    }
    // Paths handed to client scripts in data-* attributes (e.g. the search bundle).
    for (const el of document.querySelectorAll('*')) {
      for (const { name, value } of el.attributes) if (name.startsWith('data-') && /^\/[^\s{]*$/.test(value)) refs.push(value);
    }
    // Inline styles may point at images or fonts too.
    for (const el of document.querySelectorAll('style')) refs.push(...cssUrls(el.textContent ?? ''));
    return refs.filter(Boolean);
  }
  if (type.includes('css')) return cssUrls(body);
  if (type.includes('javascript')) {
    // Static and dynamic imports between modules (Astro writes them relative: "./chunk.js").
    return [...body.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]((?:\.{1,2}\/|\/)[^"'`]+)["'`]/g)].map((m) => m[1]!);
  }
  if (type.includes('xml')) {
    return [
      ...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
      ...[...body.matchAll(/<xhtml:link[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
      // RSS: channel and item links, enclosures, the feed's own atom:link.
      ...[...body.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!),
      ...[...body.matchAll(/<(?:atom:link|enclosure)[^>]*\b(?:href|url)="([^"]+)"/g)].map((m) => m[1]!),
    ].map((u) => u.replace(/&amp;/g, '&'));
  }
  if (type.startsWith('text/plain')) return [...body.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
  return [];
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((u) => !u.startsWith('data:'));
}

