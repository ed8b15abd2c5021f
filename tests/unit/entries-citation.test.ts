/**
 * "Cite this page" (APA 7 and biblatex) for every real entry in its language, and the APA lines of
 * the bibliography. Expected values are assembled from the frontmatter and content/sources.yaml,
 * field by field, with month names written out here rather than taken from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { apaPage, apaPageParts, apaParts, apaSegments, bibtexEscape, bibtexPage, shortCitation, type PageCitation } from '../../src/lib/citation.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import type { Locale } from '../../src/i18n/config.ts';
import type { Source } from '../../src/schemas/vocabularies.ts';
import { contentDir, loadAtlasFromFiles } from '../support/content.ts';
import { loadEntriesFromFiles } from '../support/entries.ts';

const entries = loadEntriesFromFiles();
const sources = loadAtlasFromFiles(contentDir).sources;
const site = 'https://atlas.example.org';

const months = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const siteName = { es: 'Atlas de Diplomacia Digital', en: 'Digital Diplomacy Atlas' };
const langid = { es: 'spanish', en: 'english' };

function pageOf(e: (typeof entries)[number]): PageCitation {
  return {
    authors: e.data.authors,
    title: e.data.title,
    published: e.data.published,
    siteName: useTranslations(e.locale)('site.name'),
    url: `${site}/${e.locale}/${e.kind}/${e.slug}/`,
    locale: e.locale,
    slug: e.slug,
  };
}

/** The fields of a biblatex record, as written. */
function bibFields(record: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,]+),\n/.exec(record)!;
  const fields: Record<string, string> = {};
  for (const m of record.matchAll(/^ {2}(\w+)\s*=\s*\{(.*)\},$/gm)) fields[m[1]!] = m[2]!;
  return { type: head[1]!, key: head[2]!, fields };
}

describe.each(entries.map((e) => [`${e.kind}/${e.locale}/${e.slug}`, e] as const))('cite %s', (_, e) => {
  const page = pageOf(e);
  const locale = e.locale as Locale;
  const [y, m, d] = e.data.published.split('-').map(Number) as [number, number, number];

  it('APA: author, date in the page language, italic title, site name, URL', () => {
    const apa = apaPage(page);
    const parts = apaPageParts(page);
    // The entries are signed by the site's team: a group author, written in full, followed by a full stop.
    expect(e.data.authors).toHaveLength(1);
    expect(e.data.authors[0]).not.toContain(',');
    const date = locale === 'es' ? `${y}, ${d} de ${months.es[m - 1]}` : `${y}, ${months.en[m - 1]} ${d}`;
    expect(parts.before).toBe(`${e.data.authors[0]}. (${date}). `);
    expect(parts.title).toBe(e.data.title);
    expect(parts.after).toBe(`. ${siteName[locale]}. ${site}/${locale}/${e.kind}/${e.slug}/`);
    expect(apa).toBe(`${parts.before}${parts.title}${parts.after}`);
  });

  it('BibTeX: an @online record with the frontmatter fields and the page language', () => {
    const { type, key, fields } = bibFields(bibtexPage(page));
    expect(type).toBe('online');
    expect(key).toBe(`atlas-${y}-${e.slug}-${locale}`);
    expect(fields).toEqual({
      author: `{${e.data.authors[0]}}`,
      title: e.data.title,
      date: e.data.published,
      year: String(y),
      organization: siteName[locale],
      url: `${site}/${locale}/${e.kind}/${e.slug}/`,
      langid: langid[locale],
    });
  });
});

describe('citation details', () => {
  const base: PageCitation = { authors: ['Benayas, Grecia', 'Ojeda, Osvaldo'], title: 'Redes & diplomacia: 100% {digital}?', published: '2021-03', siteName: 'Atlas', url: 'https://x.org/p/', locale: 'es', slug: 'p' };

  it('APA: several people, month precision, a title ending in "?"', () => {
    expect(apaPage(base)).toBe('Benayas, G., & Ojeda, O. (2021, marzo). Redes & diplomacia: 100% {digital}? Atlas. https://x.org/p/');
    expect(apaPage({ ...base, published: '2021', locale: 'en' })).toBe('Benayas, G., & Ojeda, O. (2021). Redes & diplomacia: 100% {digital}? Atlas. https://x.org/p/');
  });

  it('BibTeX: people joined by "and", special characters escaped', () => {
    const { key, fields } = bibFields(bibtexPage(base));
    expect(key).toBe('atlas-2021-p-es');
    expect(fields.author).toBe('Benayas, Grecia and Ojeda, Osvaldo');
    expect(fields.title).toBe('Redes \\& diplomacia: 100\\% digital?');
    expect(bibtexEscape('a_b #1 $2')).toBe('a\\_b \\#1 \\$2');
  });
});

describe('bibliography lines (APA)', () => {
  const byId = (id: string): Source => sources.find((s) => s.id === id)!;

  it('a journal article: authors, year, title, journal, volume(issue), URL', () => {
    const s = byId('benayas-2021');
    const p = apaParts(s);
    expect(p.italicTitle).toBe(false);
    expect(`${p.before}${p.title}${p.after}`).toBe(`Benayas, G. (${s.date}). ${s.title}. ${s.container}, ${s.volume}(${s.issue}). ${s.url}`);
  });

  it('a journal article italicises the journal and the volume, not the article title, and links the address', () => {
    const s = byId('benayas-2021');
    const segs = apaSegments(s);
    expect(segs.filter((x) => x.italic).map((x) => x.text)).toEqual([s.container, s.volume]);
    expect(segs.find((x) => x.href)?.href).toBe(s.url);
  });

  it('a blog post: the italic title is followed by a full stop, then the blog', () => {
    const s = byId('pakistan-conference-2013');
    const p = apaParts(s, 's. f.');
    expect(p.italicTitle).toBe(true);
    expect(p.title).toBe(s.title);
    expect(p.before).toBe(`Bravo, M. (${s.date!.slice(0, 4)}). `);
    expect(p.after).toBe(`. ${s.container}. ${s.url}`);
  });

  it('an undated work says so in the page language', () => {
    const s = byId('ojeda-sarukhan-interview');
    expect(s.date).toBeUndefined();
    expect(apaParts(s, 's. f.').before).toBe('Ojeda, O. (s. f.). ');
    expect(shortCitation(s, useTranslations('es')('cite.noDate'))).toBe('Ojeda, s. f.');
    expect(shortCitation(s, useTranslations('en')('cite.noDate'))).toBe('Ojeda, n.d.');
    expect(shortCitation(byId('benayas-2021'))).toBe('Benayas, 2021');
  });
});

