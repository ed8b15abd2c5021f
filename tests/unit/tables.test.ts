/**
 * The comparison tables (digital presence, website features), on the fictional fixture tree
 * (tests/fixture-site/content). Expected cells are read by hand from countries/xr.yaml (Ruritania:
 * three institutions, every kind of account) and countries/xf.yaml (Freedonia: one ministry with no
 * accounts, two of the four website features unknown).
 */
import { describe, expect, it } from 'vitest';
import { featureTable, presenceTable } from '../../src/lib/tables.ts';
import type { CountryRecord } from '../../src/lib/model.ts';
import { loadAtlasFromFiles } from '../support/content.ts';

const data = loadAtlasFromFiles();
const byId = (id: string): CountryRecord => {
  const found = data.countries.find((c) => c.id === id);
  if (!found) throw new Error(`the fixture tree has no country ${id}`);
  return found;
};
/** The platforms of one cell as abbreviations ("o (Name)" for a platform without one), sorted. */
const networks = (rows: ReturnType<typeof presenceTable>, kind: string, col: number) =>
  rows.find((r) => r.kind.id === kind)!.cells[col]!.flatMap((e) => e.platforms.map((p) => p.abbr ?? `o (${p.name})`)).sort();

describe('digital presence', () => {
  const countries = [byId('xr'), byId('xf')];
  const rows = presenceTable(data, countries);

  it('has one row per institution kind in use, in the vocabulary order', () => {
    expect(rows.map((r) => r.kind.id)).toEqual(['government', 'foreign-ministry', 'trade-promotion']);
  });

  // Cell by cell (order within a cell does not matter); "-" is a country without such an institution.
  it.each([
    ['government', 'tw o (Mastodon)', '-'],
    ['foreign-ministry', 'tw fb yt ig', ''],
    ['trade-promotion', 'tw', '-'],
  ])('%s: Ruritania "%s", Freedonia "%s"', (kind, xr, xf) => {
    const cells = rows.find((r) => r.kind.id === kind)!.cells;
    const expected = (text: string) => (text === '' || text === '-' ? [] : text.split(/ (?!\()/).sort());
    expect(networks(rows, kind, 0)).toEqual(expected(xr));
    expect(networks(rows, kind, 1)).toEqual(expected(xf));
    expect(cells[0]).toHaveLength(1);
    // Freedonia's ministry is listed with no platforms; the kinds it lacks are empty cells.
    expect(cells[1]).toHaveLength(xf === '-' ? 0 : 1);
  });

  it('lists the platforms of a cell in the vocabulary order', () => {
    const mae = rows.find((r) => r.kind.id === 'foreign-ministry')!.cells[0]![0]!;
    expect(mae.platforms.map((p) => p.id)).toEqual(['twitter', 'facebook', 'youtube', 'instagram']);
  });

  it('carries each institution’s website, blog and participation as its file states them', () => {
    const flagged = (flag: 'website' | 'blog' | 'participation') =>
      rows.flatMap((r) => r.cells.flatMap((cell, col) => cell.filter((e) => e.institution[flag].present).map((e) => `${e.institution.id}@${countries[col]!.id}`)));
    expect(flagged('website')).toEqual(['gob@xr', 'mae@xr', 'mre@xf']);
    expect(flagged('blog')).toEqual(['mae@xr']);
    expect(flagged('participation')).toEqual(['gob@xr']);
  });

  it('adds a column for a third country with no code change, and marks kinds it lacks', () => {
    const third: CountryRecord = { ...byId('xr'), id: 'xq', institutions: byId('xr').institutions.filter((i) => i.kind === 'foreign-ministry') };
    const wider = presenceTable(data, [...countries, third]);
    expect(wider.every((r) => r.cells.length === 3)).toBe(true);
    expect(wider.find((r) => r.kind.id === 'government')!.cells[2]).toEqual([]);
    expect(wider.find((r) => r.kind.id === 'foreign-ministry')!.cells[2]).toHaveLength(1);
  });

  it('leaves out a kind no chosen country has', () => {
    expect(presenceTable(data, [byId('xf')]).map((r) => r.kind.id)).toEqual(['foreign-ministry']);
  });
});

describe('website features', () => {
  const table = featureTable(data, [byId('xr'), byId('xf')]);
  const row = (id: string) => table.rows.find((r) => r.feature.id === id)!.values;

  it('has one row per feature, in the vocabulary order', () => {
    expect(table.rows.map((r) => r.feature.id)).toEqual(['mission-list', 'consular-help', 'ministry-blog', 'user-survey']);
  });

  it('gives each country’s recorded values', () => {
    expect(row('mission-list')).toEqual([true, false]);
    expect(row('consular-help')).toEqual([true, true]);
    expect(row('ministry-blog')[0]).toBe(false);
    expect(row('user-survey')[0]).toBe(true);
  });

  it('shows "no data" (null) for a feature Freedonia’s file does not record', () => {
    expect(row('ministry-blog')[1]).toBeNull();
    expect(row('user-survey')[1]).toBeNull();
  });

  it('counts 3 of 4 for Ruritania and 1 of 2 recorded for Freedonia, leaving "no data" out', () => {
    expect(table.totals).toEqual([
      { present: 3, recorded: 4 },
      { present: 1, recorded: 2 },
    ]);
  });
});
