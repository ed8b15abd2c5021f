/** Citations from bibliography entries. */
import type { Source } from '../schemas/vocabularies.ts';
import { localeTags, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/ui.ts';

function familyName(author: string): string {
  return author.split(',')[0]!.trim();
}

/** "Benayas, 2021" / "Ojeda, n.d." */
export function shortCitation(source: Source, noDate = 'n.d.'): string {
  const who = source.authors.length === 0 ? source.title : source.authors.length > 2 ? `${familyName(source.authors[0]!)} et al.` : source.authors.map(familyName).join(' & ');
  return `${who}, ${source.date?.slice(0, 4) ?? noDate}`;
}

/** A piece of a formatted reference; APA italicises titles of whole works, journal names and volumes. */
export interface Segment {
  text: string;
  italic: boolean;
  /** Set on the segment that is the work's address, to render it as a link. */
  href?: string;
}

/** A bibliography line in APA style (7th ed.) as segments: "Benayas, G. (2021). Title. *Desafíos*, *33*(1). URL". */
export function apaSegments(source: Source, noDate = 'n.d.'): Segment[] {
  const plain = (text: string): Segment => ({ text, italic: false });
  const italic = (text: string): Segment => ({ text, italic: true });
  const names = source.authors.length === 0 ? '' : apaAuthorList(source.authors);
  const when = source.date ? apaDate(source.date) : noDate;
  const out: Segment[] = [plain(names ? `${names} (${when}). ` : '')];
  if (source.type === 'article') {
    out.push(plain(`${source.title}.`));
    if (source.container) out.push(plain(' '), italic(source.container));
    if (source.volume) out.push(plain(', '), italic(source.volume));
    if (source.issue) out.push(plain(`(${source.issue})`));
    if (source.pages) out.push(plain(`, ${source.pages}`));
    out.push(plain('.'));
  } else {
    // The italic title ends with a plain full stop, then the container.
    out.push(italic(source.title), plain(source.container ? `. ${source.container}.` : '.'));
  }
  if (!names) out.push(plain(` (${when}).`));
  const href = source.doi ? `https://doi.org/${source.doi}` : source.url;
  if (href) out.push(plain(' '), { text: href, italic: false, href });
  return out.filter((seg) => seg.text !== '');
}

/** The same reference as before / title / after strings (title italic unless a journal article). */
export function apaParts(source: Source, noDate = 'n.d.'): { before: string; title: string; after: string; italicTitle: boolean } {
  const [before, title, ...rest] = apaSegments(source, noDate);
  const hasAuthors = source.authors.length > 0;
  const [b, t, r] = hasAuthors ? [before!.text, title!.text, rest] : ['', before!.text, [title!, ...rest]];
  return { before: b, title: t, after: r.map((seg) => seg.text).join(''), italicTitle: source.type !== 'article' };
}

function apaName(author: string): string {
  const [family, given = ''] = author.split(',').map((s) => s.trim());
  const initials = given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => `${g[0]!.toUpperCase()}.`)
    .join(' ');
  return initials ? `${family}, ${initials}` : family!;
}

function apaDate(date: string): string {
  return date.slice(0, 4);
}

/** What is needed to cite one of our own pages (an article or interview in one language). */
export interface PageCitation {
  /** Authors as "Family, Given" (a group name has no comma). */
  authors: string[];
  title: string;
  /** Publication date at the precision known (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: string;
  /** Name of the site in the page's language. */
  siteName: string;
  /** Absolute URL of the page. */
  url: string;
  /** Language of the page. */
  locale: Locale;
  /** The page's slug, used in the BibTeX key. */
  slug: string;
}

/** APA 7 reference of a web page, in parts so that the title can be italicised: "Author. (Date). *Title*. Site. URL". */
export function apaPageParts(page: PageCitation): { before: string; title: string; after: string } {
  const names = apaAuthorList(page.authors);
  const author = names.endsWith('.') ? names : `${names}.`;
  const stop = /[.?!]$/.test(page.title) ? '' : '.';
  return { before: `${author} (${apaFullDate(page.locale, page.published)}). `, title: page.title, after: `${stop} ${page.siteName}. ${page.url}` };
}

/** The APA reference as one plain-text line. */
export function apaPage(page: PageCitation): string {
  const p = apaPageParts(page);
  return `${p.before}${p.title}${p.after}`;
}

// One formatter per locale: building it costs far more than using it, and every entry page cites itself.
const monthNames = new Map<Locale, Intl.DateTimeFormat>();

/** "2026, 23 de noviembre" / "2026, November 23"; "2026, noviembre"; "2026". */
export function apaFullDate(locale: Locale, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return String(y);
  let months = monthNames.get(locale);
  if (!months) monthNames.set(locale, (months = new Intl.DateTimeFormat(localeTags[locale].intl, { month: 'long', timeZone: 'UTC' })));
  const month = months.format(new Date(Date.UTC(y, m - 1, 1)));
  const t = useTranslations(locale);
  return d === undefined ? t('cite.apaMonth', { year: y, month }) : t('cite.apaDay', { year: y, month, day: d });
}

function apaAuthorList(authors: string[]): string {
  if (authors.length === 1) return apaName(authors[0]!);
  return `${authors.slice(0, -1).map(apaName).join(', ')}, & ${apaName(authors[authors.length - 1]!)}`;
}

/** A biblatex `@online` record for the page, in its language (`langid`). */
export function bibtexPage(page: PageCitation): string {
  const year = page.published.slice(0, 4);
  const fields: [string, string][] = [
    ['author', page.authors.map((a) => (a.includes(',') ? bibtexEscape(a) : `{${bibtexEscape(a)}}`)).join(' and ')],
    ['title', bibtexEscape(page.title)],
    ['date', page.published],
    ['year', year],
    ['organization', bibtexEscape(page.siteName)],
    ['url', page.url],
    ['langid', bibtexLanguage(page.locale)],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n');
  return `@online{${bibtexKey(page)},\n${body}\n}`;
}

/** "atlas-2026-diplomacia-publica-digital-mexico-chile-es": stable, ASCII, unique per page. */
export function bibtexKey(page: Pick<PageCitation, 'published' | 'slug' | 'locale'>): string {
  return `atlas-${page.published.slice(0, 4)}-${page.slug}-${page.locale}`;
}

/** The babel / polyglossia name of a locale: "spanish", "english". */
export function bibtexLanguage(locale: Locale): string {
  return (new Intl.DisplayNames(['en'], { type: 'language' }).of(localeTags[locale].bcp47) ?? locale).toLowerCase();
}

/** Escapes the characters BibTeX treats specially; braces are dropped rather than left unbalanced. */
export function bibtexEscape(text: string): string {
  return text.replace(/[{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}
