import { describe, expect, it } from 'vitest';
import { chartSpecs, claimsConflict, firstPerCountry, leadingRows, metricRows, timelineRows } from '../../src/lib/charts.ts';
import { barPayload } from '../../src/lib/chart-payload.ts';
import { decimalYear } from '../../src/lib/format.ts';
import type { CountryRecord } from '../../src/lib/model.ts';
import { loadAtlasFromFiles } from '../support/content.ts';

const data = loadAtlasFromFiles();
const mx = data.countries.find((c) => c.id === 'mx')!;
const cl = data.countries.find((c) => c.id === 'cl')!;

describe('chart specs', () => {
  it('derives the study figures from the data: Twitter and Facebook followers, YouTube views, and the timeline', () => {
    expect(chartSpecs(data).map((s) => s.id)).toEqual(['followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline']);
  });
});

describe('metric rows', () => {
  it('gives the Twitter followers the study reports, and keeps accounts without a figure as no data', () => {
    const rows = metricRows([mx, cl], 'twitter', 'followers');
    const value = (handle: string | undefined, inst: string) => rows.find((r) => r.institution.id === inst && r.account.handle === handle)?.observations[0]?.value;
    expect(value('@SRE_mx', 'sre')).toBe(870000);
    expect(value('@AMEXCID', 'amexcid')).toBe(14000);
    expect(value(undefined, 'imr')).toBe(22000);
    expect(value('@Minrel_Chile', 'minrel')).toBe(59000);
    expect(rows.find((r) => r.account.handle === '@ChileMFA')!.observations).toEqual([]);
  });

  it('keeps the qualifier of figures stated as "more than" or "almost"', () => {
    const fb = metricRows([mx], 'facebook', 'followers').find((r) => r.institution.id === 'sre')!;
    expect(fb.observations[0]).toMatchObject({ value: 720000, qualifier: 'more-than' });
    const yt = metricRows([mx], 'youtube', 'views').find((r) => r.institution.id === 'sre')!;
    expect(yt.observations[0]).toMatchObject({ value: 2000000, qualifier: 'almost' });
  });

  it('puts a later observation beside the study figure (then and now), oldest first', () => {
    const later: CountryRecord = structuredClone(mx);
    later.institutions.find((i) => i.id === 'sre')!.accounts[0]!.observations.push({ metric: 'followers', value: 1000, qualifier: 'exact', asOf: '2021-06', asOfStated: true, source: 'benayas-2021' });
    const rows = metricRows([later], 'twitter', 'followers');
    const payload = barPayload('en', rows, 'Followers', 'en-GB', 'Twitter');
    expect(payload.datasets.map((d) => d.label)).toEqual(['February 2019', 'June 2021']);
    const sreIndex = payload.labels.findIndex((l) => l.includes('@SRE_mx'));
    expect(payload.labels.some((l) => l.includes('@ChileMFA'))).toBe(false); // no figure, no bar: the table says "no data"

    expect(payload.datasets.map((d) => d.data[sreIndex])).toEqual([870000, 1000]);
  });

  it('draws at most two bars per account however many dates the figures have: first and latest, each dated', () => {
    const later: CountryRecord = structuredClone(mx);
    const accounts = later.institutions.flatMap((i) => i.accounts).filter((a) => a.platform === 'twitter' && a.observations.length > 0);
    expect(accounts.length).toBeGreaterThanOrEqual(2);
    // Each account reports later on a date of its own, the first one twice.
    accounts.forEach((a, n) => a.observations.push({ metric: 'followers', value: 5000 + n, qualifier: 'exact', asOf: `202${n}-0${n + 1}`, asOfStated: true, source: 'benayas-2021' }));
    accounts[0]!.observations.push({ metric: 'followers', value: 9999, qualifier: 'exact', asOf: '2025-12', asOfStated: true, source: 'benayas-2021' });
    const payload = barPayload('en', metricRows([later], 'twitter', 'followers'), 'Followers', 'en-GB', 'Twitter');
    expect(payload.datasets.map((d) => d.label)).toEqual(['February 2019', 'Latest figure']);
    const index = payload.labels.findIndex((l) => l.includes(accounts[0]!.handle ?? '@SRE_mx'));
    expect(payload.datasets[1]!.data[index]).toBe(9999);
    expect(payload.datasets[1]!.display[index]).toBe('9,999 (December 2025)');
    expect(payload.datasets[0]!.display[index]).not.toContain('(');
  });
});

describe('creation timeline', () => {
  it('keeps both dates the study gives for the Chilean ministry YouTube channel and flags the conflict', () => {
    const row = timelineRows([cl]).find((r) => r.institution.id === 'minrel' && r.account.platform === 'youtube')!;
    expect(row.claims.map((c) => c.date)).toEqual(['2014', '2017-08']);
    expect(row.conflict).toBe(true);
  });

  it('does not flag a refinement (2009 vs December 2009) as a conflict', () => {
    expect(claimsConflict([{ date: '2009', source: 's' }, { date: '2009-12', source: 's' }])).toBe(false);
    expect(claimsConflict([{ date: '2014', source: 's' }, { date: '2017-08', source: 's' }])).toBe(true);
  });

  it('orders accounts by creation: the SRE Twitter account (December 2009) comes before Minrel (April 2014)', () => {
    const rows = timelineRows([mx, cl]);
    const index = (handle: string) => rows.findIndex((r) => r.account.handle === handle);
    expect(index('@SRE_mx')).toBeLessThan(index('@Minrel_Chile'));
    const starts = rows.map((r) => decimalYear(r.claims[0]!.date, r.claims[0]!.part));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('one row per country (comparison charts past MAX_ACCOUNT_ROWS)', () => {
  const latest = (r: { observations: { value: number }[] }) => r.observations.at(-1)?.value ?? -1;

  it("keeps each country's account with the highest figure, highest first: Mexico's is the SRE's 870,000 Twitter followers", () => {
    const all = metricRows([cl, mx], 'twitter', 'followers');
    const top = leadingRows(all);
    expect(top.map((r) => r.country.id)).toEqual(['mx', 'cl']);
    expect(top[0]).toMatchObject({ account: { handle: '@SRE_mx' } });
    expect(top[0]!.observations[0]!.value).toBe(870000);
    for (const row of top) expect(latest(row)).toBe(Math.max(...all.filter((r) => r.country === row.country).map(latest)));
  });

  it('keeps a country whose accounts have no figure as one "no data" row, last', () => {
    const silent: CountryRecord = structuredClone(cl);
    for (const account of silent.institutions.flatMap((i) => i.accounts)) account.observations = [];
    const top = leadingRows(metricRows([silent, mx], 'twitter', 'followers'));
    expect(top.map((r) => [r.country.id, r.observations.length > 0])).toEqual([['mx', true], ['cl', false]]);
  });

  it("keeps each country's first account on any platform, in creation order", () => {
    const all = timelineRows([mx, cl]);
    const first = firstPerCountry(all);
    expect(first.map((r) => r.country.id).sort()).toEqual(['cl', 'mx']);
    for (const row of first) {
      const start = (r: (typeof all)[number]) => decimalYear(r.claims[0]!.date, r.claims[0]!.part);
      expect(start(row)).toBe(Math.min(...all.filter((r) => r.country === row.country).map(start)));
    }
    expect(first).toEqual([...first].sort((a, b) => decimalYear(a.claims[0]!.date) - decimalYear(b.claims[0]!.date)));
  });
});
