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

  it('lists every account on the platform, those without a figure too, labelled without the country code in the chart', () => {
    expect(view.rows.map((r) => r.label)).toEqual([
      'Government of Ruritania Twitter (XR)',
      'MAE @MAE_Ruritania (XR)',
      'MAE @RuritaniaMFA_en (XR)',
      'PROMO @PromoRuritania (XR)',
    ]);
    expect(view.payload.labels).toEqual(['MAE @MAE_Ruritania', 'PROMO @PromoRuritania']);
  });

  it('is titled by account, with the sources of its figures and every note that applies', () => {
    expect(view.title).toBe('Followers on Twitter, by account');
    expect(view.metric?.title).toBe('Followers');
    expect(view.sources.map((s) => s.id)).toEqual(['ficticia-2020', 'fixture-count-2024']);
    // MAE has a 2024 figure after the 2020 one; PROMO's date is the collection period.
    expect(view.notes).toEqual({ laterFigures: true, inferred: true, conflict: false });
    expect(view.partial).toBe(true);
    expect(view.summary).toBeUndefined();
  });

  it('carries no country ids in the payload unless the page has a country chooser', () => {
    expect(view.payload.labelCountries).toBeUndefined();
    const choosable = chartView({ locale: 'en', spec: spec('followers-twitter'), data, countries: [xr], choosable: true });
    expect(choosable.payload.labelCountries).toEqual(['xr', 'xr']);
  });

  it('draws then and now as two series named by their dates', () => {
    const payload = view.payload;
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
      ['MAE @MAE_Ruritania (XR)', 'Twitter'],
      ['MAE Facebook (XR)', 'Facebook'], // a page name, not an @handle: the platform stands in,
      ['MAE YouTube (XR)', 'YouTube'],
      ['MAE @RuritaniaMFA_en (XR)', 'Twitter'],
      ['PROMO @PromoRuritania (XR)', 'Twitter'],
    ]);
    expect(view.timeline.map((r) => r.sources)).toEqual([['ficticia-2020'], ['ficticia-2020'], ['ficticia-2020'], ['ficticia-2020'], ['ficticia-2020']]);
    expect(view.rows).toEqual([]);
  });

  it('notes the YouTube channel whose two dates disagree, and has no metric notes', () => {
    expect(view.title).toBe('When the official accounts were created');
    expect(view.notes).toEqual({ laterFigures: false, inferred: false, conflict: true });
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
    expect(view.title).toBe('Followers on Twitter: the top account of each country');
    expect(view.rows.map((r) => r.account.handle)).toEqual(['@MAE_Ruritania', '@ElboniaEmb13', '@LatveriaEmb13', '@KraviaEmb13', '@GenoviaEmb13', '@BorduriaEmb13']);
    expect(view.summary).toBe('This chart shows 6 of 69 accounts: the one with the highest figure in each country.');
  });

  it('show the first account each country opened when the timeline is summarised', () => {
    const view = chartView({ locale: 'es', spec: spec('accounts-timeline'), data, summarise: true });
    expect(view.title).toBe('Cuándo abrió cada país su primera cuenta oficial');
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
