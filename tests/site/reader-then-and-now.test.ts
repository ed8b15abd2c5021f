/**
 * Then and now. A temporary copy of the project gets the later observations of
 * tests/fixtures/then-and-now/overlay.yaml added to copies of the country files, and is built into
 * its own folder (the real content/ and dist/ are never touched). The charts, their tables, the
 * downloads and the country pages must show the study's 2019 figure beside the later one, each
 * with its date and source, and must not give any other account a later figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseHTML } from 'linkedom';
import { tempProject, type TempProject } from '../support/temp-project.ts';
import type { BarPayload } from '../../src/lib/chart-payload.ts';

interface Overlay {
  sources: Record<string, unknown>[];
  observations: { country: string; institution: string; platform: string; add: Record<string, unknown> }[];
}
type Yaml = Record<string, any>;

const overlay = parse(readFileSync(join(process.cwd(), 'tests/fixtures/then-and-now/overlay.yaml'), 'utf8')) as Overlay;
let project: TempProject;

const page = (path: string) => parseHTML(readFileSync(join(project.outDir, path, 'index.html'), 'utf8')).document;
const file = (path: string) => readFileSync(join(project.outDir, path), 'utf8');
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const payload = (doc: Document, chart: string) => JSON.parse(doc.querySelector(`#chart-${chart} atlas-chart`)!.getAttribute('data-chart')!) as BarPayload;

beforeAll(() => {
  project = tempProject('atlas-then-and-now-');
  for (const id of new Set(overlay.observations.map((o) => o.country))) {
    const country = parse(project.read(`countries/${id}.yaml`)) as Yaml;
    for (const o of overlay.observations.filter((x) => x.country === id)) {
      const institution = (country.institutions as Yaml[]).find((i) => i.id === o.institution)!;
      const account = (institution.accounts as Yaml[]).find((a) => a.platform === o.platform)!;
      account.observations = [...(account.observations ?? []), o.add];
    }
    project.write(`countries/${id}.yaml`, stringify(country));
  }
  project.write('sources.yaml', `${project.read('sources.yaml')}\n${stringify(overlay.sources)}`);
  const result = project.build();
  if (result.status !== 0) throw new Error(`the then-and-now build failed:\n${result.output.slice(-3000)}`);
}, 240_000);

afterAll(() => project?.remove());

describe('then and now: charts', () => {
  it('draws the first and the latest figure as two series named by their date, and gives only the re-observed account a later bar', () => {
    const es = payload(page('es/compare'), 'followers-twitter');
    expect(es.datasets.map((d) => d.label)).toEqual(['febrero de 2019', 'mayo de 2024']);
    const sre = es.labels.findIndex((l) => l.startsWith('SRE @SRE_mx'));
    expect(es.datasets[0]!.data[sre]).toBe(870000);
    expect(es.datasets[1]!.data[sre]).toBe(1234567);
    expect(es.datasets[1]!.display[sre]).toBe('1.234.567');
    // No later figure is invented: every other account has none at the later date.
    expect(es.datasets[1]!.data.filter((v) => v !== null)).toEqual([1234567]);
    const en = payload(page('en/compare'), 'followers-twitter');
    expect(en.datasets.map((d) => d.label)).toEqual(['February 2019', 'May 2024']);
    expect(en.datasets[1]!.display[sre]).toBe('1,234,567');
  });

  it('keeps the source’s qualifier and day precision on a later figure', () => {
    const es = payload(page('es/compare'), 'views-youtube');
    expect(es.datasets.map((d) => d.label)).toEqual(['febrero de 2019', '15 de enero de 2025']);
    const minrel = es.labels.findIndex((l) => l.startsWith('Minrel'));
    expect(es.datasets[1]!.display[minrel]).toBe('más de 987.654');
    expect(es.datasets[1]!.data.filter((v) => v !== null)).toHaveLength(1);
  });

  it('leaves charts without later figures with a single series', () => {
    expect(payload(page('es/compare'), 'followers-facebook').datasets).toHaveLength(1);
  });
});

describe('then and now: chart tables', () => {
  for (const [locale, study, later, laterDate] of [
    ['es', '870.000', '1.234.567', 'a mayo de 2024'],
    ['en', '870,000', '1,234,567', 'as of May 2024'],
  ] as const) {
    it(`lists the later figure under the study's, with its date and source (${locale})`, () => {
      const doc = page(`${locale}/compare`);
      const rows = [...doc.querySelectorAll('#chart-followers-twitter-table tbody tr')];
      const first = rows.findIndex((r) => text(r.querySelector('th')).startsWith('SRE @SRE_mx'));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(rows[first]!.querySelector('th')!.getAttribute('rowspan')).toBe('2');
      expect(text(rows[first]!.querySelector('td.num'))).toBe(study);
      expect(text(rows[first])).toContain('Benayas');
      const next = rows[first + 1]!;
      expect(next.classList.contains('chart__later')).toBe(true);
      expect(next.getAttribute('data-country')).toBe('mx');
      expect(text(next.querySelector('td.num'))).toBe(later);
      expect(text(next)).toContain(laterDate);
      expect(text(next)).toContain('Test fixture');
      expect(text(doc.querySelector('#chart-followers-twitter .chart__source'))).toContain(locale === 'es' ? 'cifras posteriores' : 'later than the study');
    });
  }
});

describe('then and now: country pages', () => {
  it('lists each metric oldest first with its date, citing the later source', () => {
    const doc = page('es/countries/mx');
    const row = [...doc.querySelectorAll('#institution-sre ~ * tbody tr, section.institution tbody tr')].find((r) => text(r.querySelector('th')) === 'Twitter' && text(r).includes('@SRE_mx'))!;
    const figures = text(row.querySelectorAll('td')[2]);
    expect(figures).toMatch(/870\.000 seguidores \(a febrero de 2019\).*1\.234\.567 seguidores \(a mayo de 2024, Test fixture/);
    const chart = payload(doc, 'followers-twitter');
    expect(chart.datasets).toHaveLength(2);
    const en = text([...page('en/countries/cl').querySelectorAll('section.institution tbody tr')].find((r) => text(r.querySelector('th')) === 'YouTube' && text(r).includes('670,000')));
    expect(en).toMatch(/more than 670,000 views \(as of February 2019\*?\).*more than 987,654 views \(as of 15 January 2025, Test fixture/);
  });
});

describe('then and now: downloads', () => {
  it('puts both figures in the chart’s CSV and in the observations dataset', () => {
    for (const name of ['followers-twitter.csv', 'observations.csv']) {
      const lines = file(`data/${name}`).split('\r\n');
      const sre = lines.filter((l) => l.startsWith('mx,MX,') && l.includes(',sre,') && l.includes(',twitter,') && l.includes(',followers,'));
      expect(sre.map((l) => l.split(',').slice(-5))).toEqual([
        ['870000', 'exact', '2019-02', 'true', 'benayas-2021'],
        ['1234567', 'exact', '2024-05', 'true', 'fixture-later-count'],
      ]);
    }
    const json = JSON.parse(file('data/views-youtube.json')) as { rows: Record<string, unknown>[] };
    const later = json.rows.filter((r) => r.as_of === '2025-01-15');
    expect(later).toEqual([expect.objectContaining({ country_id: 'cl', institution_id: 'minrel', value: 987654, qualifier: 'more-than', source: 'fixture-later-count' })]);
  });

  it('dates the release by its newest content, not by the build', () => {
    const meta = JSON.parse(file('data/atlas.json')) as { date: string };
    expect(meta.date >= '2025-01-15').toBe(true);
  });
});
