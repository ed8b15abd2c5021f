/**
 * Charts that stand on their own, in the fixture build (under /atlas/): every chart has an embed
 * page, /<lang>/embed/<chart>/, with minimal chrome, kept out of search engines, the sitemap and the
 * site search, whose table works without JavaScript; `_headers` lets other sites frame those pages
 * and no other; the figures carry their context in the HTML (dated title, subtitle, legend, footer)
 * and their numbers once, in the table. Expected values come from tests/fixture-site/content
 * (Ruritania's figures in xr.yaml; only Ruritania has Facebook and YouTube figures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../scripts/headers.ts';
import { chartSpecs } from '../../src/lib/charts.ts';
import { readChart } from '../../src/lib/chart-read.ts';
import type { BarPayload } from '../../src/lib/chart-payload.ts';
import { loadAtlasFromFiles } from '../support/content.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { allPages, builtSite, exists, pageDocument, readBuilt, text } from '../support/sites.ts';

const site = builtSite('fixture');
const charts = chartSpecs(loadAtlasFromFiles()).map((s) => s.id);
const embedPages = ['es', 'en'].flatMap((l) => charts.map((id) => `/${l}/embed/${id}/`));

describe('embed pages', () => {
  it('exist for every chart in each language', () => {
    expect(charts).toEqual(['followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline']);
    for (const path of embedPages) expect(exists(site, `${path}index.html`), path).toBe(true);
  });

  it('are noindex, with minimal chrome (no header, navigation or footer), links opening outside the frame', () => {
    for (const path of embedPages) {
      const doc = pageDocument(site, path);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
      expect(doc.querySelectorAll('header, nav, footer'), path).toHaveLength(0);
      expect(doc.querySelector('base')?.getAttribute('target'), path).toBe('_blank');
      expect(doc.querySelectorAll('main figure.chart'), path).toHaveLength(1);
      expect(doc.querySelector('h1')?.textContent, path).toBe(text(doc.querySelector('figcaption')));
    }
  });

  it('hold their table in the HTML, so that the data reads without JavaScript', () => {
    const doc = pageDocument(site, '/en/embed/views-youtube/');
    const rows = [...doc.querySelectorAll('figure.chart tbody tr')];
    // Ruritania's MAE YouTube channel and its later figure.
    expect(rows.map((r) => text(r.querySelector('td.num')))).toEqual(['more than 750,000', 'more than 987,654']);
    // The one copy of the numbers: no JSON beside the table.
    expect(readBuilt(site, '/en/embed/views-youtube/index.html')).not.toMatch(/data-chart=/);
  });

  it('stay out of the sitemap and the site search', () => {
    const sitemap = readBuilt(site, '/sitemap-0.xml');
    expect(sitemap).toContain('/atlas/en/compare/');
    expect(sitemap).not.toContain('/embed/');
    for (const path of embedPages) expect(readBuilt(site, `${path}index.html`), path).not.toContain('data-pagefind-body');
    // The other pages are indexed through data-pagefind-body, so Pagefind reads only those.
    expect(readBuilt(site, '/en/compare/index.html')).toContain('data-pagefind-body');
  });

  it('are the target of each figure’s Embed control, a country page’s keeping its country', () => {
    const compare = pageDocument(site, '/es/compare/');
    // Only Ruritania has a Facebook figure, one: a sentence, with no chart tools.
    const drawn = charts.filter((id) => id !== 'followers-facebook');
    for (const id of drawn) {
      const button = compare.querySelector(`#chart-${id} button[data-chart-tool="embed"]`);
      expect(button?.getAttribute('data-embed'), id).toBe(`/atlas/es/embed/${id}/`);
    }
    expect(compare.querySelector('#chart-followers-facebook.chart--single button')).toBeNull();
  });

  it('are offered only for a chart they show as it is: not for a country’s own accounts once the atlas charts one row per country', () => {
    // The fixture has 69 Twitter accounts (more than 60): the comparison and embed charts show one
    // row per country, so Ruritania's page, which lists all of its own accounts, offers no Embed code.
    const country = pageDocument(site, '/en/countries/xr/');
    expect(country.querySelector('#chart-followers-twitter button[data-chart-tool="png"]')).not.toBeNull();
    expect(country.querySelector('#chart-followers-twitter button[data-chart-tool="embed"]')).toBeNull();
    // YouTube views: one account in the whole fixture, so the embed page shows it as here, and the code keeps the country.
    expect(country.querySelector('#chart-views-youtube button[data-chart-tool="embed"]')?.getAttribute('data-embed')).toBe('/atlas/en/embed/views-youtube/?countries=xr');
    expect(pageDocument(site, '/en/compare/').querySelector('#chart-followers-twitter button[data-chart-tool="embed"]')?.getAttribute('data-embed')).toBe('/atlas/en/embed/followers-twitter/');
  });
});

describe('_headers: only embed pages may be framed', () => {
  const rules = parseHeadersFile(readFileSync(join(site.dist, '_headers'), 'utf8'));
  const framing = (path: string) => {
    const headers = headersFor(rules, path);
    return { ancestors: parsePolicy(headers['content-security-policy'] ?? '').get('frame-ancestors'), xfo: headers['x-frame-options'] };
  };

  it('lets any site frame an embed page', () => {
    for (const path of embedPages) expect(framing(`/atlas${path}`), path).toEqual({ ancestors: ['*'], xfo: undefined });
  });

  it('keeps frame-ancestors \'none\' and X-Frame-Options on every other page and file', () => {
    const others = allPages(site).filter((p) => !p.includes('/embed/'));
    expect(others.length).toBeGreaterThan(20);
    for (const path of [...others, '/', '/index.html', '/es/', '/es/index.html', '/404.html', '/robots.txt', '/data/followers-twitter.csv']) {
      expect(framing(`/atlas${path}`), path).toEqual({ ancestors: ["'none'"], xfo: 'DENY' });
    }
  });
});

describe('a figure carries its context and its numbers once', () => {
  it('has a dated title, a subtitle, a legend naming each country’s colour, and a footer with source, date, licence and method', () => {
    const doc = pageDocument(site, '/es/compare/');
    const figure = doc.querySelector('#chart-followers-twitter')!;
    // The comparison summarises past 60 accounts: the top account of each country, March 2020 (bulk.ts) and Ruritania's May 2024 figure.
    expect(text(figure.querySelector('figcaption'))).toBe('Seguidores en Twitter: la cuenta oficial con la cifra más alta de cada país, de marzo de 2020 a mayo de 2024');
    expect(text(figure.querySelector('.chart__subtitle'))).toBe('Número de cuentas que siguen a cada cuenta oficial, según la fuente, en la fecha indicada.');
    const legend = [...figure.querySelectorAll('.chart__legend li')].map((li) => [text(li), li.getAttribute('class') || null, li.getAttribute('data-mark')]);
    expect(legend).toEqual([
      ['Borduria', 'c0', 'filled'],
      ['Elbonia', 'c1', 'filled'],
      ['Genovia', 'c3', 'filled'],
      ['Kravia', 'c4', 'filled'],
      ['Latveria', 'c5', 'filled'],
      ['Ruritania', 'c6', 'filled'],
      ['marzo de 2020', null, 'filled'],
      ['mayo de 2024', null, 'outlined'],
    ]);
    const credit = text(figure.querySelector('.chart__credit'));
    // No "*": the summarised rows hold no figure dated by the collection period (PROMO's is not among them).
    expect(credit).toBe('Fuentes: Ejemplo & Prueba, 2020; Fixture follow-up count (not a real source), 2024. Fecha de los datos: de marzo de 2020 a mayo de 2024. Licencia: CC BY 4.0.');
    expect(figure.querySelector('.chart__credit a[rel="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(figure.querySelector('.chart__source a[href="/atlas/es/methodology/"]')).not.toBeNull();
  });

  it('gives the numbers once, in the table, which the chart reads back with the qualifiers in the page’s format', () => {
    const doc = pageDocument(site, '/en/countries/xr/');
    const model = readChart(doc.querySelector('#chart-followers-twitter')!, 'en') as BarPayload;
    expect(model.labels).toEqual(['MAE @MAE_Ruritania', 'PROMO @PromoRuritania']);
    expect(model.series).toEqual([6, 6]);
    expect(model.datasets.map((d) => [d.label, d.data, d.display])).toEqual([
      ['March 2020', [123456, 45000], ['123,456', 'about 45,000']],
      ['May 2024', [234567, null], ['234,567', null]],
    ]);
    expect(readBuilt(site, '/en/countries/xr/index.html')).not.toMatch(/data-chart=/);
  });

  it('states a single figure as a sentence instead of drawing one bar', () => {
    const doc = pageDocument(site, '/es/countries/xr/');
    const figure = doc.querySelector('#chart-followers-facebook')!;
    expect(text(figure.querySelector('.chart__statement'))).toBe('MAE Facebook: casi 500.000 seguidores (marzo de 2020)');
    expect(figure.querySelector('atlas-chart, canvas')).toBeNull();
    expect(figure.querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
