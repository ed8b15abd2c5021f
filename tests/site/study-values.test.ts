/**
 * The built comparison and country pages show the study's values (Benayas 2021), in both languages.
 * Expected values are taken from the study's text and tables, not from the site's output.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../support/dist.ts';

const doc = (path: string) => parseHTML(readPage(path)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowByHeader = (table: Element, header: string) =>
  [...table.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')).startsWith(header));

const ui = {
  es: { yes: 'Sí', no: 'No', none: 'sin datos', of: (a: number, b: number) => `${a} de ${b}`, conflict: 'Las fuentes no coinciden' },
  en: { yes: 'Yes', no: 'No', none: 'no data', of: (a: number, b: number) => `${a} of ${b}`, conflict: 'Sources disagree' },
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
    expect(heads).toHaveLength(2);
    expect(totals[heads.indexOf(lang === 'es' ? 'México' : 'Mexico')]).toContain(t.of(6, 10));
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
    const mx = heads.indexOf(lang === 'es' ? 'México' : 'Mexico');
    const cl = heads.indexOf('Chile');
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
    const row = rowByHeader(table, lang === 'es' ? 'Ministerio de Relaciones Exteriores' : 'Foreign ministry')!;
    const cells = [...row.querySelectorAll('td')].map(text);
    const networks = (cell: string) => cell.split(', ').sort();
    expect(networks(cells[2]!)).toEqual(['fb', 'fk', 'ig', 'tw', 'yt']);
    expect(networks(cells[5]!)).toEqual(['fb', 'fk', 'ig', 'tw', 'yt']);
  });

  it('shows the Twitter figures with their as-of date', () => {
    const table = page.querySelector('#chart-followers-twitter-table')!;
    const sre = text(rowByHeader(table, 'SRE @SRE_mx'));
    expect(sre).toContain(lang === 'es' ? '870.000' : '870,000');
    expect(sre).toContain(lang === 'es' ? 'febrero de 2019' : 'February 2019');
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
