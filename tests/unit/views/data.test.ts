/** The open-data page's view: download sizes, the codes of the tables, the datasets' sources. */
import { describe, expect, it } from 'vitest';
import { datasetMeta, downloads } from '../../../src/lib/datasets.ts';
import type { AtlasData } from '../../../src/lib/model.ts';
import { dataView } from '../../../src/lib/views/data.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';
import { locales } from '../../../src/i18n/config.ts';
import { loadEntriesFromFiles } from '../../support/entries.ts';

const data = loadAtlasFromFiles();
const entries = loadEntriesFromFiles();

describe('the data page', () => {
  const view = dataView(data, entries, 'en');

  it('lists the tables, each chart of the fixture data, then the account lists, with where each is shown', () => {
    expect(view.datasets.map((d) => [d.dataset.id, d.shownIn?.section])).toEqual([
      ['presence', 'compare'],
      ['features', 'compare'],
      ['network', 'compare'],
      ['followers-twitter', 'compare'],
      ['followers-facebook', 'compare'],
      ['views-youtube', 'compare'],
      ['accounts-timeline', 'compare'],
      ['accounts', undefined],
      ['observations', undefined],
    ]);
    expect(view.datasets[0]!.shownIn?.href).toMatch(/\/en\/compare\/#table-presence$/);
    expect(view.datasets[0]!.files.csv).toMatch(/\/data\/presence\.csv$/);
  });

  it('explains every code of the metric, qualifier, date-part and network-kind columns, in schema order', () => {
    expect(view.codes.map((c) => `${c.column}=${c.value}`)).toEqual([
      'metric=followers',
      'metric=posts',
      'metric=views',
      'metric=videos',
      'qualifier=exact',
      'qualifier=about',
      'qualifier=more-than',
      'qualifier=almost',
      'created_part=early',
      'created_part=late',
      'network_kind=embassies',
      'network_kind=consulates',
      'network_kind=multilateral',
      'network_kind=other-offices',
    ]);
    expect(view.codes.find((c) => c.value === 'almost')?.meaning).toBe('the source says “almost”');
  });

  it('names the sources the datasets cite, and the release the fixture content dates', () => {
    expect(view.sources.map((s) => s.id)).toEqual(['ficticia-2020', 'fixture-index-2020', 'fixture-index-table', 'fixture-index-2024', 'fixture-count-2024']);
    // The latest date in the fixture: the study entry, updated 2025-07-15.
    expect(view.meta.date).toBe('2025-07-15');
  });

  it('serialises the downloads once for both languages', () => {
    const meta = datasetMeta(data, entries);
    expect(downloads(data, meta)).toBe(downloads(data, meta));
    expect(dataView(data, entries, 'es').size.zip).toMatch(/^[\d,.]+ kB$/);
  });
});

describe('download sizes', () => {
  // An atlas with no country: each CSV is its header line only, so its size can be counted by hand.
  const empty: AtlasData = { ...data, countries: [] };
  const view = dataView(empty, [], 'en');

  it('are the byte sizes of the files', () => {
    // A text column per declared language (Spanish and English: 253 bytes).
    const text = (base: string) => locales.map((l) => `${base}_${l}`);
    const network = `${['country_id', 'country_iso', ...text('country_name'), 'as_of', 'as_of_stated', 'source', 'via', 'series', 'network_kind', ...text('network_kind_label'), 'total', 'with_website', 'total_conflict', ...text('note'), 'rank', 'rank_of', ...text('observation_note')].join(',')}\r\n`;
    expect(view.datasets.find((d) => d.dataset.id === 'network')!.size.csv).toBe(`${network.length} byte`);
    expect(view.datasets.map((d) => d.dataset.id)).toEqual(['presence', 'features', 'network', 'accounts-timeline', 'accounts', 'observations']);
  });
});
