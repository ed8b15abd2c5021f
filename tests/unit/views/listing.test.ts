/** Listings of entries, unfiltered and filtered, on the fixture entries (tests/fixture-site/content/{articles,interviews}). */
import { describe, expect, it } from 'vitest';
import { listingView } from '../../../src/lib/views/listing.ts';
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
