/**
 * The diplomatic network, then and now, as the country and comparison pages receive it. Expected
 * values are written by hand from tests/fixture-site/content/countries/xr.yaml (three observations:
 * ficticia-2020 as of 2020-03; the fictional index's 2020 edition as of 2020 and its 2024 edition as
 * of 2023, date inferred, no count of other offices) and xf.yaml (`network: []`).
 */
import { describe, expect, it } from 'vitest';
import { allDatasets } from '../../../src/lib/datasets.ts';
import { countryNetwork, networkTable } from '../../../src/lib/network.ts';
import { compareView } from '../../../src/lib/views/compare.ts';
import { countryView } from '../../../src/lib/views/country.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();
const country = (id: string) => data.countries.find((c) => c.id === id)!;

describe('a country with three observations (Ruritania)', () => {
  const view = countryNetwork(country('xr'));

  it('lists them oldest first (2020-03 before the year 2020, whose middle is later), each with its source and series', () => {
    expect(view.rows.map((r) => [r.observation.asOf, r.observation.source, r.observation.via ?? null, r.series])).toEqual([
      ['2020-03', 'ficticia-2020', null, 'ficticia-2020'],
      ['2020', 'fixture-index-2020', 'fixture-index-table', 'fixture-index'],
      ['2023', 'fixture-index-2024', 'fixture-index-table', 'fixture-index'],
    ]);
  });

  it('gives every kind a cell, "no data" (null) for a kind the source leaves out, and the sum only when all four are counted', () => {
    expect(view.rows.map((r) => r.cells.map((c) => c.total))).toEqual([
      [40, 20, 3, 2],
      [40, 23, 3, 2],
      [43, 21, 4, null],
    ]);
    expect(view.rows.map((r) => r.sum)).toEqual([65, 68, null]);
    expect(view.rows[0]!.cells.map((c) => c.withWebsite)).toEqual([38, 19, null, 1]);
    expect(view.rows[0]!.cells[3]!.note?.en).toBe("Zenda and North Strelsau; only Zenda's has a website.");
    expect(view.rows.map((r) => r.observation.note?.es ?? null)).toEqual([null, 'Índice ficticio, edición de 2020.', 'Edición de 2024; el año 2023 se infiere. No cuenta otras oficinas.']);
  });

  it('says which observations count websites: only the study does', () => {
    expect(view.rows.map((r) => r.websites)).toEqual([true, false, false]);
  });

  it('marks the consulates of the two sources that speak of 2020 as a disagreement, and nothing else', () => {
    expect(view.rows.map((r) => r.cells.map((c) => c.conflict))).toEqual([
      [false, true, false, false],
      [false, true, false, false],
      [false, false, false, false],
    ]);
    expect(view.conflict).toBe(true);
  });

  it('shows the change within the index series only (2020 → 2023), never between the study and the index', () => {
    expect(view.changes.map((c) => ({ series: c.series, from: c.from.asOf, to: c.to.asOf, deltas: c.deltas, sum: c.sum }))).toEqual([
      { series: 'fixture-index', from: '2020', to: '2023', deltas: [3, -2, 1, null], sum: null },
    ]);
  });

  it('knows a date is inferred, and keeps the ranks as given', () => {
    expect(view.inferred).toBe(true);
    expect(view.rows.map((r) => r.observation.rank ?? null)).toEqual([null, { position: 7, of: 30 }, { position: 6 }]);
  });
});

describe('a country with no observation (Freedonia)', () => {
  it('has no row, no change and nothing to explain', () => {
    const view = networkTable(data, [country('xf')]);
    expect(view.countries[0]!.rows).toEqual([]);
    expect(view.countries[0]!.changes).toEqual([]);
    expect(view.empty).toBe(true);
    expect(view.ranks).toBe(false);
    expect(view.sources).toEqual([]);
    expect(view.explain).toEqual({ sum: false, change: false, inferred: false, conflict: false });
  });
});

describe('the pages', () => {
  it('the country page gets its own network, with the sources it cites (source, then via) and its notes', () => {
    const { network } = countryView(data, [], 'en', 'xr');
    expect(network.countries.map((c) => c.country.id)).toEqual(['xr']);
    expect(network.sources.map((s) => s.id)).toEqual(['ficticia-2020', 'fixture-index-2020', 'fixture-index-table', 'fixture-index-2024']);
    expect(network.empty).toBe(false);
    expect(network.ranks).toBe(true);
    expect(network.notes.map((n) => n.observation.asOf)).toEqual(['2020', '2023']);
    expect(network.explain).toEqual({ sum: true, change: true, inferred: true, conflict: true });
  });

  it('the country page lists the work the figures were read in among its sources', () => {
    expect(countryView(data, [], 'en', 'xr').sources.map((s) => s.id)).toEqual(['ficticia-2020', 'fixture-count-2024', 'fixture-index-2020', 'fixture-index-table', 'fixture-index-2024']);
  });

  it('the comparison page gets every country in file order, Freedonia with no row', () => {
    const { network } = compareView(data, 'es');
    expect(network.countries.map((c) => [c.country.id, c.rows.length])).toEqual([
      ['xb', 1],
      ['xe', 1],
      ['xf', 0],
      ['xg', 1],
      ['xk', 1],
      ['xl', 1],
      ['xr', 3],
    ]);
  });
});

describe('the network download', () => {
  const rows = allDatasets(data).find((d) => d.id === 'network')!.rows;

  it('has one row per observation and kind, each with its date, source, series and the work it was read in', () => {
    const xr = rows.filter((r) => r.country_id === 'xr');
    expect(xr).toHaveLength(12);
    expect(xr.filter((r) => r.network_kind === 'consulates').map((r) => [r.as_of, r.as_of_stated, r.source, r.via, r.series, r.total, r.with_website, r.total_conflict, r.rank, r.rank_of])).toEqual([
      ['2020-03', true, 'ficticia-2020', null, 'ficticia-2020', 20, 19, true, null, null],
      ['2020', true, 'fixture-index-2020', 'fixture-index-table', 'fixture-index', 23, null, true, 7, 30],
      ['2023', false, 'fixture-index-2024', 'fixture-index-table', 'fixture-index', 21, null, false, 6, null],
    ]);
    expect(xr.find((r) => r.as_of === '2023' && r.network_kind === 'other-offices')!.total).toBeNull();
    expect(xr.find((r) => r.as_of === '2023')!.observation_note_en).toBe('2024 edition; 2023 is inferred. It does not count other offices.');
  });

  it('keeps a country with no observation as one empty row per kind', () => {
    expect(rows.filter((r) => r.country_id === 'xf').map((r) => [r.network_kind, r.total, r.as_of, r.source])).toEqual([
      ['embassies', null, null, null],
      ['consulates', null, null, null],
      ['multilateral', null, null, null],
      ['other-offices', null, null, null],
    ]);
  });
});
