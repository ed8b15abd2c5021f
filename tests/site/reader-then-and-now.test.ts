/**
 * Then and now, on the fixture site (built under /atlas/). In tests/fixture-site/content/countries/xr.yaml
 * Ruritania's @MAE_Ruritania (institution "mae") has 123456 followers as of 2020-03 (source
 * ficticia-2020) and 234567 as of 2024-05 (source fixture-count-2024), and MAE's YouTube channel more
 * than 750000 views as of 2020-03 and more than 987654 on 2025-01-15; no other account has a later
 * figure. The charts, their tables, the downloads and the country page must show the first figure
 * beside the later one, each with its date, qualifier and source, and must give no other account a
 * later figure. Expected values are written by hand from that file.
 */
import { describe, expect, it } from 'vitest';
import { builtSite, pageDocument, readBuilt, text } from '../support/sites.ts';
import type { BarPayload } from '../../src/lib/chart-payload.ts';
import { readChart } from '../../src/lib/chart-read.ts';

const site = builtSite('fixture');
const page = (path: string) => pageDocument(site, path);
// What the chart draws: read from its table by the same function the browser runs (the page holds the numbers once).
const payload = (doc: Document, chart: string) => readChart(doc.querySelector(`#chart-${chart}`)!, 'x') as BarPayload;

describe('then and now: charts', () => {
  for (const [locale, dates, later] of [
    ['es', ['marzo de 2020', 'mayo de 2024'], '234.567'],
    ['en', ['March 2020', 'May 2024'], '234,567'],
  ] as const) {
    it(`draws the first and the latest figure as two series named by their date, and gives only the re-observed account a later bar (comparison, ${locale})`, () => {
      const chart = payload(page(`/${locale}/compare/`), 'followers-twitter');
      expect(chart.datasets.map((d) => d.label)).toEqual(dates);
      const mae = chart.labels.findIndex((l) => l.startsWith('MAE @MAE_Ruritania'));
      expect(mae).toBeGreaterThanOrEqual(0);
      expect(chart.datasets.map((d) => d.data[mae])).toEqual([123456, 234567]);
      expect(chart.datasets[1]!.display[mae]).toBe(later);
      // No later figure is invented: every other account has none at the later date.
      expect(chart.datasets[1]!.data.filter((v) => v !== null)).toEqual([234567]);
    });
  }

  it('does the same on the country page', () => {
    const chart = payload(page('/es/countries/xr/'), 'followers-twitter');
    expect(chart.datasets.map((d) => d.label)).toEqual(['marzo de 2020', 'mayo de 2024']);
    const mae = chart.labels.findIndex((l) => l.startsWith('MAE @MAE_Ruritania'));
    expect(chart.datasets.map((d) => d.data[mae])).toEqual([123456, 234567]);
    expect(chart.datasets[1]!.data.filter((v) => v !== null)).toEqual([234567]);
  });

  it('leaves charts without later figures with a single series, its date in the title', () => {
    const doc = page('/es/compare/');
    expect(payload(doc, 'followers-facebook').datasets).toHaveLength(1);
    expect(text(doc.querySelector('#chart-followers-facebook figcaption'))).toMatch(/, marzo de 2020$/);
  });

  // MAE's YouTube channel: "more than 750,000" views in March 2020, "more than 987,654" on 15 January 2025.
  it('keeps the source’s qualifier and day precision on a later figure', () => {
    for (const [locale, dates, display] of [
      ['es', ['marzo de 2020', '15 de enero de 2025'], ['más de 750.000', 'más de 987.654']],
      ['en', ['March 2020', '15 January 2025'], ['more than 750,000', 'more than 987,654']],
    ] as const) {
      const chart = payload(page(`/${locale}/compare/`), 'views-youtube');
      expect(chart.datasets.map((d) => d.label), locale).toEqual(dates);
      expect(chart.datasets.map((d) => d.display[0]), locale).toEqual(display);
      expect(chart.datasets[1]!.data.filter((v) => v !== null), locale).toEqual([987654]);
    }
  });
});

describe('then and now: chart tables', () => {
  for (const [locale, first, later, laterDate, note] of [
    ['es', '123.456', '234.567', 'a mayo de 2024', 'cifras posteriores'],
    ['en', '123,456', '234,567', 'as of May 2024', 'later than the first one recorded'],
  ] as const) {
    it(`lists the later figure under the first one, with its date and source (${locale})`, () => {
      const doc = page(`/${locale}/compare/`);
      const rows = [...doc.querySelectorAll('#chart-followers-twitter-table tbody tr')];
      const at = rows.findIndex((r) => text(r.querySelector('th')).startsWith('MAE @MAE_Ruritania'));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(rows[at]!.querySelector('th')!.getAttribute('rowspan')).toBe('2');
      expect(text(rows[at]!.querySelector('td.num'))).toBe(first);
      expect(text(rows[at])).toContain('Ejemplo & Prueba, 2020');
      const next = rows[at + 1]!;
      expect(next.classList.contains('chart__later')).toBe(true);
      expect(next.getAttribute('data-country')).toBe('xr');
      expect(text(next.querySelector('td.num'))).toBe(later);
      expect(text(next)).toContain(laterDate);
      expect(text(next)).toContain('Fixture follow-up count (not a real source), 2024');
      expect(doc.querySelectorAll('#chart-followers-twitter-table tr.chart__later')).toHaveLength(1);
      expect(text(doc.querySelector('#chart-followers-twitter .chart__source'))).toContain(note);
    });
  }
});

describe('then and now: country pages', () => {
  const figures = (locale: string) => {
    const row = [...page(`/${locale}/countries/xr/`).querySelectorAll('section.institution tbody tr')].find((r) => text(r.querySelector('th')) === 'Twitter' && text(r).includes('@MAE_Ruritania'))!;
    return text(row.querySelectorAll('td')[2]);
  };

  it('lists each metric oldest first with its date, citing the later source (es)', () => {
    expect(figures('es')).toMatch(/^123\.456 seguidores \(a marzo de 2020\) ?234\.567 seguidores \(a mayo de 2024, Fixture follow-up count \(not a real source\), 2024\)/);
  });

  it('lists each metric oldest first with its date, citing the later source (en)', () => {
    expect(figures('en')).toMatch(/^123,456 followers \(as of March 2020\) ?234,567 followers \(as of May 2024, Fixture follow-up count \(not a real source\), 2024\)/);
  });
});

describe('then and now: downloads', () => {
  it.each(['followers-twitter.csv', 'observations.csv'])('puts both figures in %s', (name) => {
    const lines = readBuilt(site, `data/${name}`).split('\r\n');
    // A handle starts with "@", which spreadsheets read as a formula: the CSV writes it after an apostrophe.
    const mae = lines.filter((l) => l.startsWith('xr,XR,') && l.includes(',mae,') && l.includes(`,twitter,"'@MAE_Ruritania",followers,`));
    expect(mae.map((l) => l.split(',').slice(-5))).toEqual([
      ['123456', 'exact', '2020-03', 'true', 'ficticia-2020'],
      ['234567', 'exact', '2024-05', 'true', 'fixture-count-2024'],
    ]);
  });

  it('gives no other account a later figure in the chart’s JSON', () => {
    const json = JSON.parse(readBuilt(site, 'data/followers-twitter.json')) as { rows: Record<string, unknown>[] };
    expect(json.rows.filter((r) => r.as_of === '2024-05')).toEqual([
      expect.objectContaining({ country_id: 'xr', institution_id: 'mae', handle: '@MAE_Ruritania', value: 234567, qualifier: 'exact', source: 'fixture-count-2024' }),
    ]);
  });

  it('dates the release by its newest content, not by the build', () => {
    // The newest date anywhere in the fixture content: estudio-ficticio's `updated: 2025-07-15`
    // (the later count is 2024-05, the newest entry was published 2025-06-01).
    expect((JSON.parse(readBuilt(site, 'data/atlas.json')) as { date: string }).date).toBe('2025-07-15');
  });
});

/**
 * The diplomatic network, on the same fixture build. Ruritania (xr.yaml) has three observations:
 * Ejemplo & Prueba (2020) as of March 2020 (40, 20, 3, 2; websites 38, 19, none, 1), the fictional
 * index's 2020 edition as of 2020, read in a fictional table (40, 23, 3, 2; 7th of 30), and its 2024
 * edition as of 2023, date inferred (43, 21, 4, other offices not counted; 6th). The first two speak of
 * 2020 and disagree on consulates. Freedonia (xf.yaml) has none.
 */
describe('then and now: the diplomatic network', () => {
  const rowsOf = (scope: Element) => [...scope.querySelectorAll('tr')].filter((tr) => tr.querySelector('th[scope="row"]'));
  const cells = (tr: Element) => [...tr.querySelectorAll('td')].map(text);

  for (const [locale, l] of [
    ['es', { dates: ['marzo de 2020', '2020', '2023 (fecha inferida)', 'Variación 2020 → 2023'], conflict: 'Las fuentes no coinciden', none: 'sin datos', web: '38 con sitio web', rank: ['7.º de 30', '6.º', '7.º → 6.º'], via: 'leído en Fixture table of network indexes (not a real source), s. f.' }],
    ['en', { dates: ['March 2020', '2020', '2023 (date inferred)', 'Change 2020 → 2023'], conflict: 'Sources disagree', none: 'no data', web: '38 with a website', rank: ['7th of 30', '6th', '7th → 6th'], via: 'read in Fixture table of network indexes (not a real source), n.d.' }],
  ] as const) {
    it(`the country page shows each observation oldest first with its date and source, the disagreement and the change (${locale})`, () => {
      const table = page(`/${locale}/countries/xr/`).querySelector('#table-network')!;
      expect(table.querySelector('caption')).not.toBeNull();
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      const rows = rowsOf(table);
      expect(rows.map((tr) => text(tr.querySelector('th')))).toEqual([
        `${l.dates[0]} Ejemplo & Prueba, 2020`,
        `${l.dates[1]} Instituto Imaginario, 2020; ${l.via}`,
        `${l.dates[2]} Instituto Imaginario, 2024; ${l.via}`,
        l.dates[3],
      ]);
      // Counts: first word of each cell (notes follow it); the sum only where all four kinds are counted.
      expect(rows.map((tr) => cells(tr).map((c) => c.split(' ')[0]))).toEqual([
        ['40', '20', '3', '2', '65', l.none.split(' ')[0]],
        ['40', '23', '3', '2', '68', l.rank[0].split(' ')[0]],
        ['43', '21', '4', l.none.split(' ')[0], l.none.split(' ')[0], l.rank[1]],
        ['+3', expect.stringMatching(/^[-−]2$/), '+1', l.none.split(' ')[0], l.none.split(' ')[0], l.rank[2].split(' ')[0]],
      ]);
      expect(cells(rows[0]!)[0]).toContain(l.web);
      expect(cells(rows[1]!)[5]).toBe(l.rank[0]);
      expect(cells(rows[3]!)[5]).toBe(l.rank[2]);
      // The consulates of the two observations of 2020, and nothing else, are flagged.
      expect(rows.map((tr) => cells(tr).map((c) => c.includes(l.conflict)))).toEqual([
        [false, true, false, false, false, false],
        [false, true, false, false, false, false],
        [false, false, false, false, false, false],
        [false, false, false, false, false, false],
      ]);
      expect(text(table.closest('.table-scroll')!.nextElementSibling)).toContain(locale === 'es' ? 'Edición de 2024; el año 2023 se infiere.' : '2024 edition; 2023 is inferred.');
    });
  }

  it('the comparison page groups the observations by country, Freedonia as "no data"', () => {
    const table = page('/en/compare/').querySelector('#table-network')!;
    const group = (name: string) => [...table.querySelectorAll('tbody')].find((tb) => text(tb.querySelector('th[scope="rowgroup"]')) === name)!;
    expect(group('Ruritania').getAttribute('data-country')).toBe('xr');
    expect(rowsOf(group('Ruritania'))).toHaveLength(4);
    expect(rowsOf(group('Freedonia'))).toHaveLength(0);
    expect(text(group('Freedonia').querySelector('td'))).toBe('no data');
  });

  it('a country page without observations says so in a sentence, not an empty table', () => {
    const none = page('/en/countries/xf/').querySelector('#table-network')!;
    expect(none.tagName).toBe('P');
    expect(text(none)).toBe("The atlas's sources give no figures for this country's diplomatic network.");
  });

  it('the download carries every observation with its date, source and the work it was read in', () => {
    const rows = (JSON.parse(readBuilt(site, 'data/network.json')) as { rows: Record<string, unknown>[] }).rows.filter((r) => r.country_id === 'xr' && r.network_kind === 'consulates');
    expect(rows.map((r) => [r.as_of, r.as_of_stated, r.source, r.via, r.total, r.total_conflict])).toEqual([
      ['2020-03', true, 'ficticia-2020', null, 20, true],
      ['2020', true, 'fixture-index-2020', 'fixture-index-table', 23, true],
      ['2023', false, 'fixture-index-2024', 'fixture-index-table', 21, false],
    ]);
    const csv = readBuilt(site, 'data/network.csv').split('\r\n');
    // A text column per language of the fixture (es, en, fr).
    expect(csv[0]).toBe('country_id,country_iso,country_name_es,country_name_en,country_name_fr,as_of,as_of_stated,source,via,series,network_kind,network_kind_label_es,network_kind_label_en,network_kind_label_fr,total,with_website,total_conflict,note_es,note_en,note_fr,rank,rank_of,observation_note_es,observation_note_en,observation_note_fr');
    expect(csv.filter((l) => l.startsWith('xr,'))).toHaveLength(12);
  });
});
