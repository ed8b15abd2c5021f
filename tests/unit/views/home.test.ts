/** The home page's view on the fixture tree: seven countries, 9 institutions, 73 accounts (13 in each bulk country, 8 in Ruritania), 4 sources. */
import { describe, expect, it } from 'vitest';
import { homeView } from '../../../src/lib/views/home.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';
import { loadEntriesFromFiles } from '../../support/entries.ts';

const data = loadAtlasFromFiles();
const entries = loadEntriesFromFiles();

describe('the home page', () => {
  it('counts countries, institutions, accounts and sources', () => {
    expect(homeView(data, entries, 'en').stats).toEqual([
      { count: 7, label: 'countries' },
      { count: 9, label: 'institutions' },
      { count: 73, label: 'official accounts' },
      { count: 8, label: 'sources' },
    ]);
  });

  it('shows a card per country in the atlas order', () => {
    expect(homeView(data, entries, 'en').countries.map((c) => c.country.id)).toEqual(data.countries.map((c) => c.id));
  });

  it('shows the three newest entries in the page language, entries not written in English as fallbacks', () => {
    expect(homeView(data, entries, 'en').latest.map((r) => [r.slug, r.fallback])).toEqual([
      ['estudio-ficticio', false],
      ['bilingue-es-fr', true],
      ['solo-en-espanol', true],
    ]);
  });
});
