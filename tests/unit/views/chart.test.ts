/**
 * The chart view on the fictional fixture tree (tests/fixture-site/content): Ruritania (xr) has
 * figures of every kind; the five bulk countries (xb, xe, xg, xk, xl) have 13 Twitter accounts each,
 * so the whole atlas holds 69 Twitter accounts and 70 dated ones, past MAX_ACCOUNT_ROWS (60).
 */
import { describe, expect, it } from 'vitest';
import { chartSpecs, type ChartSpec } from '../../../src/lib/charts.ts';
import { chartView } from '../../../src/lib/views/chart.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();
const xr = data.countries.find((c) => c.id === 'xr')!;
const spec = (id: string): ChartSpec => chartSpecs(data).find((s) => s.id === id)!;

describe('a metric chart of one country', () => {
  const view = chartView({ locale: 'en', spec: spec('followers-twitter'), data, countries: [xr] });

  it('lists every account on the platform, those without a figure too, labelled as in the chart: without the country code, the chart shows one country', () => {
    expect(view.rows.map((r) => r.label)).toEqual(['Government of Ruritania Twitter', 'MAE @MAE_Ruritania', 'MAE @RuritaniaMFA_en', 'PROMO @PromoRuritania']);
    expect(view.model.labels).toEqual(['MAE @MAE_Ruritania', 'PROMO @PromoRuritania']);
  });

  it('is titled by what and when, with the sources of its figures and every note that applies', () => {
    // MAE's first figure is of March 2020, its later one of May 2024 (xr.yaml).
    expect(view.title).toBe('Twitter followers of official accounts, March 2020 to May 2024');
    expect(view.subtitle).toBe('Number of accounts following each official account, as the source counted them on the date given.');
    expect(view.asOf).toBe('March 2020 to May 2024');
    expect(view.metric?.title).toBe('Followers');
    expect(view.sources.map((s) => s.id)).toEqual(['ficticia-2020', 'fixture-count-2024']);
    // MAE has a 2024 figure after the 2020 one; PROMO's date is the collection period.
    expect(view.notes).toEqual({ laterFigures: true, inferred: true, conflict: false });
    expect(view.partial).toBe(true);
    expect(view.summary).toBeUndefined();
  });

  it('has no country legend (one country), but a legend of its two series, filled then outlined', () => {
    expect(view.legend).toEqual([
      { label: 'March 2020', mark: 'filled' },
      { label: 'May 2024', mark: 'outlined' },
    ]);
    // Ruritania is the 6th of the 7 fixture countries by id (xb xe xf xg xk xl xr → slot 6).
    expect(view.colours).toBe('xr:6');
    expect(view.statement).toBeUndefined();
  });

  it('draws then and now as two series named by their dates', () => {
    const payload = view.model;
    if (payload.type !== 'bar') throw new Error('expected bars');
    expect(payload.datasets.map((d) => d.label)).toEqual(['March 2020', 'May 2024']);
    expect(payload.datasets.map((d) => d.data)).toEqual([
      [123456, 45000],
      [234567, null],
    ]);
  });
});

describe('the creation timeline of one country', () => {
  const view = chartView({ locale: 'en', spec: spec('accounts-timeline'), data, countries: [xr] });

  it('lists the dated accounts oldest first, with their platform and the sources of the dates', () => {
    expect(view.timeline.map((r) => [r.label, r.platformName])).toEqual([
      ['MAE @MAE_Ruritania', 'Twitter'],
      ['MAE Facebook', 'Facebook'], // a page name, not an @handle: the platform stands in,
      ['MAE YouTube', 'YouTube'],
      ['MAE @RuritaniaMFA_en', 'Twitter'],
      ['PROMO @PromoRuritania', 'Twitter'],
    ]);
    expect(view.timeline.map((r) => r.sources)).toEqual([['ficticia-2020'], ['ficticia-2020'], ['ficticia-2020'], ['ficticia-2020'], ['ficticia-2020']]);
    expect(view.rows).toEqual([]);
  });

  it('notes the YouTube channel whose two dates disagree, and has no metric notes', () => {
    // Its accounts were opened from 2010 (@MAE_Ruritania) to 2015 (@PromoRuritania): the span of the claims.
    expect(view.title).toBe('When the official accounts were created, 2010–2015');
    expect(view.notes).toEqual({ laterFigures: false, inferred: false, conflict: true });
    // The triangle is explained in the legend; one country, so no colour entries.
    expect(view.legend).toEqual([{ label: 'The sources disagree on the date', mark: 'triangle' }]);
  });
});

describe('charts of the whole atlas, past 60 accounts', () => {
  it('show all 69 Twitter accounts when not asked to summarise', () => {
    const view = chartView({ locale: 'en', spec: spec('followers-twitter'), data });
    expect(view.rows).toHaveLength(69);
    expect(view.partial).toBe(false);
    expect(view.summary).toBeUndefined();
  });

  it('show the top account of each country, highest first, when asked to summarise', () => {
    const view = chartView({ locale: 'en', spec: spec('followers-twitter'), data, summarise: true });
    expect(view.title).toBe('Twitter followers: the top official account of each country, March 2020 to May 2024');
    expect(view.rows.map((r) => r.account.handle)).toEqual(['@MAE_Ruritania', '@ElboniaEmb13', '@LatveriaEmb13', '@KraviaEmb13', '@GenoviaEmb13', '@BorduriaEmb13']);
    expect(view.summary).toBe('This chart shows 6 of 69 accounts: the one with the highest figure in each country.');
  });

  it('show the first account each country opened when the timeline is summarised', () => {
    const view = chartView({ locale: 'es', spec: spec('accounts-timeline'), data, summarise: true });
    // Every country opened its first account in 2010: one year, not a span.
    expect(view.title).toBe('Cuándo abrió cada país su primera cuenta oficial, 2010');
    expect(view.timeline.map((r) => `${r.country.id} ${r.claims[0]!.date}`)).toEqual(['xb 2010-01', 'xg 2010-02', 'xk 2010-03', 'xl 2010-04', 'xe 2010-05', 'xr 2010-05']);
    expect(view.notes.conflict).toBe(false);
    expect(view.summary).toMatch(/^Este gráfico muestra 6 de 70 cuentas/);
  });
});

describe('a chart with nothing to show', () => {
  const xf = data.countries.find((c) => c.id === 'xf')!;

  it('is empty for a country with no accounts, so the figure says so instead of drawing a blank picture', () => {
    expect(chartView({ locale: 'en', spec: spec('accounts-timeline'), data, countries: [xf] }).empty).toBe(true);
    expect(chartView({ locale: 'es', spec: spec('followers-twitter'), data, countries: [xf] }).empty).toBe(true);
  });

  it('is not empty as soon as one account is listed, even without a figure', () => {
    expect(chartView({ locale: 'en', spec: spec('followers-twitter'), data, countries: [xr] }).empty).toBe(false);
    expect(chartView({ locale: 'en', spec: spec('accounts-timeline'), data, countries: [xf, xr] }).empty).toBe(false);
  });
});
