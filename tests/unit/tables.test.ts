import { describe, expect, it } from 'vitest';
import { featureTable, presenceTable } from '../../src/lib/tables.ts';
import type { AtlasData, CountryRecord } from '../../src/lib/model.ts';
import { loadAtlasFromFiles } from '../support/content.ts';

const data = loadAtlasFromFiles();
const byId = (id: string) => data.countries.find((c) => c.id === id)!;
const networks = (rows: ReturnType<typeof presenceTable>, kind: string, col: number) =>
  rows.find((r) => r.kind.id === kind)!.cells[col]!.flatMap((e) => e.platforms.map((p) => p.abbr ?? `o (${p.name})`)).sort();

describe('Table 1: digital presence (Benayas 2021)', () => {
  const countries = [byId('mx'), byId('cl')];
  const rows = presenceTable(data, countries);

  it('has one row per institution kind, in the study order', () => {
    expect(rows.map((r) => r.kind.id)).toEqual(['government', 'foreign-ministry', 'trade-promotion', 'cooperation-agency', 'diplomatic-academy']);
  });

  // The study's Table 1, cell by cell (order within a cell does not matter).
  it.each([
    ['government', 'tw fb', 'tw fb ig yt o (Telegram)'],
    ['foreign-ministry', 'tw fb ig fk yt', 'tw fb ig yt fk'],
    ['trade-promotion', 'tw fb ig yt o (Periscope)', 'tw fb yt fk li'],
    ['cooperation-agency', 'tw fb yt fk', 'tw fb yt fk'],
    ['diplomatic-academy', 'tw', 'tw fb yt fk'],
  ])('%s: Mexico %s, Chile %s', (kind, mx, cl) => {
    expect(networks(rows, kind, 0)).toEqual(mx.split(/ (?!\()/).sort());
    expect(networks(rows, kind, 1)).toEqual(cl.split(/ (?!\()/).sort());
  });

  it('every institution has a website and none has a blog; only the Mexican government has a participation mechanism', () => {
    const entries = rows.flatMap((r) => r.cells.flat());
    expect(entries.every((e) => e.institution.website.present)).toBe(true);
    expect(entries.some((e) => e.institution.blog.present)).toBe(false);
    const participating = rows.flatMap((r) => r.cells.map((cell, col) => cell.filter((e) => e.institution.participation.present).map(() => `${r.kind.id}@${countries[col]!.id}`)).flat());
    expect(participating).toEqual(['government@mx']);
  });

  it('adds a column for a third country with no code change, and marks kinds it lacks', () => {
    const third: CountryRecord = { ...byId('cl'), id: 'zz', institutions: byId('cl').institutions.filter((i) => i.kind === 'foreign-ministry') };
    const wider = presenceTable(data, [...countries, third]);
    expect(wider.every((r) => r.cells.length === 3)).toBe(true);
    expect(wider.find((r) => r.kind.id === 'government')!.cells[2]).toEqual([]);
  });
});

describe('Table 2: website features', () => {
  it('counts 6 of 10 for Mexico and 8 of 10 for Chile', () => {
    const table = featureTable(data, [byId('mx'), byId('cl')]);
    expect(table.totals).toEqual([
      { present: 6, recorded: 10 },
      { present: 8, recorded: 10 },
    ]);
  });

  it('neither ministry has a social-media atlas or a blog; only Chile has the charter and the survey', () => {
    const table = featureTable(data, [byId('mx'), byId('cl')]);
    const row = (id: string) => table.rows.find((r) => r.feature.id === id)!.values;
    expect(row('social-atlas')).toEqual([false, false]);
    expect(row('blog')).toEqual([false, false]);
    expect(row('service-charter')).toEqual([false, true]);
    expect(row('satisfaction-survey')).toEqual([false, true]);
  });

  it('shows "no data" (null) for a feature a country file does not record, and does not count it', () => {
    const partial: CountryRecord = { ...byId('mx'), websiteFeatures: { ...byId('mx').websiteFeatures, values: { blog: false, 'social-links': true } } };
    const table = featureTable({ ...data } as AtlasData, [partial]);
    expect(table.rows.find((r) => r.feature.id === 'citizen-service')!.values).toEqual([null]);
    expect(table.totals).toEqual([{ present: 1, recorded: 2 }]);
  });
});
