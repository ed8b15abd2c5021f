/**
 * Addresses in each language on the fixture site (built under https://example.github.io/atlas/):
 * an entry's own slug, a tag's slug per language, and the redirect pages left at the old addresses.
 * The fixture's cases, written by hand (tests/fixture-site/README.md):
 * - interviews/en/entrevista-ficticia.mdx has `slug: fictional-interview`; its Spanish twin keeps the
 *   file name, so the English page was at /en/interviews/entrevista-ficticia/ before;
 * - the tag fixture-events has `slug: { es: eventos-ficticios, en: fictional-events }`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtSite, isRedirectPage, pageDocument, readPage, text } from '../support/sites.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const site = builtSite('fixture');
const origin = 'https://example.github.io';
const doc = (path: string) => pageDocument(site, path);
const attr = (d: Document, selector: string, name: string) => d.querySelector(selector)?.getAttribute(name) ?? undefined;
const alternates = (d: Document) => [...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
const switchTo = (d: Document, lang: string) => attr(d, `header a[data-lang-switch][hreflang="${lang}"]`, 'href');

/** The page URLs in the search index (Pagefind's fragments: gzipped, a signature, then JSON with the page's `url`). */
const indexed = () => {
  const dir = join(site.dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
};

/** What a redirect page must say: where to go, in every way a browser, a crawler or a reader understands. */
function expectRedirect(from: string, to: string, lang: string) {
  const d = doc(from);
  expect(isRedirectPage(site, from), from).toBe(true);
  expect(d.documentElement.getAttribute('lang')).toBe(lang);
  expect(attr(d, 'meta[http-equiv="refresh"]', 'content')).toBe(`0; url=/atlas${to}`);
  expect(attr(d, 'link[rel="canonical"]', 'href')).toBe(`${origin}/atlas${to}`);
  expect(attr(d, 'meta[name="robots"]', 'content')).toBe('noindex');
  expect(attr(d, 'main a', 'href')).toBe(`/atlas${to}`);
  // Out of the search index (Pagefind reads only pages marked data-pagefind-body) and the sitemap.
  expect(d.querySelector('[data-pagefind-body]')).toBeNull();
  expect(sitemapPaths(site)).not.toContain(`/atlas${from}`);
  expect(indexed()).not.toContain(from); // Pagefind's URLs are without the base path
  // No inline script: the only script is the theme's, from a file.
  expect([...d.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual(['/atlas/theme.js']);
}

describe('an entry with its own English slug (interviews/entrevista-ficticia, en: fictional-interview)', () => {
  const en = doc('/en/interviews/fictional-interview/');
  const es = doc('/es/interviews/entrevista-ficticia/');

  it('is at that slug in English, indexed, and in the sitemap', () => {
    expect(en.documentElement.getAttribute('lang')).toBe('en');
    expect(text(en.querySelector('h1'))).toBe('Pat Example: fictional diplomacy on social media');
    expect(en.querySelector('meta[name="robots"]')).toBeNull();
    expect(attr(en, 'link[rel="canonical"]', 'href')).toBe(`${origin}/atlas/en/interviews/fictional-interview/`);
    expect(sitemapPaths(site)).toContain('/atlas/en/interviews/fictional-interview/');
    expect(sitemapPaths(site)).toContain('/atlas/es/interviews/entrevista-ficticia/');
    expect(indexed()).toContain('/en/interviews/fictional-interview/');
  });

  it('is paired with its Spanish twin by the language switch and hreflang, both ways', () => {
    expect(switchTo(es, 'en')).toBe('/atlas/en/interviews/fictional-interview/');
    expect(switchTo(en, 'es')).toBe('/atlas/es/interviews/entrevista-ficticia/');
    for (const d of [es, en]) {
      expect(alternates(d)).toContainEqual(['es', `${origin}/atlas/es/interviews/entrevista-ficticia/`]);
      expect(alternates(d)).toContainEqual(['en', `${origin}/atlas/en/interviews/fictional-interview/`]);
      expect(alternates(d)).toContainEqual(['x-default', `${origin}/atlas/es/interviews/entrevista-ficticia/`]);
    }
  });

  it('is linked at that slug from the English listing, the country page and the feed; cited at it', () => {
    expect(doc('/en/interviews/').querySelector('.entry-list a[href="/atlas/en/interviews/fictional-interview/"]')).not.toBeNull();
    expect(doc('/en/countries/xr/').querySelector('.entry-list a[href="/atlas/en/interviews/fictional-interview/"]')).not.toBeNull();
    expect(readPage(site, '/en/rss.xml')).toContain(`<link>${origin}/atlas/en/interviews/fictional-interview/</link>`);
    expect(text(en.querySelector('.cite-page__apa'))).toMatch(/\/atlas\/en\/interviews\/fictional-interview\/$/);
  });

  it('leaves at its old address (the file name) a noindex redirect page to the new one, out of the sitemap', () => {
    expectRedirect('/en/interviews/entrevista-ficticia/', '/en/interviews/fictional-interview/', 'en');
  });

  it('keeps its Spanish twin at the file name, with no redirect', () => {
    expect(isRedirectPage(site, '/es/interviews/entrevista-ficticia/')).toBe(false);
  });
});

describe('a tag with a slug per language (fixture-events: es eventos-ficticios, en fictional-events)', () => {
  it('has its filter pages at each language’s slug, paired by the switch and linked from its entry', () => {
    const es = doc('/es/articles/tags/eventos-ficticios/');
    const en = doc('/en/articles/tags/fictional-events/');
    expect(text(es.querySelector('h1'))).toContain('eventos ficticios');
    expect(text(en.querySelector('h1'))).toContain('fictional events');
    expect(switchTo(es, 'en')).toBe('/atlas/en/articles/tags/fictional-events/');
    expect(switchTo(en, 'es')).toBe('/atlas/es/articles/tags/eventos-ficticios/');
    expect(attr(doc('/es/articles/solo-en-espanol/'), '.entry-tags a', 'href')).toBe('/atlas/es/articles/tags/eventos-ficticios/');
    expect(doc('/en/articles/').querySelector('.filter-links a[href="/atlas/en/articles/tags/fictional-events/"]')).not.toBeNull();
  });

  it('leaves at its id’s address a redirect page in each language', () => {
    expectRedirect('/es/articles/tags/fixture-events/', '/es/articles/tags/eventos-ficticios/', 'es');
    expectRedirect('/en/articles/tags/fixture-events/', '/en/articles/tags/fictional-events/', 'en');
  });

  it('keeps a tag without slugs at its id, with no redirect', () => {
    expect(isRedirectPage(site, '/en/articles/tags/fixture-media/')).toBe(false);
  });
});
