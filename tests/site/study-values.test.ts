/**
 * The real site's comparison and country pages show the study's values (Benayas 2021) for Mexico and
 * Chile, in both languages, and the later counts of their diplomatic networks (the Lowy Institute's
 * Global Diplomacy Index, 2019 and 2024 editions, as tabulated in Wikipedia's "List of countries by
 * number of diplomatic missions"). Expected values are taken from those texts and tables, not from
 * the site's output. Nothing here assumes how many countries, entries or tags the atlas holds:
 * columns are found by their header text, so the test survives a third country.
 */
import { describe, expect, it } from 'vitest';
import { builtSite, pageDocument, readBuilt, text } from '../support/sites.ts';

const site = builtSite('real');
const doc = (path: string) => pageDocument(site, path);
/** The study's entries are at their Spanish file name in Spanish and at their English slug in English (their frontmatter `slug`). */
const entryUrl = (lang: string, kind: string, es: string, en: string) => `/${lang}/${kind}/${lang === 'en' ? en : es}/`;
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

/** A row of a network table (one observation, or a change) whose header names the date and the source. */
const networkRow = (rows: Element, date: string, source: string) =>
  [...rows.querySelectorAll('tr')].find((tr) => {
    const th = text(tr.querySelector('th[scope="row"]'));
    return th.includes(date) && th.includes(source);
  });
/** The text of a row's cell under the column headed `header`. */
function networkCell(table: Element, row: Element, header: string): string {
  const heads = [...table.querySelectorAll('thead th')].map(text);
  const at = heads.findIndex((h) => h.startsWith(header));
  if (at < 1) throw new Error(`no column "${header}" in ${table.id}`);
  return text(row.children[at]);
}
/** The first word of each count cell (the count itself, before its notes), then the total. */
const counts = (table: Element, row: Element) => [...row.querySelectorAll('td')].slice(0, 5).map((td) => text(td).split(' ')[0]!);
/** Intl writes a minus sign as U+2212 in some locales and versions: compare as a hyphen. */
const minus = (s: string) => s.replace('\u2212', '-');
const networkHeads = {
  es: { embassies: 'Embajadas', consulates: 'Consulados', multilateral: 'Misiones', other: 'Otras oficinas', rank: 'Puesto' },
  en: { embassies: 'Embassies', consulates: 'Consulates', multilateral: 'Missions', other: 'Other offices', rank: 'Rank' },
} as const;

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

  it('shows the diplomatic networks then and now, each observation with its source, the study beside the index', () => {
    const table = page.querySelector('#table-network')!;
    const group = (country: string) => [...table.querySelectorAll('tbody')].find((tb) => text(tb.querySelector('th[scope="rowgroup"]')) === country)!;
    const mx = group(t.mexico);
    // The sources differ on consulates and missions (66 and 5 in the study, 67 and 7 in the index's 2019 edition): both are shown.
    expect(counts(table, networkRow(mx, '2017', 'Benayas, 2021')!).slice(0, 3)).toEqual(['80', '66', '5']);
    expect(counts(table, networkRow(mx, '2019', 'Lowy Institute, 2019')!)).toEqual(['80', '67', '7', '3', '157']);
    expect(counts(table, networkRow(mx, '2023', 'Lowy Institute, 2024')!)).toEqual(['80', '71', '8', '2', '161']);
    const cl = group('Chile');
    expect(counts(table, networkRow(cl, '2019', 'Lowy Institute, 2019')!)).toEqual(['70', '51', '6', '1', '128']);
    expect(counts(table, networkRow(cl, '2023', 'Lowy Institute, 2024')!)).toEqual(['73', '41', '6', '1', '121']);
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
  const n = networkHeads[lang];

  it('Mexico: figures, qualifiers and the diplomatic network', () => {
    const page = doc(`/${lang}/countries/mx/`);
    const body = text(page.querySelector('main'));
    expect(body).toContain(lang === 'es' ? 'más de 720.000' : 'more than 720,000');
    expect(body).toContain(lang === 'es' ? 'casi 2.000.000' : 'almost 2,000,000');
    expect(body).toContain(lang === 'es' ? '4200 publicaciones' : '4,200 posts');
    // The study's counts (undated: 2017 is inferred from the ministry documents it cites) beside the
    // Lowy Institute's Global Diplomacy Index, 2019 and 2024 editions, as tabulated in Wikipedia's
    // "List of countries by number of diplomatic missions".
    const network = page.querySelector('#table-network')!;
    const study = networkRow(network, '2017', 'Benayas, 2021')!;
    expect(text(study.querySelector('th'))).toContain(lang === 'es' ? 'fecha inferida' : 'date inferred');
    const web = (n: number) => (lang === 'es' ? `${n} con sitio web` : `${n} with a website`);
    expect(networkCell(network, study, n.embassies)).toMatch(new RegExp(`^80 ${web(77)}`));
    expect(networkCell(network, study, n.consulates)).toMatch(new RegExp(`^66 ${web(65)}`));
    expect(networkCell(network, study, n.multilateral)).toMatch(/^5\b/);
    expect(networkCell(network, study, n.other)).toMatch(new RegExp(`^3 ${web(1)}`));
    const lowy2019 = networkRow(network, '2019', 'Lowy Institute, 2019')!;
    expect(text(lowy2019.querySelector('th'))).toContain('List of countries by number of diplomatic missions');
    expect(counts(network, lowy2019)).toEqual(['80', '67', '7', '3', '157']);
    expect(networkCell(network, lowy2019, n.rank)).toBe(lang === 'es' ? '15.º de 61' : '15th of 61');
    const lowy2024 = networkRow(network, '2023', 'Lowy Institute, 2024')!;
    expect(text(lowy2024.querySelector('th'))).toContain('List of countries by number of diplomatic missions');
    expect(counts(network, lowy2024)).toEqual(['80', '71', '8', '2', '161']);
    expect(networkCell(network, lowy2024, n.rank)).toBe(lang === 'es' ? '14.º' : '14th');
    // Within the index: 2019 → 2023 (the 2024 edition's data were collected in 2023).
    const change = networkRow(network, '2019 → 2023', '')!;
    expect(counts(network, change).map(minus)).toEqual(['0', '+4', '+1', '-1', '+4']);
  });

  it('Chile: the network is no longer "no data": the Lowy Institute index, 2019 and 2024 editions', () => {
    const network = doc(`/${lang}/countries/cl/`).querySelector('#table-network')!;
    const lowy2019 = networkRow(network, '2019', 'Lowy Institute, 2019')!;
    expect(counts(network, lowy2019)).toEqual(['70', '51', '6', '1', '128']);
    expect(networkCell(network, lowy2019, n.rank)).toBe(lang === 'es' ? '24.º de 61' : '24th of 61');
    const lowy2024 = networkRow(network, '2023', 'Lowy Institute, 2024')!;
    expect(counts(network, lowy2024)).toEqual(['73', '41', '6', '1', '121']);
    expect(networkCell(network, lowy2024, n.rank)).toBe(lang === 'es' ? '27.º' : '27th');
    const change = networkRow(network, '2019 → 2023', '')!;
    expect(counts(network, change).map(minus)).toEqual(['+3', '-10', '0', '0', '-7']);
  });

  it('Chile: the YouTube channel keeps both dates and says the sources disagree', () => {
    const page = doc(`/${lang}/countries/cl/`);
    const youtube = [...page.querySelectorAll('#institution-minrel ~ * tr, section[aria-labelledby="institution-minrel"] tr')].find((tr) => text(tr.querySelector('th')) === 'YouTube')!;
    const created = text(youtube.querySelectorAll('td')[1]);
    expect(created).toContain('2014');
    expect(created).toContain(lang === 'es' ? 'agosto de 2017' : 'August 2017');
    expect(created).toContain(t.conflict);
    expect(text(page.querySelector('main'))).toContain(lang === 'es' ? '59.000 seguidores' : '59,000 followers');
  });
});

/**
 * Corrections checked against the study's text: names, titles and dates as the study writes them,
 * Table 2 undated, and facts the study gives that the profiles once left out.
 */
describe.each(['es', 'en'] as const)('facts as the study states them (%s)', (lang) => {
  const chile = doc(`/${lang}/countries/cl/`);
  const mexico = doc(`/${lang}/countries/mx/`);
  const section = (page: Document, id: string) => text(page.querySelector(`section[aria-labelledby="institution-${id}"]`));
  const policy = (page: Document) => [...page.querySelectorAll('ol.timeline li')].map(text);

  it('Chile: the institutions go by the names the study gives them, with no abbreviation it does not use', () => {
    expect(text(chile.querySelector('#institution-academia'))).toBe(lang === 'es' ? 'Academia Diplomática Andrés Bello' : 'Andrés Bello Diplomatic Academy');
    if (lang === 'es') expect(text(chile.querySelector('#institution-agci'))).toBe('Agencia de Cooperación Internacional de Chile');
    expect(text(chile.querySelector('main'))).not.toMatch(/ACADE\b|Agencia Chilena|Academia Diplomática de Chile/);
  });

  it('Chile: the Academy’s website is Apuntes Internacionales (Table 1, note X*), and its YouTube date names no channel', () => {
    const website = text(chile.querySelector('section[aria-labelledby="institution-academia"] dl.facts dd'));
    expect(website).toContain('Apuntes Internacionales');
    expect(website).toContain('X*');
    // The study says when the portal was presented, not when it was created.
    expect(website).not.toMatch(/2013/);
    const youtube = [...chile.querySelectorAll('section[aria-labelledby="institution-academia"] tbody tr')].find((tr) => text(tr.querySelector('th')) === 'YouTube')!;
    const [handle, created, figures] = [...youtube.querySelectorAll('td')].map(text);
    expect(handle).toMatch(lang === 'es' ? /^sin nombre en la fuente/ : /^not named in the source/);
    expect(created).toMatch(/^2011/);
    expect(figures).toContain(lang === 'es' ? 'más de 200' : 'more than 200');
  });

  it('Chile: the seminar, the maritime-claim website and video, and the bill as the study names them', () => {
    const items = policy(chile);
    expect(items.find((p) => p.includes('2013'))).toContain('Diplomacia digital: un nuevo paradigma');
    expect(items.find((p) => p.includes('Mito y realidad - Bolivia tiene acceso al mar'))).toContain('Chile y la aspiración marítima boliviana: mito y realidad');
    expect(items.find((p) => p.includes('1978'))).toContain('segundo trámite constitucional');
    // The study dates "Chile ante La Haya" nowhere, nor puts it after "Mito y realidad".
    const hague = [...chile.querySelectorAll('ol.timeline li')].find((li) => text(li).includes('Chile ante La Haya'))!;
    expect(hague.querySelector('time')).toBeNull();
    expect(items.join(' ')).not.toMatch(/luego llega|follows/);
  });

  it('Mexico: the action line on public and cultural diplomacy, the yearly meeting since 1990, the consulates on Facebook', () => {
    const items = policy(mexico).join(' ');
    expect(items).toContain(lang === 'es' ? 'coordinar la diplomacia pública y cultural en el exterior' : 'coordinating public and cultural diplomacy abroad');
    expect(items).toContain('1990');
    expect(items).toContain(lang === 'es' ? 'Los consulados tienen perfiles en Twitter y Facebook' : 'The consulates have Twitter and Facebook profiles');
  });

  it('Mexico: the Matías Romero Institute has Twitter only, and the study’s "two or more accounts" is recorded beside it', () => {
    expect([...mexico.querySelectorAll('section[aria-labelledby="institution-imr"] tbody th')].map(text)).toEqual(['Twitter']);
    expect(section(mexico, 'imr')).toContain(lang === 'es' ? 'dos o más cuentas' : 'two or more accounts');
  });

  it('Table 2 carries no date of its own in the study: the country pages mark it as the collection period', () => {
    for (const page of [mexico, chile]) {
      const note = text(page.querySelector('#features ~ .table-notes'));
      expect(note).toContain(lang === 'es' ? 'a febrero de 2019*' : 'as of February 2019*');
    }
  });

  it('the account list keeps "late" and "early" with the creation dates', () => {
    const rows = JSON.parse(readBuilt(site, 'data/accounts.json')).rows as { country_id: string; institution_id: string; platform: string; handle: string | null; created: string[] }[];
    const created = (country: string, institution: string, platform: string, handle: string | null = null) =>
      rows.find((r) => r.country_id === country && r.institution_id === institution && r.platform === platform && r.handle === handle)!.created;
    // ProChile on Twitter "desde finales de 2009"; Cancillería Chile on Facebook "desde comienzos de 2017".
    expect(created('cl', 'prochile', 'twitter')).toEqual(['2009 late']);
    expect(created('cl', 'minrel', 'facebook', 'Cancillería Chile')).toEqual(['2017 early']);
    expect(created('mx', 'sre', 'twitter', '@SRE_mx')).toEqual(['2009-12']);
  });
});

describe.each(['es', 'en'] as const)('texts and bibliography as the sources write them (%s)', (lang) => {
  it('the study article: the Spanish number format, "most governments", and the Matías Romero contradiction', () => {
    const paragraphs = [...doc(entryUrl(lang, 'articles', 'diplomacia-publica-digital-mexico-chile', 'digital-public-diplomacy-mexico-chile')).querySelectorAll('.entry__body p')].map(text);
    const body = paragraphs.join(' ');
    if (lang === 'es') {
      expect(body).toContain('870.000 seguidores y 35.000 mensajes');
      // The prose writes thousands as the tables do (870.000), never with a space (870 000).
      expect(paragraphs.filter((p) => /\d \d{3}\b/.test(p))).toEqual([]);
      expect(body).toContain('la mayoría de los gobiernos');
      expect(body).not.toMatch(/casi todos los gobiernos|Casi siempre/);
    } else {
      expect(body).toContain('870,000 followers and 35,000 posts');
      expect(body).toContain('most governments in the region');
    }
    expect(body).toContain('Diplomacia digital: un nuevo paradigma');
    expect(body).toContain(lang === 'es' ? 'un único perfil, en Twitter' : 'a single profile, on Twitter');
  });

  it('the essay: the advice is the instructor’s, the voice is "one’s own", and "streetcraft" is kept', () => {
    const page = doc(entryUrl(lang, 'articles', 'diplomacia-y-era-digital', 'diplomacy-in-the-digital-age'));
    const quote = [...page.querySelectorAll('.entry__body figure.pullquote')].find((f) => text(f.querySelector('blockquote')) === 'You have to be smarter than your equipment.')!;
    expect(text(quote.querySelector('figcaption'))).toMatch(lang === 'es' ? /^— Un instructor de conducción todoterreno, según cuenta Arturo Sarukhán/ : /^— A four-wheel-drive instructor, as told by Arturo Sarukhán/);
    const body = text(page.querySelector('.entry__body'));
    expect(body).toContain('streetcraft');
    if (lang === 'en') {
      expect(body).toMatch(/one['’]s own voice be heard/);
      expect(body).not.toContain('a government make its voice heard');
    }
  });

  it('the bibliography: Sarukhán with his accent, the essay title in sentence case with no address, the journal without a publisher the study does not state', () => {
    const page = doc(`/${lang}/sources/`);
    const essay = text(page.querySelector('li#sarukhan-digital-age'));
    expect(essay).toMatch(/^Sarukhán, A\. \(/);
    expect(essay).toContain('Diplomacy and the digital age');
    expect(page.querySelector('li#sarukhan-digital-age a')).toBeNull();
    const study = text(page.querySelector('li#benayas-2021'));
    expect(study).toMatch(/^Benayas, G\. \(2021\)\. Diplomacia pública digital en México y Chile\. Desafíos, 33\(1\)\./);
    expect(study).not.toMatch(/Rosario|DOI|our copy|nuestra copia/);
  });

  it('the interview: the Academy’s name as the seeds write it, and no order of Sarukhán’s posts the source does not give', () => {
    const body = text(doc(entryUrl(lang, 'interviews', 'arturo-sarukhan-redes-sociales-diplomacia', 'arturo-sarukhan-social-media-diplomacy')).querySelector('.entry__body'));
    expect(body).toContain(lang === 'es' ? 'Academia Diplomática Andrés Bello' : 'Andrés Bello Diplomatic Academy');
    expect(body).not.toMatch(/Academia Diplomática de Chile Andrés Bello|antes, cónsul|before that/);
  });
});
