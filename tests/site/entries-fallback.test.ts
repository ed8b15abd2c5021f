/**
 * An entry written in one language only (fixture): the other language's URL exists, says so in that
 * language, links to the original and is kept out of search engines; never a 404, never the original
 * text passed off as a translation. And a chart id the data does not support stops the build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildWithFixtures, type FixtureBuild } from '../support/entries-site.ts';

let site: FixtureBuild;
let broken: FixtureBuild;

beforeAll(async () => {
  [site, broken] = await Promise.all([buildWithFixtures('entries-single-language'), buildWithFixtures('entries-unknown-chart')]);
  if (site.code !== 0) throw new Error(`fixture build failed:\n${site.output.slice(-3000)}`);
}, 180_000);
afterAll(() => {
  site?.cleanup();
  broken?.cleanup();
});

const page = (path: string) => parseHTML(readFileSync(join(site.dist, path, 'index.html'), 'utf8')).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('an entry in Spanish only', () => {
  it('has its Spanish page as usual', () => {
    const doc = page('/es/articles/solo-en-espanol/');
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect(text(doc.querySelector('h1'))).toBe('Nota de prueba escrita solo en español');
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(text(doc.querySelector('.entry__body'))).toContain('Texto de prueba que solo existe en español');
    // The in-text citation with a page number links to the reference below.
    expect(text(doc.querySelector('.entry__body .cite'))).toBe('(Benayas, 2021, p. 12)');
    expect(doc.querySelector('.references li#benayas-2021')).not.toBeNull();
  });

  it('gets an English page with a notice in English and a link to the original', () => {
    const doc = page('/en/articles/solo-en-espanol/');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('h1'))).toBe('Not yet available in English');
    const notice = doc.querySelector('.fallback-notice')!;
    expect(text(notice)).toContain('written only in Spanish');
    const link = notice.querySelector('a[href="/es/articles/solo-en-espanol/"]')!;
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
    expect(readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/en/articles/solo-en-espanol/');
  });

  it('is listed in English as available only in Spanish, and left out of the English feed', () => {
    const doc = page('/en/articles/');
    const link = doc.querySelector('.entry-list a[href="/en/articles/solo-en-espanol/"]')!;
    expect(link.getAttribute('lang')).toBe('es');
    expect(text(link.closest('.entry-item')!.querySelector('.badge'))).toBe('Only in Spanish');
    expect(readFileSync(join(site.dist, 'en', 'rss.xml'), 'utf8')).not.toContain('solo-en-espanol');
    expect(readFileSync(join(site.dist, 'es', 'rss.xml'), 'utf8')).toContain('/es/articles/solo-en-espanol/');
  });

  it('shows on the Chilean country page in both languages', () => {
    expect(page('/en/countries/cl/').querySelector('.entry-list a[href="/en/articles/solo-en-espanol/"]')).not.toBeNull();
    expect(page('/es/countries/cl/').querySelector('.entry-list a[href="/es/articles/solo-en-espanol/"]')).not.toBeNull();
  });
});

describe('an entry in English only', () => {
  it('gets a Spanish page with a notice in Spanish', () => {
    const doc = page('/es/articles/english-only-note/');
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect(text(doc.querySelector('h1'))).toBe('Aún no disponible en español');
    expect(text(doc.querySelector('.fallback-notice'))).toContain('solo está escrita en inglés');
    expect(text(doc.querySelector('.fallback-notice a[href="/en/articles/english-only-note/"]'))).toBe('Leer el original en inglés');
    expect(text(doc.querySelector('main'))).not.toContain('Test text that exists only in English');
  });

  it('keeps filter pages in both languages, so the language switch never leads to a 404', () => {
    for (const lang of ['es', 'en']) expect(existsSync(join(site.dist, lang, 'articles', 'tags', 'social-media', 'index.html'))).toBe(true);
  });
});

describe('a chart id the data does not support', () => {
  it('stops the build, naming the file, the id and the valid ids', () => {
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain('content/articles/es/grafico-desconocido.mdx');
    expect(broken.output).toContain('followers-myspace');
    expect(broken.output).toContain('followers-twitter');
    expect(existsSync(join(broken.dist, 'index.html'))).toBe(false);
  });
});
