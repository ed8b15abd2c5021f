/**
 * Open-data derivations, the zip writer and the chart filter, on the fictional fixture tree
 * (tests/fixture-site/content). Expected rows, dates and file names are read by hand from its files;
 * zips are read back with Info-ZIP's `unzip`, an independent reader.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAtlasFromFiles } from '../support/content.ts';
import { loadEntriesFromFiles } from '../support/entries.ts';
import { allDatasets, bundleEntries, chartDataset, codebookCsv, datasetMeta, latestContentDate, toCsv } from '../../src/lib/datasets.ts';
import { chartSpecs, metricRows } from '../../src/lib/charts.ts';
import { barPayload } from '../../src/lib/chart-payload.ts';
import { chartHeight, filterPayload } from '../../src/lib/chart-filter.ts';
import { createZip } from '../../src/lib/zip.ts';
import { locales } from '../../src/i18n/config.ts';
import type { BarPayload } from '../../src/lib/chart-payload.ts';

const data = loadAtlasFromFiles();
const entries = loadEntriesFromFiles();

describe('datasets', () => {
  it('give every field a unit and a definition in every language, never a raw key', () => {
    for (const d of allDatasets(data)) {
      for (const f of d.fields) {
        for (const text of [...Object.values(f.unit), ...Object.values(f.description), ...Object.values(d.title), ...Object.values(d.description)]) {
          expect(text, `${d.id}.${f.name}`).not.toMatch(/^(data|chart)\.[a-z]/);
          expect(text.length).toBeGreaterThan(1);
        }
      }
      // Every row has exactly the codebook's columns.
      for (const row of d.rows) expect(Object.keys(row).sort(), d.id).toEqual(d.fields.map((f) => f.name).sort());
    }
  });

  it('are the comparison tables, each chart, then the account and observation lists', () => {
    expect(allDatasets(data).map((d) => d.id)).toEqual(['presence', 'features', 'network', 'followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline', 'accounts', 'observations']);
  });

  it('keep a chart’s rows as its table shows them: one per figure, and one "no data" row per account without', () => {
    const spec = chartSpecs(data).find((s) => s.id === 'followers-twitter')!;
    const d = chartDataset(data, spec);
    // 65 bulk accounts with one figure each; in Ruritania the MAE's two figures (2020 and 2024), PROMO's
    // one, and two accounts without a figure (the government's and @RuritaniaMFA_en).
    expect(d.rows).toHaveLength(65 + 2 + 1 + 2);
    const noData = d.rows.filter((r) => r.value === null);
    expect(noData.map((r) => `${r.institution_id} ${r.handle ?? '-'}`)).toEqual(['gob -', 'mae @RuritaniaMFA_en']);
    // A "no data" row names the source of the account itself.
    expect(noData.map((r) => r.source)).toEqual(['ficticia-2020', 'ficticia-2020']);
    const mae = d.rows.filter((r) => r.handle === '@MAE_Ruritania').map((r) => [r.value, r.as_of, r.source]);
    expect(mae).toEqual([
      [123456, '2020-03', 'ficticia-2020'],
      [234567, '2024-05', 'fixture-count-2024'],
    ]);
  });

  it('keep "early" or "late" in the account list’s creation dates, as the timeline does', () => {
    const accounts = allDatasets(data).find((d) => d.id === 'accounts')!;
    const created = (institution: string, platform: string, handle: string | null) =>
      accounts.rows.find((r) => r.country_id === 'xr' && r.institution_id === institution && r.platform === platform && r.handle === handle)!.created;
    // Ruritania: @RuritaniaMFA_en dates from "late 2012"; the MAE's YouTube channel has two claims, oldest first.
    expect(created('mae', 'twitter', '@RuritaniaMFA_en')).toEqual(['2012 late']);
    expect(created('mae', 'youtube', null)).toEqual(['2011', '2013-06']);
    expect(created('mae', 'twitter', '@MAE_Ruritania')).toEqual(['2010-05']);
    const timeline = chartDataset(data, chartSpecs(data).find((s) => s.id === 'accounts-timeline')!);
    expect(timeline.rows.filter((r) => r.handle === '@RuritaniaMFA_en').map((r) => [r.created, r.created_part])).toEqual([['2012', 'late']]);
  });

  it('say whether the source dates the features table', () => {
    const features = allDatasets(data).find((d) => d.id === 'features')!;
    const stated = (country: string) => [...new Set(features.rows.filter((r) => r.country_id === country).map((r) => `${r.as_of} ${r.as_of_stated}`))];
    // Ruritania's table is dated March 2020 by its source; Freedonia's gets the collection period.
    expect(stated('xr')).toEqual(['2020-03 true']);
    expect(stated('xf')).toEqual(['2020-03 false']);
  });

  it('date a release by the latest date in the content: figures, sources, then entries', () => {
    // Ruritania's latest figure: YouTube views counted on 15 January 2025 (fixture-count-2024).
    expect(latestContentDate(data)).toBe('2025-01-15');
    // estudio-ficticio was updated on 15 July 2025.
    expect(latestContentDate(data, entries)).toBe('2025-07-15');
  });

  it('date a release at the precision of its latest date', () => {
    const later = (asOf: string) => {
      const copy = structuredClone(data);
      copy.countries[0]!.institutions[0]!.accounts.push({ platform: 'twitter', source: 'ficticia-2020', created: [], observations: [{ metric: 'followers', value: 1, qualifier: 'exact', asOf, asOfStated: true, source: 'ficticia-2020' }] });
      return latestContentDate(copy);
    };
    expect(later('2099-01')).toBe('2099-01');
    expect(later('2099')).toBe('2099');
    // Within a year the more precise date is the later one.
    expect(later('2025')).toBe('2025-01-15');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and leaves no data empty', () => {
    const csv = toCsv([{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }], [
      { a: 'plain', b: 'with, comma', c: 'say "hi"', d: null },
      { a: true, b: 870000, c: ['twitter', 'facebook'], d: ' padded' },
    ]);
    expect(csv).toBe('a,b,c,d\r\nplain,"with, comma","say ""hi""",\r\ntrue,870000,twitter|facebook," padded"\r\n');
  });

  it('neutralises texts a spreadsheet would run as formulas (OWASP), and only texts', () => {
    const csv = toCsv([{ name: 'handle' }, { name: 'value' }], [
      { handle: '=HYPERLINK("https://evil.example","x")', value: -5 },
      { handle: '+1', value: 0 },
      { handle: '-2', value: null },
      { handle: '@SUM(A1)', value: null },
      { handle: '\tindented', value: null },
      { handle: '\rreturn', value: null },
      { handle: '@atlas_mx', value: 1 },
      { handle: 'a=b', value: null },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'handle,value',
      '"\'=HYPERLINK(""https://evil.example"",""x"")",-5',
      '"\'+1",0',
      '"\'-2",',
      '"\'@SUM(A1)",',
      '"\'\tindented",',
      '"\'\rreturn",',
      '"\'@atlas_mx",1',
      'a=b,',
      '',
    ]);
  });

  it('has one codebook line per field of every dataset', () => {
    const lines = codebookCsv(allDatasets(data)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(['dataset', 'field', 'type', ...locales.flatMap((l) => [`unit_${l}`, `description_${l}`])].join(','));
    expect(lines).toHaveLength(1 + allDatasets(data).reduce((n, d) => n + d.fields.length, 0));
    expect(lines.filter((l) => l.startsWith('views-youtube,')).map((l) => l.split(',')[1])).toEqual(observationColumns);
  });
});

/** The columns of a figures dataset, in order. */
const observationColumns = [
  'country_id', 'country_iso', ...textColumns('country_name'),
  'institution_id', 'institution_kind', 'institution_abbr', ...textColumns('institution_name'),
  'platform', 'handle', 'metric', 'value', 'qualifier', 'as_of', 'as_of_stated', 'source',
];
/** A text column per declared language (Spanish and English, and any a maintainer adds). */
function textColumns(base: string): string[] {
  return locales.map((l) => `${base}_${l}`);
}
/** A text's cells: its Spanish and English, and empty cells for the languages the fixture does not translate. */
function textCells(es: string, en: string): string[] {
  return locales.map((l) => (l === 'es' ? es : l === 'en' ? en : ''));
}

describe('zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes the zip to a file and runs Info-ZIP's `unzip` on it; fails if unzip is missing or fails. */
  function unzip(zip: Uint8Array, name: string, ...args: string[]): string {
    const file = join(dir, name);
    writeFileSync(file, zip);
    const run = spawnSync('unzip', [...args, file], { encoding: 'utf8' });
    if (run.error) throw new Error(`cannot run unzip (install Info-ZIP unzip): ${run.error.message}`);
    expect(run.status, run.stderr || run.stdout).toBe(0);
    return run.stdout;
  }
  const member = (zip: Uint8Array, name: string, path: string) => {
    const file = join(dir, name);
    writeFileSync(file, zip);
    const run = spawnSync('unzip', ['-p', file, path], { encoding: 'utf8' });
    if (run.error) throw new Error(`cannot run unzip: ${run.error.message}`);
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
  };

  // Each call builds its own list of files: the zip writer keeps one zip per list, so the same list
  // twice would only compare a cached zip with itself.
  const files = () => [
    { name: 'a.csv', content: 'x,y\r\n1,2\r\n' },
    { name: 'README.txt', content: 'Atlas — datos abiertos' },
  ];

  it('is byte for byte the same for the same files and date, built twice', () => {
    const one = createZip(files(), '2026-11-23');
    const two = createZip(files(), '2026-11-23');
    expect(two).not.toBe(one);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(Buffer.from(createZip(files(), '2026-11-24')).equals(Buffer.from(one))).toBe(false);
  });

  it('is a valid archive whose entries unzip back to their text, dated with the given day', () => {
    const zip = createZip(files(), '2026-11-23');
    expect(unzip(zip, 'small.zip', '-t')).toContain('No errors detected in compressed data');
    expect(unzip(zip, 'small.zip', '-Z1').trimEnd().split('\n')).toEqual(['a.csv', 'README.txt']);
    expect(member(zip, 'small.zip', 'a.csv')).toBe('x,y\r\n1,2\r\n');
    expect(member(zip, 'small.zip', 'README.txt')).toBe('Atlas — datos abiertos');
    // Zipinfo's decimal times: every entry at midnight of the release day, never the build time.
    const times = unzip(zip, 'small.zip', '-Z', '-T').match(/ \d{8}\.\d{6} /g);
    expect(times).toEqual([' 20261123.000000 ', ' 20261123.000000 ']);
  });

  describe('the data download (atlas-data.zip) of the fixture tree', () => {
    /** The whole download from a fresh read of the files, sharing nothing with another call. */
    const download = () => {
      const atlas = loadAtlasFromFiles();
      const list = loadEntriesFromFiles();
      const meta = datasetMeta(atlas, list);
      return { meta, files: bundleEntries(atlas, meta), zip: createZip(bundleEntries(atlas, meta), meta.date) };
    };
    const one = download();
    const two = download();

    it('is byte for byte the same when built twice from the same files', () => {
      expect(two.files).not.toBe(one.files);
      expect(two.zip).not.toBe(one.zip);
      expect(Buffer.from(one.zip).equals(Buffer.from(two.zip))).toBe(true);
    });

    it('is a valid archive with the README, the codebook, one CSV per dataset and the JSON bundle', () => {
      expect(unzip(one.zip, 'atlas-data.zip', '-t')).toContain('No errors detected in compressed data');
      expect(unzip(one.zip, 'atlas-data.zip', '-Z1').trimEnd().split('\n')).toEqual([
        'README.txt',
        'codebook.csv',
        'presence.csv',
        'features.csv',
        'network.csv',
        'followers-twitter.csv',
        'followers-facebook.csv',
        'views-youtube.csv',
        'accounts-timeline.csv',
        'accounts.csv',
        'observations.csv',
        'atlas.json',
      ]);
    });

    it('is dated by the content (estudio-ficticio updated on 15 July 2025), in every entry', () => {
      expect(one.meta.date).toBe('2025-07-15');
      const times = unzip(one.zip, 'atlas-data.zip', '-Z', '-T').match(/ \d{8}\.\d{6} /g);
      expect(times).toHaveLength(12);
      expect(new Set(times)).toEqual(new Set([' 20250715.000000 ']));
    });

    it('holds the YouTube views as Ruritania’s file states them', () => {
      const ruritaniaMae = ['xr', 'XR', ...textCells('Ruritania', 'Ruritania'), 'mae', 'foreign-ministry', 'MAE', ...textCells('Ministerio de Asuntos Exteriores de Ruritania', 'Ruritanian Ministry of Foreign Affairs (MAE)')].join(',');
      expect(member(one.zip, 'atlas-data.zip', 'views-youtube.csv')).toBe(
        `${observationColumns.join(',')}\r\n` +
          `${ruritaniaMae},youtube,,views,750000,more-than,2020-03,true,ficticia-2020\r\n` +
          `${ruritaniaMae},youtube,,views,987654,more-than,2025-01-15,true,fixture-count-2024\r\n`,
      );
    });
  });
});

describe('chart filter', () => {
  const payload = barPayload('es', metricRows(data.countries, 'twitter', 'followers'), 'Seguidores', 'es-ES', 'Twitter') as BarPayload;

  it('keeps only the chosen countries’ bars, with their colours', () => {
    const xr = filterPayload(payload, new Set(['xr'])) as BarPayload;
    // Ruritania's accounts with a figure: the MAE's and PROMO's.
    expect(xr.labels).toEqual(['MAE @MAE_Ruritania (XR)', 'PROMO @PromoRuritania (XR)']);
    expect(xr.labelCountries).toEqual(['xr', 'xr']);
    const colour = payload.series[payload.labelCountries!.indexOf('xr')];
    expect(xr.series).toEqual([colour, colour]);
    // Two accounts × two series (March 2020, and the MAE's May 2024 figure).
    expect(xr.datasets.map((d) => d.label)).toEqual(['marzo de 2020', 'mayo de 2024']);
    expect(chartHeight(xr)).toBe('13.4rem');
  });

  it('drops a series none of the chosen accounts has', () => {
    const xb = filterPayload(payload, new Set(['xb'])) as BarPayload;
    expect(xb.labels).toHaveLength(13);
    expect(xb.datasets.map((d) => d.label)).toEqual(['marzo de 2020']);
  });

  it('leaves nothing to draw for a country without accounts, or for no country', () => {
    const xf = filterPayload(payload, new Set(['xf'])) as BarPayload;
    expect(xf.labels).toEqual([]);
    expect(xf.datasets).toEqual([]);
    expect(chartHeight(xf)).toBe('10rem');
    expect((filterPayload(payload, new Set()) as BarPayload).datasets).toEqual([]);
  });

  it('leaves a payload without country ids as it is', () => {
    const { labelCountries: _, ...rest } = payload;
    expect(filterPayload(rest, new Set(['xr']))).toBe(rest);
  });
});
