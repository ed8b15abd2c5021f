/**
 * Reader tools on the fixture site (tests/fixture-site/content, built under /atlas/): search page and
 * index, open-data downloads and the data page, chart and table tools, the country chooser's markup.
 * Expected ids, figures and dates are written by hand from the fixture files; the column lists of
 * each dataset come from the code's own description of it (allDatasets over the fixture files), so
 * the files are checked against their codebook, not against themselves. The browser behaviour is in
 * tests/e2e/reader-tools.test.ts.
 */
import { readChart } from '../../src/lib/chart-read.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, gunzipSync, inflateRawSync } from 'node:zlib';
import { builtSite, contentPages, exists, pageDocument, readPage, siteLocales, text } from '../support/sites.ts';
// The languages this process builds the datasets below for: the project's (tests/support/content.ts).
import { locales as projectLocales } from '../../src/i18n/config.ts';
import { loadAtlasFromFiles } from '../support/content.ts';
import { allDatasets } from '../../src/lib/datasets.ts';
import pkg from '../../package.json' with { type: 'json' };

const site = builtSite('fixture');
const basePath = '/atlas/';
const locales = ['es', 'en'] as const;
const doc = (path: string) => pageDocument(site, path);
const datasets = allDatasets(loadAtlasFromFiles());
/**
 * The datasets above are derived in this process, which knows Spanish and English; the fixture site
 * also declares French, and its files carry one more text column per translated field
 * (tests/site/third-locale.test.ts). Compare the rest, and check there is one French column per Spanish one.
 */
const fixtureLocales = Object.keys(siteLocales(site));
const onlyIn = (a: readonly string[], b: readonly string[]) => a.filter((l) => !b.includes(l));
const inLanguages = (codes: string[]) => (name: string) => codes.some((l) => name.endsWith(`_${l}`));
/** The site's extra language (French) and any the project has that the fixture lacks. */
const [extra, missing] = [onlyIn(fixtureLocales, projectLocales), onlyIn(projectLocales, fixtureLocales)];
const expectColumns = (built: string[], expected: string[], what: string) => {
  expect(built.filter((c) => !inLanguages(extra)(c)), what).toEqual(expected.filter((c) => !inLanguages(missing)(c)));
  for (const l of extra) expect(built.filter(inLanguages([l])).map((c) => c.replace(new RegExp(`_${l}$`), '_es')), what).toEqual(expected.filter((c) => c.endsWith('_es')));
};
const frenchColumns = (d: { fields: { name: string }[] }) => d.fields.filter((f) => f.name.endsWith('_es')).length * extra.length - d.fields.filter((f) => inLanguages(missing)(f.name)).length;
const file = (path: string) => readFileSync(join(site.dist, path));

/** What the fixture holds, by hand. */
const fixture = {
  countries: ['xb', 'xe', 'xf', 'xg', 'xk', 'xl', 'xr'],
  /** Ruritania 8 accounts, Freedonia none, five bulk countries 13 each. */
  accounts: 8 + 5 * 13,
  features: ['mission-list', 'consular-help', 'ministry-blog', 'user-survey'],
  platforms: ['twitter', 'facebook', 'youtube', 'instagram', 'mastodon'],
  charts: ['followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline'],
  datasets: ['presence', 'features', 'network', 'followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline', 'accounts', 'observations'],
  /** The newest date in the fixture content: estudio-ficticio's `updated`. */
  release: { date: '2025-07-15', es: '15 de julio de 2025', en: '15 July 2025' },
};
const featureDefinitions = {
  es: ['La web enumera las misiones del país ficticio en el exterior.', 'La web explica los trámites consulares.', 'Un blog institucional en la propia web.', 'Una encuesta sobre los servicios del sitio.'],
  en: ['The website lists the fictional country\'s missions abroad.', 'The website explains consular procedures.', 'An institutional blog on the website itself.', 'A survey on the site\'s services.'],
};

/** RFC 4180 parser, enough for our files: quoted cells with commas, quotes and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

/** The entries of a zip, read from its central directory; each checked against its CRC. */
function readZip(buf: Buffer): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const packed = buf.subarray(start, start + size);
    const body = method === 8 ? inflateRawSync(packed) : packed;
    expect(crc32(body), name).toBe(crc);
    out.set(name, body);
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('headline findings', () => {
  it.each(locales)('open the home and comparison pages, each number from the data with its date and source (%s)', (locale) => {
    const items = (path: string) => [...doc(path).querySelectorAll('main .findings li')].map(text);
    // MAE's Twitter: its later figure (234,567, May 2024, fixture-count-2024); PROMO: about 45,000, undated (March 2020*).
    const mae = locale === 'es' ? 'El ministerio ficticio de Ruritania tenía 234.567 seguidores en Twitter (mayo de 2024). (a mayo de 2024 · ' : "Ruritania's fictional ministry had 234,567 Twitter followers (May 2024). (as of May 2024 · ";
    const promo = locale === 'es' ? 'La agencia ficticia de promoción tenía unos 45.000 seguidores. (a marzo de 2020* · ' : 'The fictional promotion agency had about 45,000 followers. (as of March 2020* · ';
    expect(items(`/${locale}/`).map((t) => t.slice(0, mae.length))).toEqual([mae]);
    expect(items(`/${locale}/compare/`).map((t, i) => t.slice(0, [mae, promo][i]!.length))).toEqual([mae, promo]);
  });
});

describe('the methodology page', () => {
  it.each(locales)('is built from content/methodology/%s.mdx, and every table and chart tool row and the footer link to it', (locale) => {
    const page = doc(`/${locale}/methodology/`);
    expect(text(page.querySelector('h1'))).toBe(locale === 'es' ? 'Cómo medimos (ficticio)' : 'How we measure (fictional)');
    // A citation in the text lands on the page's references, as in an entry.
    expect(page.querySelector('main .cite a')?.getAttribute('href')).toBe('#ficticia-2020');
    expect(page.querySelector('.references #ficticia-2020')).not.toBeNull();
    const compare = doc(`/${locale}/compare/`);
    const rows = [...compare.querySelectorAll('.data-tools')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.querySelector(`a[href="${basePath}${locale}/methodology/"]`)).not.toBeNull();
    expect(compare.querySelector(`footer a[href="${basePath}${locale}/methodology/"]`)).not.toBeNull();
  });
});

describe('the changelog', () => {
  it.each(locales)('is on the data page, newest first, in the page language (%s)', (locale) => {
    const items = [...doc(`/${locale}/data/`).querySelectorAll('#changes + ol.changelog li')].map(text);
    expect(items).toEqual(
      locale === 'es'
        ? ['15 de septiembre de 2025Cifras ficticias de 2024 para Ruritania.', '1 de junio de 2025Primera versión ficticia.']
        : ['15 September 2025Fictional 2024 figures for Ruritania.', '1 June 2025First fictional release.'],
    );
  });
});

describe('search', () => {
  it('keeps the words of neighbouring cells, items and labels apart in its excerpts', () => {
    const dir = join(site.dist, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
    // Pagefind names pages by their path in dist/; the search script adds the base path.
    const xr = fragments.find((f) => f.url === "/en/countries/xr/")!;
    // The accounts table: a row header "Twitter" after the caption, the handle after the platform.
    expect(xr.content).toContain('Twitter @MAE_Ruritania');
    for (const f of fragments) expect(f.content, f.url).not.toMatch(/[a-z\d)](Twitter|Facebook|YouTube|Instagram|Yes|No)\b/);
  });

  it('has a search page per language, with a labelled form that is not itself indexed', () => {
    for (const locale of locales) {
      const d = doc(`/${locale}/search/`);
      const form = d.querySelector('form[role="search"]')!;
      expect(form.getAttribute('action')).toBe(`${basePath}${locale}/search/`);
      const input = form.querySelector('input[type="search"][name="q"]')!;
      expect(text(d.querySelector(`label[for="${input.getAttribute('id')}"]`))).not.toBe('');
      expect(form.querySelector('button[type="submit"]')).not.toBeNull();
      // Without JavaScript the page says search needs it; the script hides the notice.
      expect(text(d.querySelector('[data-search-noscript]'))).toMatch(/JavaScript/);
      expect(d.querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(false);
    }
  });

  it('loads nothing of Pagefind until the reader searches: the bundle is only named, never linked', () => {
    for (const locale of locales) {
      const html = readPage(site, `/${locale}/search/`);
      const d = doc(`/${locale}/search/`);
      expect(d.querySelector('atlas-search')!.getAttribute('data-bundle')).toBe(`${basePath}pagefind/pagefind.js`);
      expect([...d.querySelectorAll('script[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href'))).not.toContainEqual(expect.stringContaining('pagefind'));
      expect(html).not.toMatch(/pagefind-ui|pagefind-component-ui/);
    }
  });

  it('indexes every content page by its language, and leaves the header, footer and tools out', () => {
    // Filtered listings and a listing's later pages repeat entries that have their own pages: they stay out of the index.
    const filtered = (p: string) => /\/(articles|interviews)\/(tags|countries|page)\//.test(p);
    // Embed pages (a chart alone, for other sites' frames) stay out of the index: tests/site/charts-embed.test.ts.
    const localized = contentPages(site).filter((p) => /^\/(es|en)\//.test(p) && !p.includes('/search/') && !p.includes('/embed/'));
    for (const path of localized.filter(filtered)) expect(doc(path).querySelector('[data-pagefind-body]'), path).toBeNull();
    const pages = localized.filter((p) => !filtered(p));
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const d = doc(path);
      expect(d.querySelectorAll('[data-pagefind-body]'), path).toHaveLength(1);
      expect(d.querySelector('main')!.hasAttribute('data-pagefind-body'), path).toBe(true);
      for (const tools of d.querySelectorAll('.data-tools, .chooser')) expect(tools.hasAttribute('data-pagefind-ignore'), path).toBe(true);
    }
    const index = readdirSync(join(site.dist, 'pagefind'));
    for (const locale of locales) expect(index.some((f) => f.startsWith(`pagefind.${locale}_`) && f.endsWith('.pf_meta'))).toBe(true);
    expect(exists(site, 'pagefind/pagefind.js')).toBe(true);
  });

  it('links the search page from every page’s header, in the page’s language', () => {
    for (const locale of locales) {
      for (const path of [`/${locale}/`, `/${locale}/compare/`, `/${locale}/data/`]) {
        expect(doc(path).querySelector(`header a.header-search[href="${basePath}${locale}/search/"]`), path).not.toBeNull();
      }
    }
  });
});

describe('open data: downloads', () => {
  it('writes every dataset as CSV and JSON with the same rows and the codebook’s columns', () => {
    for (const d of datasets) {
      const csv = parseCsv(file(`data/${d.id}.csv`).toString('utf8'));
      const json = JSON.parse(file(`data/${d.id}.json`).toString('utf8')) as { fields: { name: string }[]; rows: unknown[]; licence: { id: string }; version: string };
      expectColumns(csv[0]!, d.fields.map((f) => f.name), d.id);
      expect(json.fields.map((f) => f.name)).toEqual(csv[0]);
      expect(csv.length - 1, d.id).toBe(json.rows.length);
      expect(json.rows.length).toBe(d.rows.length);
      expect(json.licence.id).toBe('CC-BY-4.0');
      expect(json.version).toBe(pkg.version);
    }
  });

  it('has a dataset for each comparison table and each chart, and the account and observation lists', () => {
    expect(datasets.map((d) => d.id)).toEqual(fixture.datasets);
    for (const id of fixture.datasets) expect(exists(site, `data/${id}.csv`) && exists(site, `data/${id}.json`), id).toBe(true);
  });

  it('lists every account once in the accounts dataset', () => {
    const json = JSON.parse(file('data/accounts.json').toString('utf8')) as { rows: unknown[] };
    expect(json.rows).toHaveLength(fixture.accounts);
  });

  it('carries the figures raw and language-neutral, with es and en labels', () => {
    const rows = parseCsv(file('data/followers-twitter.csv').toString('utf8'));
    const head = rows[0]!;
    const col = (row: string[], name: string) => row[head.indexOf(name)];
    // Handles start with "@", which spreadsheets would read as a formula: in CSV, after an apostrophe (OWASP).
    const mae = rows.find((r) => col(r, 'handle') === "'@MAE_Ruritania")!;
    expect([col(mae, 'country_id'), col(mae, 'country_name_es'), col(mae, 'country_name_en'), col(mae, 'institution_name_en'), col(mae, 'value'), col(mae, 'qualifier'), col(mae, 'as_of'), col(mae, 'source')]).toEqual([
      'xr', 'Ruritania', 'Ruritania', 'Ruritanian Ministry of Foreign Affairs (MAE)', '123456', 'exact', '2020-03', 'ficticia-2020',
    ]);
    const promo = rows.find((r) => col(r, 'handle') === "'@PromoRuritania")!;
    expect([col(promo, 'value'), col(promo, 'qualifier'), col(promo, 'as_of_stated')]).toEqual(['45000', 'about', 'false']);
  });

  it('leaves a figure the source does not give empty, not zero', () => {
    const rows = parseCsv(file('data/followers-twitter.csv').toString('utf8'));
    const head = rows[0]!;
    const col = (row: string[], name: string) => row[head.indexOf(name)];
    // Ruritania's government Twitter account: listed by the source, with no handle and no figure.
    const noFigure = rows.filter((r) => col(r, 'country_id') === 'xr' && col(r, 'institution_id') === 'gob');
    expect(noFigure.map((r) => [col(r, 'handle'), col(r, 'value')])).toEqual([['', '']]);
  });

  it('counts the website features present, and leaves the ones the profile does not state empty (null), not false', () => {
    const features = JSON.parse(file('data/features.json').toString('utf8')) as { rows: Record<string, unknown>[] };
    const of = (c: string) => Object.fromEntries(features.rows.filter((r) => r.country_id === c).map((r) => [r.feature_id, r.present]));
    expect(of('xr')).toEqual({ 'mission-list': true, 'consular-help': true, 'ministry-blog': false, 'user-survey': true });
    expect(of('xf')).toEqual({ 'mission-list': false, 'consular-help': true, 'ministry-blog': null, 'user-survey': null });
  });

  it('bundles everything in one JSON and one zip, dated by content and versioned by package.json', () => {
    const bundle = JSON.parse(file('data/atlas.json').toString('utf8')) as { version: string; date: string; datasets: { id: string }[]; countries: unknown[]; sources: unknown[]; vocabularies: Record<string, unknown[]> };
    expect(bundle.version).toBe(pkg.version);
    expect(bundle.date).toMatch(/^\d{4}(-\d\d){0,2}$/);
    expect(bundle.datasets.map((d) => d.id)).toEqual(datasets.map((d) => d.id));
    expect(bundle.countries).toHaveLength(fixture.countries.length);
    expect(Object.keys(bundle.vocabularies)).toEqual(['platforms', 'features', 'institutionKinds']);
    const zip = readZip(file('data/atlas-data.zip'));
    expect([...zip.keys()]).toEqual(['README.txt', 'codebook.csv', ...datasets.map((d) => `${d.id}.csv`), 'atlas.json']);
    expect(zip.get('presence.csv')!.equals(file('data/presence.csv'))).toBe(true);
    expect(zip.get('atlas.json')!.equals(file('data/atlas.json'))).toBe(true);
    expect(zip.get('README.txt')!.toString()).toContain('CC BY 4.0');
    const codebook = parseCsv(file('data/codebook.csv').toString('utf8'));
    expect(codebook.length - 1).toBe(datasets.reduce((n, d) => n + d.fields.length + frenchColumns(d), 0));
    // Every field has a definition in every language (no fallback to the raw key).
    for (const row of codebook.slice(1)) for (const cell of row) expect(cell, row.join(',')).not.toMatch(/^data\.(field|unit)\./);
  });
});

describe('open data: the data page', () => {
  for (const locale of locales) {
    it(`lists every dataset with its downloads and codebook, the licence, version, date and sources (${locale})`, () => {
      const d = doc(`/${locale}/data/`);
      for (const ds of datasets) {
        const section = d.querySelector(`#dataset-${ds.id}`)!;
        expect(section, ds.id).not.toBeNull();
        const hrefs = [...section.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
        expect(hrefs).toEqual([`${basePath}data/${ds.id}.csv`, `${basePath}data/${ds.id}.json`]);
        const fields = [...section.querySelectorAll('.codebook tbody th code')].map((c) => text(c));
        expectColumns(fields, ds.fields.map((f) => f.name), ds.id);
        for (const row of section.querySelectorAll('.codebook tbody tr')) expect(text(row.querySelectorAll('td')[2])).not.toBe('');
      }
      expect(d.querySelector(`a[href="${basePath}data/atlas-data.zip"][download]`)).not.toBeNull();
      expect(d.querySelector(`a[href="${basePath}data/atlas.json"][download]`)).not.toBeNull();
      expect(d.querySelector('a[rel~="license"][href="https://creativecommons.org/licenses/by/4.0/"]')).not.toBeNull();
      expect(text(d.querySelector('#licence + p'))).toMatch(/CC BY 4\.0/);
      expect(text(d.querySelector('[data-version]'))).toBe(pkg.version);
      // Vocabularies: every platform and every website feature is defined.
      for (const p of fixture.platforms) expect(text(d.querySelector('#vocab-platforms')?.closest('table'))).toContain(p);
      for (const f of featureDefinitions[locale]) expect(text(d.querySelector('#vocab-features')?.closest('table'))).toContain(f);
      // The sources the datasets cite, in order of first use: the network's (source, then the work
      // read in, in Ruritania's file) come before the later account figure.
      expect([...d.querySelectorAll('#sources ~ ul.references li')].map((li) => li.id)).toEqual(['ficticia-2020', 'fixture-index-2020', 'fixture-index-table', 'fixture-index-2024', 'fixture-count-2024']);
    });
  }

  it('dates the release by the newest content, the same in both languages and in the files', () => {
    const bundle = JSON.parse(file('data/atlas.json').toString('utf8')) as { date: string };
    expect(bundle.date).toBe(fixture.release.date);
    for (const locale of locales) {
      const time = doc(`/${locale}/data/`).querySelector('time[data-date]')!;
      expect([time.getAttribute('datetime'), text(time)], locale).toEqual([fixture.release.date, fixture.release[locale]]);
    }
  });

  it('is linked from every page’s footer', () => {
    for (const locale of locales) {
      // Embed pages have no footer: their chart's own footer links the atlas (tests/site/charts-embed.test.ts).
      for (const path of contentPages(site).filter((p) => p.startsWith(`/${locale}/`) && !p.includes('/embed/'))) {
        expect(doc(path).querySelector(`.site-footer a[href="${basePath}${locale}/data/"]`), path).not.toBeNull();
      }
    }
  });
});

describe('tools beside every table and chart', () => {
  for (const locale of locales) {
    it(`gives each comparison table and chart a permalink and its CSV and JSON (${locale})`, () => {
      const d = doc(`/${locale}/compare/`);
      const targets = ['table-presence', 'table-features', ...fixture.charts.map((id) => `chart-${id}`)];
      for (const id of targets) {
        const target = d.getElementById(id)!;
        expect(target, id).not.toBeNull();
        const tools = id.startsWith('chart-') ? target.querySelector('.data-tools')! : target.closest('.table-scroll')!.previousElementSibling!;
        expect(tools.classList.contains('data-tools'), id).toBe(true);
        expect(tools.querySelector(`a[href="#${id}"]`), id).not.toBeNull();
        const downloads = [...tools.querySelectorAll('a[download]')].map((a) => a.getAttribute('href')!);
        expect(downloads, id).toHaveLength(2);
        for (const href of downloads) expect(exists(site, href.slice(basePath.length)), href).toBe(true);
      }
    });

    it(`renders chart buttons hidden until a script can make them work, the table always present (${locale})`, () => {
      const d = doc(`/${locale}/compare/`);
      // A single figure is a sentence (.chart--single): nothing to switch, export or embed.
      for (const figure of d.querySelectorAll('figure.chart:not(.chart--single)')) {
        const buttons = [...figure.querySelectorAll('button[data-chart-tool]')];
        expect(buttons.map((b) => b.getAttribute('data-chart-tool'))).toEqual(['table', 'png', 'svg', 'embed']);
        for (const b of buttons) {
          expect(b.hasAttribute('hidden')).toBe(true);
          expect(b.getAttribute('type')).toBe('button');
        }
        // The switch says what it shows next: the table first, then the chart.
        expect([buttons[0]!.textContent, buttons[0]!.getAttribute('data-label-table')]).toEqual([buttons[0]!.getAttribute('data-label-table'), locale === 'es' ? 'Ver como tabla' : 'Show as table']);
        expect(buttons[0]!.getAttribute('data-label-chart')).toBe(locale === 'es' ? 'Ver como gráfico' : 'Show as chart');
        const table = d.getElementById(buttons[0]!.getAttribute('aria-controls')!)!;
        expect(table.querySelector('table tbody tr')).not.toBeNull();
        expect(table.hasAttribute('hidden')).toBe(false);
      }
    });

    it(`marks every per-country cell and chart row for the chooser, which is hidden without JavaScript (${locale})`, () => {
      const d = doc(`/${locale}/compare/`);
      const form = d.querySelector('.chooser')!;
      expect(form.hasAttribute('hidden')).toBe(true);
      const boxes = [...form.querySelectorAll('input[type="checkbox"][name="countries"]')];
      expect(boxes.map((b) => b.getAttribute('value')).sort()).toEqual(fixture.countries);
      for (const b of boxes) expect(b.hasAttribute('checked')).toBe(true);
      for (const c of fixture.countries) {
        // Header, one cell per feature, total.
        expect(d.querySelectorAll(`#table-features [data-country="${c}"]`), c).toHaveLength(fixture.features.length + 2);
        expect(d.querySelectorAll(`#table-presence thead [data-country="${c}"]`), c).toHaveLength(4);
      }
      for (const row of d.querySelectorAll('figure.chart tbody tr')) expect(row.getAttribute('data-country')).toMatch(/^[a-z]+$/);
      for (const chart of d.querySelectorAll('atlas-chart')) {
        const p = readChart(chart.closest('figure')!, locale)!;
        expect(p.labelCountries).toHaveLength(p.labels.length);
        expect(p.labelCountries!.every((c) => fixture.countries.includes(c))).toBe(true);
      }
    });
  }

  it('gives the country pages’ tables and charts the same tools, noting that the download covers all countries', () => {
    const d = doc('/es/countries/xr/');
    for (const id of ['table-features', 'table-network']) {
      const tools = d.getElementById(id)!.closest('.table-scroll')!.previousElementSibling!;
      expect(tools.classList.contains('data-tools'), id).toBe(true);
      expect(text(tools)).toContain('todos los países');
    }
    expect(d.querySelectorAll('figure.chart .data-tools a[download]').length).toBeGreaterThan(0);
  });
});
