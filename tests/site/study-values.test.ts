/**
 * The real site's comparison and country pages show the study's values (Benayas 2021) for Mexico and
 * Chile, in both languages. Expected values are taken from the study's text and tables, not from
 * the site's output. Nothing here assumes how many countries, entries or tags the atlas holds:
 * columns are found by their header text, so the test survives a third country.
 */
import { describe, expect, it } from 'vitest';
import { builtSite, pageDocument, text } from '../support/sites.ts';

const site = builtSite('real');
const doc = (path: string) => pageDocument(site, path);
const rowByHeader = (table: Element, header: string) =>
  [...table.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')).startsWith(header));
/** A row's cells laid out on the table's column grid (colspans repeated), row header included. */
const grid = (row: Element) => [...row.children].flatMap((cell) => Array<string>(Number(cell.getAttribute('colspan') ?? 1)).fill(text(cell)));

/**
 * Table 1 (presence) has a column group per country (first header row, "Mexico" spanning its
 * columns) and, under each, "Website", "Blog", "Social networks" (second header row). The grid column
 * of one country's sub-column, found by header text.
 */
function presenceColumn(table: Element, country: string, column: string): number {
  const [top, sub] = [...table.querySelectorAll('thead tr')] as [Element, Element];
  let at = 0;
  let range: [number, number] | undefined;
  for (const th of top.children) {
    const span = Number(th.getAttribute('colspan') ?? 1);
    if (text(th) === country) range = [at, at + span];
    at += span;
  }
  if (!range) throw new Error(`no column group "${country}" in ${table.id}`);
  // The second row starts after the row-header column, which spans both rows.
  const offset = Number(top.children[0]!.getAttribute('rowspan') ?? 1) > 1 ? 1 : 0;
  const subs = [...sub.children].map((th) => text(th));
  for (let c = range[0]; c < range[1]; c++) if (subs[c - offset] === column) return c;
  throw new Error(`no column "${column}" under "${country}" in ${table.id}`);
}

const ui = {
  es: { yes: 'Sí', no: 'No', none: 'sin datos', of: (a: number, b: number) => `${a} de ${b}`, conflict: 'Las fuentes no coinciden', mexico: 'México', social: 'Redes sociales' },
  en: { yes: 'Yes', no: 'No', none: 'no data', of: (a: number, b: number) => `${a} of ${b}`, conflict: 'Sources disagree', mexico: 'Mexico', social: 'Social networks' },
} as const;

describe.each(['es', 'en'] as const)('comparison page (%s)', (lang) => {
  const page = doc(`/${lang}/compare/`);
  const t = ui[lang];

  it('is in the right language', () => {
    expect(page.documentElement.getAttribute('lang')).toBe(lang);
  });

  it('regenerates Table 2 with "6 of 10" for Mexico and "8 of 10" for Chile', () => {
    const table = page.querySelector('#table-features')!;
    const heads = [...table.querySelectorAll('thead th')].map(text).slice(1);
    const totals = [...table.querySelectorAll('tfoot td')].map(text);
    expect(heads).toContain(t.mexico);
    expect(heads).toContain('Chile');
    expect(totals[heads.indexOf(t.mexico)]).toContain(t.of(6, 10));
    expect(totals[heads.indexOf('Chile')]).toContain(t.of(8, 10));
  });

  it('lists the ten features in the study order', () => {
    const labels = [...page.querySelectorAll('#table-features tbody th')].map(text);
    expect(labels).toHaveLength(10);
    expect(labels[0]).toMatch(lang === 'es' ? /^Red diplomática y consular/ : /^Diplomatic and consular network/);
    expect(labels[5]).toMatch(lang === 'es' ? /^Atlas de redes sociales/ : /^Worldwide social-media atlas/);
    expect(labels[9]).toMatch(/^Blog/);
  });

  it('marks the features exactly as the study does', () => {
    const table = page.querySelector('#table-features')!;
    const heads = [...table.querySelectorAll('thead th')].map(text).slice(1);
    const mx = heads.indexOf(t.mexico);
    const cl = heads.indexOf('Chile');
    expect([mx, cl]).not.toContain(-1);
    const marks = (label: string) => {
      const cells = [...rowByHeader(table, label)!.querySelectorAll('td')].map(text);
      return [cells[mx]!, cells[cl]!];
    };
    const atlas = lang === 'es' ? 'Atlas de redes sociales' : 'Worldwide social-media atlas';
    const charter = lang === 'es' ? 'Carta de compromiso' : 'Citizen service charter';
    const consular = lang === 'es' ? 'Información sobre servicios consulares' : 'Consular services';
    expect(marks(atlas).every((m) => m.endsWith(t.no))).toBe(true);
    expect(marks(charter).map((m) => m.endsWith(t.yes))).toEqual([false, true]);
    expect(marks(consular).every((m) => m.endsWith(t.yes))).toBe(true);
  });

  it('regenerates Table 1 networks for the foreign ministries', () => {
    const table = page.querySelector('#table-presence')!;
    const cells = grid(rowByHeader(table, lang === 'es' ? 'Ministerio de Relaciones Exteriores' : 'Foreign ministry')!);
    const networks = (country: string) => cells[presenceColumn(table, country, t.social)]!.split(', ').sort();
    expect(networks(t.mexico)).toEqual(['fb', 'fk', 'ig', 'tw', 'yt']);
    expect(networks('Chile')).toEqual(['fb', 'fk', 'ig', 'tw', 'yt']);
  });

  it('shows the Twitter figures with their as-of date', () => {
    const table = page.querySelector('#chart-followers-twitter-table')!;
    const sre = text(rowByHeader(table, 'SRE @SRE_mx'));
    expect(sre).toContain(lang === 'es' ? '870.000' : '870,000');
    expect(sre).toContain(lang === 'es' ? 'febrero de 2019' : 'February 2019');
  });

  // On Chile's country page, which lists every Chilean account: past 60 accounts the comparison
  // chart keeps one row per country, and this one could drop out of it.
  it('lists an account the study gives no figure for as "no data"', () => {
    const table = doc(`/${lang}/countries/cl/`).querySelector('#chart-followers-twitter-table')!;
    expect(text(rowByHeader(table, 'Minrel @ChileMFA'))).toContain(t.none);
  });
});

describe.each(['es', 'en'] as const)('country pages (%s)', (lang) => {
  const t = ui[lang];

  it('Mexico: figures, qualifiers and the diplomatic network', () => {
    const page = doc(`/${lang}/countries/mx/`);
    const body = text(page.querySelector('main'));
    expect(body).toContain(lang === 'es' ? 'más de 720.000' : 'more than 720,000');
    expect(body).toContain(lang === 'es' ? 'casi 2.000.000' : 'almost 2,000,000');
    expect(body).toContain(lang === 'es' ? '4200 publicaciones' : '4,200 posts');
    const network = page.querySelector('#table-network')!;
    const cells = (label: string) => [...rowByHeader(network, label)!.querySelectorAll('td')].map(text);
    expect(cells(lang === 'es' ? 'Embajadas' : 'Embassies')).toEqual(['80', '77']);
    expect(cells(lang === 'es' ? 'Consulados' : 'Consulates')).toEqual(['66', '65']);
    expect(cells(lang === 'es' ? 'Misiones' : 'Missions')).toEqual(['5', t.none]);
    expect(cells(lang === 'es' ? 'Otras oficinas' : 'Other offices')).toEqual(['3', '1']);
  });

  it('Chile: the YouTube channel keeps both dates and says the sources disagree; the network is "no data"', () => {
    const page = doc(`/${lang}/countries/cl/`);
    const youtube = [...page.querySelectorAll('#institution-minrel ~ * tr, section[aria-labelledby="institution-minrel"] tr')].find((tr) => text(tr.querySelector('th')) === 'YouTube')!;
    const created = text(youtube.querySelectorAll('td')[1]);
    expect(created).toContain('2014');
    expect(created).toContain(lang === 'es' ? 'agosto de 2017' : 'August 2017');
    expect(created).toContain(t.conflict);
    const network = page.querySelector('#table-network')!;
    expect([...network.querySelectorAll('tbody td')].every((td) => text(td) === t.none)).toBe(true);
    expect(text(page.querySelector('main'))).toContain(lang === 'es' ? '59.000 seguidores' : '59,000 followers');
  });
});
