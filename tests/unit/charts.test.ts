/**
 * Chart rows and bar payloads, on the fictional fixture tree (tests/fixture-site/content). Expected
 * values are read by hand from its country files: Ruritania (xr) has figures of every kind, a later
 * observation and a YouTube channel whose two creation dates disagree; Freedonia (xf) has no
 * accounts; the five bulk countries (xb, xg, xk, xl, xe) have 13 Twitter accounts each.
 */
import { describe, expect, it } from 'vitest';
import { chartSpecs, claimsConflict, firstPerCountry, leadingRows, MAX_ACCOUNT_ROWS, metricRows, timelineRows } from '../../src/lib/charts.ts';
import { barPayload } from '../../src/lib/chart-payload.ts';
import { decimalYear } from '../../src/lib/format.ts';
import type { CountryRecord } from '../../src/lib/model.ts';
import { loadAtlasFromFiles } from '../support/content.ts';

const data = loadAtlasFromFiles();
const country = (id: string): CountryRecord => {
  const found = data.countries.find((c) => c.id === id);
  if (!found) throw new Error(`the fixture tree has no country ${id}`);
  return found;
};
const xr = country('xr');
const xf = country('xf');
const xb = country('xb');

describe('chart specs', () => {
  it('derive the charts from the data: Twitter and Facebook followers, YouTube views, then the timeline', () => {
    // Twitter posts are observed too but only followers and views are charted; Instagram and
    // Mastodon are not charted platforms.
    expect(chartSpecs(data).map((s) => s.id)).toEqual(['followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline']);
  });
});

describe('metric rows', () => {
  const rows = metricRows([xr], 'twitter', 'followers');
  const row = (inst: string, handle: string | undefined) => {
    const found = rows.find((r) => r.institution.id === inst && r.account.handle === handle);
    if (!found) throw new Error(`no row for ${inst} ${handle ?? '(no handle)'}`);
    return found;
  };

  it("give every Twitter account of Ruritania, with the figures its file states", () => {
    expect(rows.map((r) => `${r.institution.id} ${r.account.handle ?? '-'}`)).toEqual(['gob -', 'mae @MAE_Ruritania', 'mae @RuritaniaMFA_en', 'promo @PromoRuritania']);
    expect(row('mae', '@MAE_Ruritania').observations[0]!.value).toBe(123456);
    expect(row('promo', '@PromoRuritania').observations[0]!.value).toBe(45000);
  });

  it('keep accounts without a figure, as "no data"', () => {
    expect(row('gob', undefined).observations).toEqual([]);
    expect(row('mae', '@RuritaniaMFA_en').observations).toEqual([]);
  });

  it('leave out the other metrics of the same account (posts)', () => {
    expect(row('mae', '@MAE_Ruritania').observations.map((o) => o.metric)).toEqual(['followers', 'followers']);
  });

  it('keep the qualifier of figures stated as "about", "more than" or "almost"', () => {
    expect(row('promo', '@PromoRuritania').observations[0]).toMatchObject({ value: 45000, qualifier: 'about', asOfStated: false });
    expect(metricRows([xr], 'facebook', 'followers')[0]!.observations[0]).toMatchObject({ value: 500000, qualifier: 'almost' });
    expect(metricRows([xr], 'youtube', 'views')[0]!.observations[0]).toMatchObject({ value: 750000, qualifier: 'more-than' });
    expect(row('mae', '@MAE_Ruritania').observations[0]!.qualifier).toBe('exact');
  });

  it('give a country with no accounts no row at all (Freedonia)', () => {
    expect(metricRows([xf], 'twitter', 'followers')).toEqual([]);
  });
});

describe('bar payload', () => {
  it('puts a later observation beside the first one (then and now), each series named by its date', () => {
    const payload = barPayload('en', metricRows([xr], 'twitter', 'followers'), 'Followers', 'en-GB', 'Twitter');
    // Accounts without a figure get no bar: the table beside the chart says "no data".
    expect(payload.labels).toEqual(['MAE @MAE_Ruritania', 'PROMO @PromoRuritania']);
    expect(payload.datasets.map((d) => d.label)).toEqual(['March 2020', 'May 2024']);
    expect(payload.datasets.map((d) => d.data)).toEqual([
      [123456, 45000],
      [234567, null],
    ]);
  });

  it('orders the figures of an account oldest first, whatever their order in the file', () => {
    const reversed = structuredClone(xr);
    const mae = reversed.institutions.find((i) => i.id === 'mae')!.accounts[0]!;
    mae.observations.reverse();
    const payload = barPayload('en', metricRows([reversed], 'twitter', 'followers'), 'Followers', 'en-GB', 'Twitter');
    expect(payload.datasets.map((d) => d.data[0])).toEqual([123456, 234567]);
  });

  it('draws at most two bars per account however many dates the figures have: first and latest, each dated', () => {
    const later = structuredClone(xr);
    const accounts = later.institutions.flatMap((i) => i.accounts).filter((a) => a.platform === 'twitter' && a.observations.length > 0);
    expect(accounts.map((a) => a.handle)).toEqual(['@MAE_Ruritania', '@PromoRuritania']);
    // The MAE account now has three dates; PROMO a later figure of its own, on another date.
    accounts[0]!.observations.push({ metric: 'followers', value: 9999, qualifier: 'exact', asOf: '2025-12', asOfStated: true, source: 'fixture-count-2024' });
    accounts[1]!.observations.push({ metric: 'followers', value: 5001, qualifier: 'exact', asOf: '2021-01', asOfStated: true, source: 'fixture-count-2024' });
    const payload = barPayload('en', metricRows([later], 'twitter', 'followers'), 'Followers', 'en-GB', 'Twitter');
    expect(payload.datasets.map((d) => d.label)).toEqual(['March 2020', 'Latest figure']);
    expect(payload.datasets[1]!.data).toEqual([9999, 5001]);
    expect(payload.datasets[1]!.display).toEqual(['9,999 (December 2025)', '5,001 (January 2021)']);
    expect(payload.datasets[0]!.display).toEqual(['123,456', 'about 45,000']);
  });

  it('names the country of each bar only when a chart shows several', () => {
    const payload = barPayload('en', metricRows([xr, xb], 'twitter', 'followers'), 'Followers', 'en-GB', 'Twitter');
    expect(payload.labels[0]).toBe('MAE @MAE_Ruritania (XR)');
    expect(payload.labels).toContain('Borduria Foreign Ministry @BorduriaEmb01 (XB)');
  });
});

describe('creation timeline', () => {
  it('keeps both dates the sources give for the MAE YouTube channel and flags the conflict', () => {
    const row = timelineRows([xr]).find((r) => r.institution.id === 'mae' && r.account.platform === 'youtube')!;
    expect(row.claims.map((c) => c.date)).toEqual(['2011', '2013-06']);
    expect(row.conflict).toBe(true);
  });

  it('does not flag a refinement (2009 vs December 2009) as a conflict', () => {
    expect(claimsConflict([{ date: '2009', source: 's' }, { date: '2009-12', source: 's' }])).toBe(false);
    expect(claimsConflict([{ date: '2014', source: 's' }, { date: '2017-08', source: 's' }])).toBe(true);
  });

  it('leaves out accounts without a creation date (the government accounts, Instagram)', () => {
    const rows = timelineRows([xr]);
    expect(rows).toHaveLength(5);
    expect(rows.some((r) => r.institution.id === 'gob' || r.account.platform === 'instagram')).toBe(false);
  });

  it('orders accounts by creation, across countries: Borduria’s first embassy (January 2010) before the MAE (May 2010)', () => {
    const rows = timelineRows([xr, xb]);
    expect(rows[0]!.account.handle).toBe('@BorduriaEmb01');
    const index = (handle: string) => rows.findIndex((r) => r.account.handle === handle);
    expect(index('@MAE_Ruritania')).toBeLessThan(index('@RuritaniaMFA_en')); // May 2010, late 2012
    expect(index('@RuritaniaMFA_en')).toBeLessThan(index('@PromoRuritania')); // late 2012, 14 September 2015
    const starts = rows.map((r) => decimalYear(r.claims[0]!.date, r.claims[0]!.part));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('one row per country (comparison charts past MAX_ACCOUNT_ROWS)', () => {
  const latest = (r: { observations: { value: number }[] }) => r.observations.at(-1)?.value ?? -1;
  const all = metricRows(data.countries, 'twitter', 'followers');

  it('the fixture has more Twitter accounts than a chart lists one by one', () => {
    // 4 in Ruritania and 13 in each of the five bulk countries.
    expect(all).toHaveLength(69);
    expect(all.length).toBeGreaterThan(MAX_ACCOUNT_ROWS);
  });

  it("keeps each country's account with the highest latest figure, highest first: Ruritania's is the MAE with 234,567", () => {
    const top = leadingRows(all);
    // Bulk country number c (Borduria 0 … Elbonia 4) peaks at (c + 1) × 1000 + 120 followers.
    expect(top.map((r) => r.country.id)).toEqual(['xr', 'xe', 'xl', 'xk', 'xg', 'xb']);
    expect(top.map(latest)).toEqual([234567, 5120, 4120, 3120, 2120, 1120]);
    expect(top[0]).toMatchObject({ account: { handle: '@MAE_Ruritania' } });
    expect(top[1]).toMatchObject({ account: { handle: '@ElboniaEmb13' } });
    for (const row of top) expect(latest(row)).toBe(Math.max(...all.filter((r) => r.country === row.country).map(latest)));
  });

  it('keeps a country whose accounts have no figure as one "no data" row, last', () => {
    const silent: CountryRecord = structuredClone(xb);
    for (const account of silent.institutions.flatMap((i) => i.accounts)) account.observations = [];
    const top = leadingRows(metricRows([silent, xr], 'twitter', 'followers'));
    expect(top.map((r) => [r.country.id, r.observations.length > 0])).toEqual([
      ['xr', true],
      ['xb', false],
    ]);
  });

  it("keeps each country's first account on any platform, in creation order", () => {
    const timeline = timelineRows(data.countries);
    const first = firstPerCountry(timeline);
    // Freedonia has no account, so no row.
    expect(first.map((r) => r.country.id).sort()).toEqual(['xb', 'xe', 'xg', 'xk', 'xl', 'xr']);
    // The bulk countries' first embassies open in January, February, March and April 2010; Elbonia's
    // and the MAE's Twitter accounts both in May 2010.
    expect(first.slice(0, 4).map((r) => r.country.id)).toEqual(['xb', 'xg', 'xk', 'xl']);
    expect(first.find((r) => r.country.id === 'xr')!.account.handle).toBe('@MAE_Ruritania');
    const start = (r: (typeof timeline)[number]) => decimalYear(r.claims[0]!.date, r.claims[0]!.part);
    for (const row of first) expect(start(row)).toBe(Math.min(...timeline.filter((r) => r.country === row.country).map(start)));
    expect(first.map(start)).toEqual([...first.map(start)].sort((a, b) => a - b));
  });
});
