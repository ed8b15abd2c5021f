/**
 * Charts that stand on their own (issue 15), on the fictional fixture tree (tests/fixture-site/content):
 * one colour per country whatever the chart shows, dated titles and subtitles, value labels with the
 * source's qualifier in each language, a single figure as a sentence, the legend, and the SVG
 * document the exports are made from. Expectations are written by hand from xr.yaml and bulk.ts:
 * Ruritania's @MAE_Ruritania has 123,456 followers (March 2020) and 234,567 (May 2024), PROMO's
 * @PromoRuritania "about 45,000" (March 2020, the collection period), MAE's Facebook page "almost
 * 500,000" (March 2020) and its YouTube channel "more than 750,000" views (March 2020) and "more
 * than 987,654" (15 January 2025); the fixture's countries are xb xe xf xg xk xl xr.
 */
import { describe, expect, it } from 'vitest';
import { countryColours, PALETTE_SIZE } from '../../src/lib/chart-colours.ts';
import { chartSvg, niceTicks, wrap, type SvgChart } from '../../src/lib/chart-svg.ts';
import { chartSpecs, type ChartSpec } from '../../src/lib/charts.ts';
import { chartView, dateSpan } from '../../src/lib/views/chart.ts';
import type { BarPayload, TimelinePayload } from '../../src/lib/chart-payload.ts';
import { loadAtlasFromFiles } from '../support/content.ts';

const data = loadAtlasFromFiles();
const country = (id: string) => data.countries.find((c) => c.id === id)!;
const spec = (id: string): ChartSpec => chartSpecs(data).find((s) => s.id === id)!;
const xr = country('xr');
const xb = country('xb');

describe('one colour per country across the site', () => {
  it('gives each country its place in the sorted list of ids, whatever order it is given in', () => {
    expect([...countryColours(['xr', 'xb', 'xf', 'xe', 'xl', 'xk', 'xg'])]).toEqual([
      ['xb', 0],
      ['xe', 1],
      ['xf', 2],
      ['xg', 3],
      ['xk', 4],
      ['xl', 5],
      ['xr', 6],
    ]);
  });

  it('repeats the palette past its size (labels and the legend still name each country)', () => {
    const ids = Array.from({ length: PALETTE_SIZE + 2 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    expect(countryColours(ids).get('c08')).toBe(0);
    expect(countryColours(ids).get('c09')).toBe(1);
  });

  it('keeps a country’s colour when a chart shows a subset of countries', () => {
    const all = chartView({ locale: 'en', spec: spec('followers-twitter'), data });
    const ruritania = chartView({ locale: 'en', spec: spec('followers-twitter'), data, countries: [xr] });
    const two = chartView({ locale: 'en', spec: spec('followers-twitter'), data, countries: [xr, xb] });
    expect(ruritania.colours).toBe('xr:6');
    expect(two.colours).toBe('xr:6 xb:0');
    expect(all.colours.split(' ').sort()).toEqual(['xb:0', 'xe:1', 'xg:3', 'xk:4', 'xl:5', 'xr:6']);
    // The bars carry the same slot in every chart.
    const slotOf = (m: BarPayload, label: string) => m.series[m.labels.indexOf(label)];
    expect(slotOf(ruritania.model as BarPayload, 'MAE @MAE_Ruritania')).toBe(6);
    expect(slotOf(two.model as BarPayload, 'MAE @MAE_Ruritania (XR)')).toBe(6);
    expect(slotOf(all.model as BarPayload, 'MAE @MAE_Ruritania (XR)')).toBe(6);
  });

  it('names each colour in a legend when the chart shows several countries, in the country list’s order', () => {
    const two = chartView({ locale: 'es', spec: spec('followers-twitter'), data, countries: [xr, xb] });
    expect(two.legend.filter((l) => l.country)).toEqual([
      { label: 'Borduria', slot: 0, country: 'xb', mark: 'filled' },
      { label: 'Ruritania', slot: 6, country: 'xr', mark: 'filled' },
    ]);
  });
  it('names only countries with a mark: a country whose accounts have no figure stays in the table, not in the legend', () => {
    const silent = structuredClone(xb);
    for (const institution of silent.institutions) for (const account of institution.accounts) account.observations = [];
    const view = chartView({ locale: 'en', spec: spec('followers-twitter'), data, countries: [xr, silent] });
    expect(view.legend.filter((l) => l.country).map((l) => l.country)).toEqual(['xr']);
    expect(view.rows.filter((r) => r.country.id === 'xb')).toHaveLength(13);
  });
});

describe('titles that say what and when, subtitles that define the measure', () => {
  it('dates a metric chart by its figures: one date, or the first and the last', () => {
    expect(chartView({ locale: 'en', spec: spec('followers-facebook'), data, countries: [xr, xb] }).title).toBe('Facebook followers of official accounts, March 2020');
    expect(chartView({ locale: 'es', spec: spec('followers-facebook'), data, countries: [xr, xb] }).title).toBe('Seguidores en Facebook de las cuentas oficiales, marzo de 2020');
    expect(chartView({ locale: 'en', spec: spec('views-youtube'), data, countries: [xr] }).title).toBe('YouTube views of official accounts, March 2020 to 15 January 2025');
    expect(chartView({ locale: 'es', spec: spec('views-youtube'), data, countries: [xr] }).title).toBe('Reproducciones en YouTube de las cuentas oficiales, de marzo de 2020 a 15 de enero de 2025');
  });

  it('defines the measure under the title, in each language', () => {
    expect(chartView({ locale: 'en', spec: spec('views-youtube'), data, countries: [xr] }).subtitle).toBe(
      'Total views of the videos on each official channel, as the source counted them on the date given.',
    );
    expect(chartView({ locale: 'es', spec: spec('followers-twitter'), data, countries: [xr] }).subtitle).toBe(
      'Número de cuentas que siguen a cada cuenta oficial, según la fuente, en la fecha indicada.',
    );
    expect(chartView({ locale: 'es', spec: spec('accounts-timeline'), data, countries: [xr] }).subtitle).toBe(
      'Fecha en que se abrió cada cuenta oficial, con la precisión que da la fuente.',
    );
  });

  it('spans dates in order, whatever order they come in, and says a single date once', () => {
    expect(dateSpan('en', ['2024-05', '2020-03', '2020-03'])).toBe('March 2020 to May 2024');
    expect(dateSpan('es', ['2020-03'])).toBe('marzo de 2020');
    expect(dateSpan('en', [])).toBeUndefined();
  });
});

describe('value labels: the figure as the source states it, in the page’s number format', () => {
  it('keeps "about" and the later figure, in English and Spanish', () => {
    const en = chartView({ locale: 'en', spec: spec('followers-twitter'), data, countries: [xr] }).model as BarPayload;
    expect(en.datasets.map((d) => d.display)).toEqual([
      ['123,456', 'about 45,000'],
      ['234,567', null],
    ]);
    const es = chartView({ locale: 'es', spec: spec('followers-twitter'), data, countries: [xr] }).model as BarPayload;
    expect(es.datasets.map((d) => d.display)).toEqual([
      ['123.456', 'unos 45.000'],
      ['234.567', null],
    ]);
  });

  it('keeps "more than" on both figures of the YouTube channel', () => {
    const es = chartView({ locale: 'es', spec: spec('views-youtube'), data, countries: [xr] }).model as BarPayload;
    expect(es.datasets.map((d) => d.display[0])).toEqual(['más de 750.000', 'más de 987.654']);
    const en = chartView({ locale: 'en', spec: spec('views-youtube'), data, countries: [xr] }).model as BarPayload;
    expect(en.datasets.map((d) => d.display[0])).toEqual(['more than 750,000', 'more than 987,654']);
  });
});

describe('a single figure is a sentence, not a chart', () => {
  it('states MAE’s only Facebook figure with its qualifier and date (Ruritania’s page)', () => {
    expect(chartView({ locale: 'en', spec: spec('followers-facebook'), data, countries: [xr] }).statement).toBe('MAE Facebook: almost 500,000 followers (March 2020)');
    expect(chartView({ locale: 'es', spec: spec('followers-facebook'), data, countries: [xr] }).statement).toBe('MAE Facebook: casi 500.000 seguidores (marzo de 2020)');
  });

  it('draws a chart as soon as there are two bars: two accounts, or one account then and now', () => {
    expect(chartView({ locale: 'en', spec: spec('followers-twitter'), data, countries: [xr] }).statement).toBeUndefined();
    // Borduria has no Facebook page: beside Ruritania's one figure, still a sentence.
    expect(chartView({ locale: 'en', spec: spec('followers-facebook'), data, countries: [xr, xb] }).statement).toBe('MAE Facebook: almost 500,000 followers (March 2020)');
    // One YouTube channel, two figures (2020 and 2025): a chart of then and now.
    expect(chartView({ locale: 'en', spec: spec('views-youtube'), data, countries: [xr] }).statement).toBeUndefined();
  });
});

describe('the SVG document of an export', () => {
  const colours = { bg: '#fdfcfa', text: '#1c1f24', muted: '#4f5661', line: '#d6d2c8', country: ['#1d4e89', '#b4491e', '#1f6f43', '#7b3fa0', '#8a6500', '#0b7480', '#b0306a', '#5c636d'] };
  const bars: BarPayload = {
    type: 'bar',
    locale: 'es-ES',
    axisLabel: 'Seguidores',
    labels: ['MAE @MAE_Ruritania (XR)', 'Borduria Foreign Ministry @BorduriaEmb01 (XB)'],
    series: [6, 0],
    datasets: [
      { label: 'marzo de 2020', data: [123456, 2000], display: ['123.456', 'casi 2.000'] },
      { label: 'mayo de 2024', data: [234567, null], display: ['234.567', null] },
    ],
  };
  const chart: SvgChart = {
    model: bars,
    title: 'Seguidores en Twitter de las cuentas oficiales, de marzo de 2020 a mayo de 2024',
    subtitle: 'Número de cuentas que siguen a cada cuenta oficial.',
    legend: [
      { label: 'Borduria', mark: 'filled', colour: '#1d4e89' },
      { label: 'Ruritania', mark: 'filled', colour: '#b0306a' },
      { label: 'marzo de 2020', mark: 'filled' },
      { label: 'mayo de 2024', mark: 'outlined' },
    ],
    credits: ['Fuentes: Ejemplo & Prueba, 2020; Fixture follow-up count, 2024. Licencia: CC BY 4.0.', 'Atlas de Diplomacia Digital · https://example.github.io/atlas/es/compare/#chart-followers-twitter'],
    colours,
  };
  const svg = chartSvg(chart);

  it('is a standalone SVG document named by its title', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="\d+" viewBox="0 0 800 \d+"/);
    expect(svg).toContain('<title>Seguidores en Twitter de las cuentas oficiales, de marzo de 2020 a mayo de 2024</title>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('holds the title, subtitle, legend, labels, value labels with qualifiers, credits and address, escaped', () => {
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const t of ['Borduria', 'Ruritania', 'marzo de 2020', 'mayo de 2024', 'MAE @MAE_Ruritania (XR)', '123.456', '234.567', 'casi 2.000', 'Seguidores']) expect(texts, t).toContain(t);
    expect(texts.join(' ')).toContain('Fuentes: Ejemplo &amp; Prueba, 2020');
    expect(texts.join(' ')).toContain('https://example.github.io/atlas/es/compare/#chart-followers-twitter');
    expect(svg).not.toMatch(/Ejemplo & Prueba/);
  });

  it('draws the first figure filled and the latest outlined, in the country’s colour', () => {
    expect(svg.match(/<rect [^>]*fill="#b0306a"\/>/g)).toHaveLength(2); // Ruritania's first bar and its legend swatch
    expect(svg.match(/<rect [^>]*fill="none" stroke="#b0306a" stroke-width="3"\/>/g)).toHaveLength(1);
    expect(svg.match(/fill="#1d4e89"/g)).toHaveLength(2); // Borduria's bar and swatch; it has no later figure
  });

  it('draws a timeline with circles, and a triangle where the sources disagree', () => {
    const timeline: TimelinePayload = {
      type: 'timeline',
      locale: 'en',
      labels: ['MAE @MAE_Ruritania · Twitter', 'MAE YouTube'],
      series: [6, 6],
      points: [
        { x: 2010.375, y: 0, text: 'May 2010', conflict: false },
        { x: 2011.5, y: 1, text: '2011 (Sources disagree)', conflict: true },
        { x: 2013.375, y: 1, text: 'June 2013 (Sources disagree)', conflict: true },
      ],
    };
    const out = chartSvg({ ...chart, model: timeline, legend: [{ label: 'The sources disagree on the date', mark: 'triangle' }] });
    expect(out.match(/<circle [^>]*fill="#b0306a"/g)).toHaveLength(1);
    // Two triangles on the chart, one in the legend (in the text colour).
    expect(out.match(/<path d="M[^"]*Z" fill="#b0306a"/g)).toHaveLength(2);
    expect(out.match(/<path d="M[^"]*Z" fill="#1c1f24"/g)).toHaveLength(1);
    for (const year of ['2010', '2011', '2012', '2013', '2014']) expect(out).toContain(`>${year}</text>`);
  });

  it('has round axis steps and wraps long lines at word boundaries', () => {
    expect(niceTicks(870000)).toEqual([0, 200000, 400000, 600000, 800000, 1000000]);
    expect(niceTicks(45)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(0)).toEqual([0]);
    expect(wrap('one two three four', 10 * 0.56 * 10, 10)).toEqual(['one two', 'three four']);
  });
});
