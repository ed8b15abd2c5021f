/**
 * An entry written in one language only, on the fixture site (built under /atlas/): the fixture's
 * articles/es/solo-en-espanol.mdx (Spanish only, about Freedonia) and articles/en/english-only-note.mdx
 * (English only, about Ruritania). The other language's URL exists, says so in that language, links
 * to the original and is kept out of search engines; never a 404, never the original text passed
 * off as a translation. Expected values are written by hand from those two files.
 *
 * A chart id the data does not support is no longer built here: the content check reports it
 * (tests/fixtures/bad/mdx-unknown-chart in tests/unit/content-check.test.ts, with file, line and
 * field), the build-time lookup names the file, the id and the valid ids
 * (tests/unit/entries-routes.test.ts, "component lookups"), and a failed build leaving no output is
 * the atomic build's own test.
 */
import { describe, expect, it } from 'vitest';
import { builtSite, exists, pageDocument, readBuilt, text } from '../support/sites.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const site = builtSite('fixture');
const page = (path: string) => pageDocument(site, path);

describe('an entry in Spanish only', () => {
  it('has its Spanish page as usual', () => {
    const doc = page('/es/articles/solo-en-espanol/');
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect(text(doc.querySelector('h1'))).toBe('Nota de prueba escrita solo en español');
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(text(doc.querySelector('.entry__body'))).toContain('Texto de prueba que solo existe en español');
  });

  it('links its in-text citation with a page number to the reference below', () => {
    const doc = page('/es/articles/solo-en-espanol/');
    expect(text(doc.querySelector('.entry__body .cite'))).toBe('(Ejemplo & Prueba, 2020, p. 3)');
    expect(doc.querySelector('.entry__body .cite a')?.getAttribute('href')).toBe('#ficticia-2020');
    expect(doc.querySelector('.references li#ficticia-2020')).not.toBeNull();
  });

  it('gets an English page with a notice in English and a link to the original', () => {
    const doc = page('/en/articles/solo-en-espanol/');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('h1'))).toBe('Not yet available in English');
    const notice = doc.querySelector('.fallback-notice')!;
    expect(text(notice)).toContain('written only in Spanish');
    const link = notice.querySelector('a[href="/atlas/es/articles/solo-en-espanol/"]')!;
    expect(text(link)).toBe('Read the original in Spanish');
    expect(link.getAttribute('hreflang')).toBe('es');
    const original = notice.querySelector('cite')!;
    expect(original.getAttribute('lang')).toBe('es');
    expect(text(original)).toBe('Nota de prueba escrita solo en español');
  });

  it('does not show the Spanish text on the English page, and asks not to be indexed', () => {
    const doc = page('/en/articles/solo-en-espanol/');
    expect(text(doc.querySelector('main'))).not.toContain('Texto de prueba');
    expect(doc.querySelector('.entry__body')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const hreflangs = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));
    expect(hreflangs).not.toContain('en');
  });

  it('is in the sitemap in Spanish only', () => {
    const paths = sitemapPaths(site);
    expect(paths).toContain('/atlas/es/articles/solo-en-espanol/');
    expect(paths).not.toContain('/atlas/en/articles/solo-en-espanol/');
  });

  it('is listed in English as available only in Spanish', () => {
    const link = page('/en/articles/').querySelector('.entry-list a[href="/atlas/en/articles/solo-en-espanol/"]')!;
    expect(link.getAttribute('lang')).toBe('es');
    expect(text(link)).toBe('Nota de prueba escrita solo en español');
    expect(text(link.closest('.entry-item')!.querySelector('.badge'))).toBe('Only in Spanish');
  });

  it('is in the Spanish feed and left out of the English one', () => {
    expect(readBuilt(site, 'es/rss.xml')).toContain('https://example.github.io/atlas/es/articles/solo-en-espanol/');
    expect(readBuilt(site, 'en/rss.xml')).not.toContain('solo-en-espanol');
  });

  it('shows on the page of the country it is about (Freedonia) in both languages', () => {
    for (const lang of ['es', 'en']) {
      expect(page(`/${lang}/countries/xf/`).querySelector(`.entry-list a[href="/atlas/${lang}/articles/solo-en-espanol/"]`), lang).not.toBeNull();
    }
  });

  it('keeps the filter page of a tag only it carries in both languages, so the language switch never leads to a 404', () => {
    // fixture-events is on solo-en-espanol alone; its pages are at its slug in each language.
    for (const [lang, tag] of [['es', 'eventos-ficticios'], ['en', 'fictional-events']]) {
      expect(exists(site, `${lang}/articles/tags/${tag}/index.html`), lang).toBe(true);
      expect(page(`/${lang}/articles/tags/${tag}/`).querySelector(`.entry-list a[href="/atlas/${lang}/articles/solo-en-espanol/"]`), lang).not.toBeNull();
    }
  });
});

describe('an entry in English only', () => {
  it('has its English page as usual', () => {
    const doc = page('/en/articles/english-only-note/');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('h1'))).toBe('A test note written only in English');
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(text(doc.querySelector('.entry__body'))).toContain('Test text that exists only in English');
  });

  it('gets a Spanish page with a notice in Spanish and a link to the original', () => {
    const doc = page('/es/articles/english-only-note/');
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect(text(doc.querySelector('h1'))).toBe('Aún no disponible en español');
    const notice = doc.querySelector('.fallback-notice')!;
    expect(text(notice)).toContain('solo está escrita en inglés');
    const link = notice.querySelector('a[href="/atlas/en/articles/english-only-note/"]')!;
    expect(text(link)).toBe('Leer el original en inglés');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(text(notice.querySelector('cite'))).toBe('A test note written only in English');
    expect(notice.querySelector('cite')?.getAttribute('lang')).toBe('en');
  });

  it('does not show the English text on the Spanish page, and asks not to be indexed', () => {
    const doc = page('/es/articles/english-only-note/');
    expect(text(doc.querySelector('main'))).not.toContain('Test text that exists only in English');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(sitemapPaths(site)).not.toContain('/atlas/es/articles/english-only-note/');
  });

  it('is listed in Spanish as available only in English, and left out of the Spanish feed', () => {
    // The oldest of three articles: on the second page of two entries (the fixture's page size).
    const link = page('/es/articles/page/2/').querySelector('.entry-list a[href="/atlas/es/articles/english-only-note/"]')!;
    expect(link.getAttribute('lang')).toBe('en');
    expect(text(link.closest('.entry-item')!.querySelector('.badge'))).toBe('Solo en inglés');
    expect(readBuilt(site, 'es/rss.xml')).not.toContain('english-only-note');
    expect(readBuilt(site, 'en/rss.xml')).toContain('https://example.github.io/atlas/en/articles/english-only-note/');
  });
});
