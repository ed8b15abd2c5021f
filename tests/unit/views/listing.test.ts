/** Listings of entries, unfiltered and filtered, on the fixture entries (tests/fixture-site/content/{articles,interviews}). */
import { describe, expect, it } from 'vitest';
import { listingView } from '../../../src/lib/views/listing.ts';
import { pageNav, pageWindow } from '../../../src/lib/pagination.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';
import { loadEntriesFromFiles } from '../../support/entries.ts';

const data = loadAtlasFromFiles();
const entries = loadEntriesFromFiles();

describe('the Spanish articles', () => {
  const view = listingView(data, entries, 'es', 'articles');

  it('show every article, newest first, the English-only one as a fallback', () => {
    expect(view.title).toBe('Artículos');
    expect(view.active).toBeUndefined();
    expect(view.shown.map((r) => [r.slug, r.fallback])).toEqual([
      ['estudio-ficticio', false],
      ['bilingue-es-fr', false],
      ['solo-en-espanol', false],
      ['english-only-note', true],
    ]);
  });

  it('offer tags by use, then by label, and countries by name', () => {
    expect(view.filters.tags.map((o) => [o.label, o.count])).toEqual([
      ['medios ficticios', 2],
      ['política ficticia', 2],
      ['eventos ficticios', 1],
    ]);
    expect(view.filters.countries.map((o) => [o.name, o.count])).toEqual([
      ['Freedonia', 2],
      ['Ruritania', 3],
    ]);
  });
});

describe('filtered listings', () => {
  it('by tag: the entries with it, titled with its label, and the same filter links', () => {
    const view = listingView(data, entries, 'es', 'articles', { by: 'tags', id: 'fixture-media' });
    expect(view.title).toBe('Artículos: medios ficticios');
    expect(view.active).toEqual({ by: 'tags', id: 'fixture-media', label: 'medios ficticios' });
    expect(view.shown.map((r) => r.slug)).toEqual(['estudio-ficticio', 'english-only-note']);
    expect(view.filters).toEqual(listingView(data, entries, 'es', 'articles').filters);
  });

  it('by country: the entries about it, titled with its name', () => {
    const view = listingView(data, entries, 'en', 'interviews', { by: 'countries', id: 'xr' });
    expect(view.title).toBe('Interviews about Ruritania');
    expect(view.active?.label).toBe('Ruritania');
    expect(view.shown.map((r) => r.slug)).toEqual(['entrevista-ficticia']);
  });
});

describe('pages of a listing', () => {
  it('link the first, the last and two pages each side of the current one, with a gap for the rest', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 'gap', 5]);
    expect(pageWindow(5, 10)).toEqual([1, 'gap', 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pageWindow(10, 10)).toEqual([1, 'gap', 8, 9, 10]);
    // 1,000 entries at 20 a page: 50 pages.
    expect(pageWindow(2, 50)).toEqual([1, 2, 3, 4, 'gap', 50]);
  });

  it('give no links for a single page, and prev/next only where there is a page', () => {
    expect(pageNav('es', '/es/articles/', 1, 1)).toBeUndefined();
    const first = pageNav('en', '/en/articles/', 1, 3)!;
    expect(first.label).toBe('Page 1 of 3');
    expect(first.prev).toBeUndefined();
    expect(first.next).toBe('/en/articles/page/2/');
    const last = pageNav('es', '/es/articles/tags/x/', 3, 3)!;
    expect(last.label).toBe('Página 3 de 3');
    expect(last.prev).toBe('/es/articles/tags/x/page/2/');
    expect(last.next).toBeUndefined();
    expect(last.pages).toEqual([
      { n: 1, href: '/es/articles/tags/x/', current: false },
      { n: 2, href: '/es/articles/tags/x/page/2/', current: false },
      { n: 3, href: '/es/articles/tags/x/page/3/', current: true },
    ]);
  });

  it('show the entries of the page given, title later pages with their number and link them from the listing', () => {
    const all = listingView(data, entries, 'es', 'articles').shown;
    const view = listingView(data, entries, 'es', 'articles', undefined, { data: all.slice(2), currentPage: 2, lastPage: 2, total: 4 });
    expect(view.title).toBe('Artículos (página 2 de 2)');
    expect(view.shown.map((r) => r.slug)).toEqual(['solo-en-espanol', 'english-only-note']);
    expect(view.nav?.prev).toBe('/es/articles/');
    const tagged = listingView(data, entries, 'en', 'articles', { by: 'tags', id: 'fixture-media' }, { data: all.slice(0, 2), currentPage: 1, lastPage: 2, total: 3 });
    expect(tagged.title).toBe('Articles: fictional media');
    expect(tagged.nav?.next).toBe('/en/articles/tags/fixture-media/page/2/');
  });
});
