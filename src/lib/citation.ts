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

/**
 * A bibliography line in APA style (7th ed.) as segments: "Benayas, G. (2021). Title. *Desafíos*, *33*(1). URL".
 * Titles of works are in sentence case (`titleSentenceCase` when the bibliography gives it); a journal
 * article and a blog post italicise where they appeared, every other work its own title.
 */
export function apaSegments(source: Source, noDate = 'n.d.'): Segment[] {
  const plain = (text: string): Segment => ({ text, italic: false });
  const italic = (text: string): Segment => ({ text, italic: true });
  const names = source.authors.length === 0 ? '' : apaAuthorList(source.authors);
  const when = source.date ? apaDate(source.date) : noDate;
  const title = source.titleSentenceCase ?? source.title;
  const out: Segment[] = [plain(names ? `${names} (${when}). ` : '')];
  if (!italicTitle(source)) {
    out.push(plain(withStop(title)));
    if (source.container) out.push(plain(' '), italic(source.container));
    if (source.volume) out.push(plain(', '), italic(source.volume));
    if (source.issue) out.push(plain(`(${source.issue})`));
    if (source.pages) out.push(plain(`, ${source.pages}`));
    if (source.container || source.volume || source.issue || source.pages) out.push(plain('.'));
  } else {
    // The italic title ends with a plain full stop (unless it ends in its own), then the container.
    const stop = withStop(title).slice(title.length);
    out.push(italic(title), plain(source.container ? `${stop} ${source.container}.` : stop));
  }
  if (!names) out.push(plain(` (${when}).`));
  const href = source.doi ? `https://doi.org/${source.doi}` : source.url;
  if (href) out.push(plain(' '), { text: href, italic: false, href });
  return out.filter((seg) => seg.text !== '');
}

/** The same reference as before / title / after strings (title italic unless a journal article or a blog post). */
export function apaParts(source: Source, noDate = 'n.d.'): { before: string; title: string; after: string; italicTitle: boolean } {
  const [before, title, ...rest] = apaSegments(source, noDate);
  const hasAuthors = source.authors.length > 0;
  const [b, t, r] = hasAuthors ? [before!.text, title!.text, rest] : ['', before!.text, [title!, ...rest]];
  return { before: b, title: t, after: r.map((seg) => seg.text).join(''), italicTitle: italicTitle(source) };
}

/** APA italicises the journal of an article and the blog of a post; other works italicise their own title. */
function italicTitle(source: Source): boolean {
  return source.type !== 'article' && source.type !== 'blog-post';
}

/** A title followed by a full stop, unless it already ends in one, a question or an exclamation mark. */
function withStop(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
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
  const stop = withStop(page.title).slice(page.title.length);
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

/**
 * A classic BibTeX `@misc` record for the page: the entry type and fields every BibTeX style and reader
 * knows (plain.bst, bibtexparser), the site in `howpublished` and the address in `note`.
 */
export function bibtexPage(page: PageCitation): string {
  return bibRecord('misc', bibtexKey(page), [
    ['author', bibtexAuthors(page.authors)],
    ['title', bibtexEscape(page.title)],
    ['howpublished', bibtexEscape(page.siteName)],
    ['year', page.published.slice(0, 4)],
    ['note', `\\url{${page.url}}`],
  ]);
}

/** A biblatex `@online` record for the page, in its language (`langid`): for biblatex and Biber only. */
export function biblatexPage(page: PageCitation): string {
  return bibRecord('online', bibtexKey(page), [
    ['author', bibtexAuthors(page.authors)],
    ['title', bibtexEscape(page.title)],
    ['date', page.published],
    ['year', page.published.slice(0, 4)],
    ['organization', bibtexEscape(page.siteName)],
    ['url', page.url],
    ['langid', bibtexLanguage(page.locale)],
  ]);
}

/** People as "Family, Given", joined by "and"; a group name is braced so that it is not split into names. */
function bibtexAuthors(authors: string[]): string {
  return authors.map((a) => (a.includes(',') ? bibtexEscape(a) : `{${bibtexEscape(a)}}`)).join(' and ');
}

function bibRecord(type: string, key: string, fields: [string, string][]): string {
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n');
  return `@${type}{${key},\n${body}\n}`;
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
