/**
 * Paginated listings on the fixture site, built under /atlas/ with pages of three entries
 * (ATLAS_LISTING_PAGE_SIZE=3, tests/setup/global-setup.ts). Expected values written by hand from the
 * fixture's entries: four articles listed in each language (estudio-ficticio, 1 June 2025;
 * bilingue-es-fr, 2 April 2025; solo-en-espanol, 10 March 2025; english-only-note, 2 December 2024:
 * each language lists all four, those not written in it as fallbacks), one interview, and tags and
 * countries of at most three articles. So each articles listing has 2 pages (3 entries, then 1); the
 * interviews listing and every tag and country page have 1 and no page links.
 */
import { describe, expect, it } from 'vitest';
/** The fixture's two complete languages (its French pages: tests/site/third-locale.test.ts). */
const locales = ['es', 'en'] as const;
import { builtSite, exists, pageDocument, text } from '../support/sites.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const site = builtSite('fixture');
const doc = (path: string) => pageDocument(site, path);
const B = '/atlas';
const hrefs = (d: Document, selector: string) => [...d.querySelectorAll(selector)].map((a) => a.getAttribute('href'));
const entries = (d: Document) => hrefs(d, '.entry-list .entry-item__title a');

const wording = {
  es: { page1: 'Página 1 de 2', page2: 'Página 2 de 2', nav: 'Páginas', title2: 'Artículos (página 2 de 2)', prev: '← Anterior', next: 'Siguiente →' },
  en: { page1: 'Page 1 of 2', page2: 'Page 2 of 2', nav: 'Pages', title2: 'Articles (page 2 of 2)', prev: '← Previous', next: 'Next →' },
};

describe.each(locales)('the articles listing in pages of three (%s)', (lang) => {
  const first = `/${lang}/articles/`;
  const second = `/${lang}/articles/page/2/`;
  const w = wording[lang];

  it('has 2 pages for 4 entries: page 1 at the listing address, page 2 under page/2/, no page 3 and no page/1/', () => {
    expect(exists(site, `${first}index.html`)).toBe(true);
    expect(exists(site, `${second}index.html`)).toBe(true);
    expect(exists(site, `/${lang}/articles/page/3/index.html`)).toBe(false);
    expect(exists(site, `/${lang}/articles/page/1/index.html`)).toBe(false);
  });

  it('shows the three newest entries on page 1 and the oldest on page 2', () => {
    expect(entries(doc(first))).toEqual([`${B}/${lang}/articles/estudio-ficticio/`, `${B}/${lang}/articles/bilingue-es-fr/`, `${B}/${lang}/articles/solo-en-espanol/`]);
    expect(entries(doc(second))).toEqual([`${B}/${lang}/articles/english-only-note/`]);
  });

  it('page 1: plain links to page 2 (rel="next"), none back, the page marked current, "Page 1 of 2"', () => {
    const nav = doc(first).querySelector('nav.pager')!;
    expect(nav.getAttribute('aria-label')).toBe(w.nav);
    expect(nav.hasAttribute('hidden')).toBe(false);
    expect(text(nav.querySelector('.pager__status'))).toBe(w.page1);
    expect(nav.querySelector('a[rel="prev"]')).toBeNull();
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`${B}${second}`);
    expect(text(nav.querySelector('a[rel="next"]'))).toBe(w.next);
    expect(hrefs(doc(first), '.pager__list a:not([rel])')).toEqual([`${B}${first}`, `${B}${second}`]);
    expect(nav.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe(`${B}${first}`);
    expect(text(doc(first).querySelector('h1'))).toBe(lang === 'es' ? 'Artículos' : 'Articles');
  });

  it('page 2 (the last): a link back to page 1 (rel="prev"), no "next", "Page 2 of 2", a title of its own', () => {
    const d = doc(second);
    const nav = d.querySelector('nav.pager')!;
    expect(text(nav.querySelector('.pager__status'))).toBe(w.page2);
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`${B}${first}`);
    expect(text(nav.querySelector('a[rel="prev"]'))).toBe(w.prev);
    expect(nav.querySelector('a[rel="next"]')).toBeNull();
    expect(nav.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe(`${B}${second}`);
    expect(text(d.querySelector('h1'))).toBe(w.title2);
    expect(d.title.startsWith(w.title2)).toBe(true);
  });

  it('page 2 is its own canonical page, with its twin in every language as alternate, and in the sitemap', () => {
    const d = doc(second);
    expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://example.github.io${B}${second}`);
    for (const other of locales) {
      expect(d.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href')).toBe(`https://example.github.io${B}/${other}/articles/page/2/`);
      expect(exists(site, `/${other}/articles/page/2/index.html`)).toBe(true);
    }
    expect(sitemapPaths(site)).toEqual(expect.arrayContaining([`${B}${first}`, `${B}${second}`]));
  });

  it('keeps page 2 out of the search index (its entries are indexed on their own pages)', () => {
    expect(doc(first).querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(doc(second).querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('keeps the filter links on every page', () => {
    expect(hrefs(doc(second), '.filters .filter-links a')).toEqual(hrefs(doc(first), '.filters .filter-links a'));
  });

  it('a listing of one page (interviews: 1 entry; the tag fixture-media: 2 articles; Ruritania: 3) has no page links', () => {
    for (const path of [`/${lang}/interviews/`, `/${lang}/articles/tags/fixture-media/`, `/${lang}/articles/countries/xr/`]) {
      expect(doc(path).querySelector('.pager'), path).toBeNull();
      expect(exists(site, `${path}page/2/index.html`), path).toBe(false);
    }
  });
});
