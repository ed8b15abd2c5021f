/** Citations from bibliography entries. */
import type { Source } from '../schemas/vocabularies.ts';

function familyName(author: string): string {
  return author.split(',')[0]!.trim();
}

/** "Benayas, 2021" / "Ojeda, n.d." */
export function shortCitation(source: Source, noDate = 'n.d.'): string {
  const who = source.authors.length === 0 ? source.title : source.authors.length > 2 ? `${familyName(source.authors[0]!)} et al.` : source.authors.map(familyName).join(' & ');
  return `${who}, ${source.date?.slice(0, 4) ?? noDate}`;
}

/** A bibliography line in APA style (7th ed.), as plain text parts so that the title can be italicised. */
export function apaParts(source: Source, noDate = 'n.d.'): { before: string; title: string; after: string; italicTitle: boolean } {
  const authors = source.authors;
  const names =
    authors.length === 0
      ? ''
      : authors.length === 1
        ? apaName(authors[0]!)
        : `${authors.slice(0, -1).map(apaName).join(', ')}, & ${apaName(authors[authors.length - 1]!)}`;
  const when = source.date ? apaDate(source.date) : noDate;
  const before = names ? `${names} (${when}). ` : '';
  const italicTitle = source.type !== 'article';
  let after = '';
  if (source.type === 'article') {
    after = ` ${source.container ?? ''}${source.volume ? `, ${source.volume}` : ''}${source.issue ? `(${source.issue})` : ''}${source.pages ? `, ${source.pages}` : ''}.`;
  } else if (source.container) {
    after = ` ${source.container}.`;
  }
  if (!names) after += ` (${when}).`;
  if (source.doi) after += ` https://doi.org/${source.doi}`;
  else if (source.url) after += ` ${source.url}`;
  return { before, title: `${source.title}${source.type === 'article' ? '.' : ''}`, after: after.replace(/\s+/g, ' '), italicTitle };
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
