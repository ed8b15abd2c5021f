/** Open-data derivations, the zip writer and the chart filter, on the real content files. */
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { loadAtlasFromFiles } from '../support/content.ts';
import { allDatasets, chartDataset, codebookCsv, latestContentDate, toCsv } from '../../src/lib/datasets.ts';
import { chartSpecs, metricRows } from '../../src/lib/charts.ts';
import { barPayload } from '../../src/lib/chart-payload.ts';
import { chartHeight, filterPayload } from '../../src/lib/chart-filter.ts';
import { createZip } from '../../src/lib/zip.ts';
import type { BarPayload } from '../../src/lib/chart-payload.ts';

const data = loadAtlasFromFiles();

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

  it('keep a chart’s rows, "no data" included, as its table shows them', () => {
    const spec = chartSpecs(data).find((s) => s.id === 'followers-twitter')!;
    const rows = metricRows(data.countries, 'twitter', 'followers');
    const d = chartDataset(data, spec);
    expect(d.rows).toHaveLength(rows.reduce((n, r) => n + Math.max(1, r.observations.length), 0));
    expect(d.rows.filter((r) => r.value === null).length).toBe(rows.filter((r) => r.observations.length === 0).length);
  });

  it('date a release by the latest date in the content, at its precision', () => {
    const base = latestContentDate(data);
    expect(base).toMatch(/^\d{4}(-\d\d){0,2}$/);
    const later = structuredClone(data);
    later.countries[0]!.institutions[0]!.accounts.push({ platform: 'twitter', source: 'benayas-2021', created: [], observations: [{ metric: 'followers', value: 1, qualifier: 'exact', asOf: '2099-01', asOfStated: true, source: 'benayas-2021' }] });
    expect(latestContentDate(later)).toBe('2099-01');
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

  it('has one codebook line per field of every dataset', () => {
    const lines = codebookCsv(allDatasets(data)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('dataset,field,type,unit_es,description_es,unit_en,description_en');
    expect(lines).toHaveLength(1 + allDatasets(data).reduce((n, d) => n + d.fields.length, 0));
  });
});

describe('zip', () => {
  it('is byte for byte the same for the same files and date, and its entries inflate back', () => {
    const files = [
      { name: 'a.csv', content: 'x,y\r\n1,2\r\n' },
      { name: 'README.txt', content: 'Atlas — datos abiertos' },
    ];
    const one = createZip(files, '2026-11-23');
    const two = createZip(files, '2026-11-23');
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(Buffer.from(createZip(files, '2026-11-24')).equals(Buffer.from(one))).toBe(false);
    const buf = Buffer.from(one);
    // First local header: deflate, the UTF-8 flag, the name, then the data.
    expect(buf.readUInt32LE(0)).toBe(0x04034b50);
    expect(buf.readUInt16LE(8)).toBe(8);
    const nameLength = buf.readUInt16LE(26);
    expect(buf.subarray(30, 30 + nameLength).toString()).toBe('a.csv');
    const size = buf.readUInt32LE(18);
    expect(inflateRawSync(buf.subarray(30 + nameLength, 30 + nameLength + size)).toString()).toBe(files[0]!.content);
  });
});

describe('chart filter', () => {
  const payload = barPayload('es', metricRows(data.countries, 'twitter', 'followers'), 'Seguidores', 'es-ES', 'Twitter') as BarPayload;

  it('keeps only the chosen countries’ bars, with their colours', () => {
    const cl = filterPayload(payload, new Set(['cl'])) as BarPayload;
    expect(cl.labelCountries!.every((c) => c === 'cl')).toBe(true);
    expect(cl.labels.length).toBe(payload.labelCountries!.filter((c) => c === 'cl').length);
    expect(new Set(cl.series)).toEqual(new Set(payload.series.filter((_, i) => payload.labelCountries![i] === 'cl')));
    expect(chartHeight(cl)).toBe('10rem');
    expect((filterPayload(payload, new Set()) as BarPayload).datasets).toEqual([]);
  });

  it('leaves a payload without country ids as it is', () => {
    const { labelCountries: _, ...rest } = payload;
    expect(filterPayload(rest, new Set(['cl']))).toBe(rest);
  });
});
