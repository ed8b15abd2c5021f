/** The country page's view on the fictional fixture tree (tests/fixture-site/content/countries/xr.yaml and the rest). */
import { describe, expect, it } from 'vitest';
import { allDatasets } from '../../../src/lib/datasets.ts';
import { countryView } from '../../../src/lib/views/country.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';
import { loadEntriesFromFiles } from '../../support/entries.ts';

const data = loadAtlasFromFiles();
const entries = loadEntriesFromFiles();

describe('the Ruritania page', () => {
  const view = countryView(data, entries, 'en', 'xr');

  it('lists the institutions in the kind vocabulary order, each with its anchor and kind', () => {
    expect(view.institutions.map((i) => [i.anchor, i.kind?.label.en])).toEqual([
      ['institution-gob', 'Government'],
      ['institution-mae', 'Foreign ministry'],
      ['institution-promo', 'Trade-promotion agency'],
    ]);
  });

  it('gives each account its figures by metric, then oldest first, and flags dates that disagree', () => {
    const mae = view.institutions[1]!;
    expect(mae.accounts.map((a) => [a.platformName, a.conflict])).toEqual([
      ['Twitter', false],
      ['Twitter', false],
      ['Facebook', false],
      ['YouTube', true],
    ]);
    // Named by platform only: one line, not a row of "no data".
    expect(mae.namedOnly).toEqual([{ platformName: 'Instagram', source: 'ficticia-2020' }]);
    expect(view.institutions[0]!.accounts).toEqual([]);
    expect(view.institutions[0]!.namedOnly.map((a) => a.platformName)).toEqual(['Twitter', 'Mastodon']);
    // In the file: followers 2020, posts 2020, followers 2024.
    expect(mae.accounts[0]!.observations.map((o) => `${o.metric} ${o.asOf} ${o.value}`)).toEqual(['followers 2020-03 123456', 'followers 2024-05 234567', 'posts 2020-03 4200']);
  });

  it('sums the country up from its figures, each with its date and source', () => {
    // The ministry's followers: Twitter 123,456 (2020) then 234,567 (2024); Facebook almost 500,000 (2020).
    expect(view.summary.largestAudience).toEqual({ value: 500000, qualifier: 'almost', platformName: 'Facebook', handle: 'MAE Ruritania', asOf: '2020-03', asOfStated: true, source: 'ficticia-2020' });
    // Accounts created 2010-05 (MAE Twitter), late 2012, 2011-02, 2011 or 2013-06, 2015-09-14.
    expect(view.summary.firstAccount).toMatchObject({ date: '2010-05', platformName: 'Twitter', source: 'ficticia-2020' });
    expect(view.summary.firstAccount?.institution.id).toBe('mae');
    expect(view.summary.features).toEqual({ present: 3, recorded: 4, source: 'ficticia-2020' });
    // Only the 2020 count says which missions have a website: embassies 38 of 40, consulates 19 of 20,
    // other offices 1 of 2 (multilateral missions: no website count, left out).
    expect(view.summary.missionsWithWebsite).toEqual({ withWebsite: 58, total: 62, asOf: '2020-03', asOfStated: true, source: 'ficticia-2020' });
  });

  it('shows the timeline and every metric chart it has a figure for', () => {
    expect(view.charts.map((s) => s.id)).toEqual(['followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline']);
  });

  it('lists its entries in the page language, newest first, and its sources in order of first use', () => {
    expect(view.entries.map((r) => `${r.kind}/${r.slug}`)).toEqual(['articles/estudio-ficticio', 'articles/bilingue-es-fr', 'articles/english-only-note', 'interviews/entrevista-ficticia']);
    expect(view.sources.map((s) => s.id)).toEqual(['ficticia-2020', 'fixture-count-2024', 'fixture-index-2020', 'fixture-index-table', 'fixture-index-2024']);
    expect(view.features.totals).toEqual([{ present: 3, recorded: 4 }]);
  });
});

describe('other fixture countries', () => {
  it('a country with no accounts gets no chart, and its Spanish-only entry as a fallback in English', () => {
    const view = countryView(data, entries, 'en', 'xf');
    // No account, so no chart at all: an empty timeline would be a blank picture.
    expect(view.charts).toEqual([]);
    expect(view.institutions[0]!.accounts).toEqual([]);
    expect(view.summary).toEqual({ largestAudience: undefined, firstAccount: undefined, features: { present: 1, recorded: 2, source: 'ficticia-2020' }, missionsWithWebsite: undefined });
    expect(view.entries.map((r) => [r.slug, r.fallback])).toEqual([
      ['estudio-ficticio', false],
      ['solo-en-espanol', true],
    ]);
  });

  it('an unknown id names the file that is missing', () => {
    expect(() => countryView(data, entries, 'en', 'zz')).toThrow('content/countries/zz.yaml');
  });
});

describe('institution order', () => {
  it('is the same on the page and in the presence download, whatever the order in the file', () => {
    const xr = data.countries.find((c) => c.id === 'xr')!;
    const shuffled = { ...data, countries: [{ ...xr, institutions: [...xr.institutions].reverse() }] };
    expect(countryView(shuffled, [], 'en', 'xr').institutions.map((i) => i.institution.id)).toEqual(['gob', 'mae', 'promo']);
    expect(allDatasets(shuffled)[0]!.rows.map((r) => r.institution_id)).toEqual(['gob', 'mae', 'promo']);
  });
});
