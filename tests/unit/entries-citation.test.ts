/**
 * "Cite this page" (APA 7, classic BibTeX and biblatex) for every entry of the fictional fixture tree
 * (tests/fixture-site/content) in its language, and the APA lines of its bibliography. Expected
 * citations are written out by hand from the frontmatter and sources.yaml; the fixture has a person
 * written "Family, Given", a group author without a comma, and both on one entry.
 */
import { describe, expect, it } from 'vitest';
import { apaPage, apaPageParts, apaParts, apaSegments, biblatexPage, bibtexEscape, bibtexPage, shortCitation, type PageCitation } from '../../src/lib/citation.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import type { Source } from '../../src/schemas/vocabularies.ts';
import { loadAtlasFromFiles } from '../support/content.ts';
import { loadEntriesFromFiles } from '../support/entries.ts';

const entries = loadEntriesFromFiles();
const sources = loadAtlasFromFiles().sources;
const site = 'https://atlas.example.org';

function pageOf(e: (typeof entries)[number]): PageCitation {
  return {
    authors: e.data.authors,
    title: e.data.title,
    published: e.data.published,
    siteName: useTranslations(e.locale)('site.name'),
    url: `${site}/${e.locale}/${e.kind}/${e.data.slug ?? e.slug}/`,
    locale: e.locale,
    slug: e.slug,
  };
}

/** The fields of a BibTeX or biblatex record, as written. */
function bibFields(record: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,]+),\n/.exec(record)!;
  const fields: Record<string, string> = {};
  for (const m of record.matchAll(/^ {2}(\w+)\s*=\s*\{(.*)\},$/gm)) fields[m[1]!] = m[2]!;
  return { type: head[1]!, key: head[2]!, fields };
}

/** Each fixture entry: its APA reference and its biblatex author field, written out by hand. */
const expected: Record<string, { apa: string; author: string }> = {
  'articles/en/english-only-note': {
    apa: `Fixture Editorial Team. (2024, December 2). A test note written only in English. Digital Diplomacy Atlas. ${site}/en/articles/english-only-note/`,
    author: '{Fixture Editorial Team}',
  },
  'articles/en/estudio-ficticio': {
    apa: `Ejemplo, A. M., & Fixture Editorial Team. (2025, June 1). A fictional study of Ruritania and Freedonia. Digital Diplomacy Atlas. ${site}/en/articles/estudio-ficticio/`,
    author: 'Ejemplo, Ana María and {Fixture Editorial Team}',
  },
  'articles/es/estudio-ficticio': {
    apa: `Ejemplo, A. M., & Fixture Editorial Team. (2025, 1 de junio). Un estudio ficticio de Ruritania y Freedonia. Atlas de Diplomacia Digital. ${site}/es/articles/estudio-ficticio/`,
    author: 'Ejemplo, Ana María and {Fixture Editorial Team}',
  },
  'articles/es/bilingue-es-fr': {
    apa: `Ejemplo, A. M. (2025, 2 de abril). Nota de prueba en español y francés. Atlas de Diplomacia Digital. ${site}/es/articles/bilingue-es-fr/`,
    author: 'Ejemplo, Ana María',
  },
  // A person's initials already end the author with a full stop: no second one.
  'articles/es/solo-en-espanol': {
    apa: `Ejemplo, A. M. (2025, 10 de marzo). Nota de prueba escrita solo en español. Atlas de Diplomacia Digital. ${site}/es/articles/solo-en-espanol/`,
    author: 'Ejemplo, Ana María',
  },
  'interviews/en/entrevista-ficticia': {
    apa: `Fixture Editorial Team. (2024, November 20). Pat Example: fictional diplomacy on social media. Digital Diplomacy Atlas. ${site}/en/interviews/fictional-interview/`,
    author: '{Fixture Editorial Team}',
  },
  'interviews/es/entrevista-ficticia': {
    apa: `Fixture Editorial Team. (2024, 20 de noviembre). Pat Example: la diplomacia ficticia en redes. Atlas de Diplomacia Digital. ${site}/es/interviews/entrevista-ficticia/`,
    author: '{Fixture Editorial Team}',
  },
};
const name = (e: (typeof entries)[number]) => `${e.kind}/${e.locale}/${e.slug}`;

it('the fixture entries are those cited below', () => {
  expect(entries.map(name).sort()).toEqual(Object.keys(expected).sort());
});

describe.each(entries.map((e) => [name(e), e] as const))('cite %s', (id, e) => {
  const page = pageOf(e);
  const want = expected[id]!;

  it('APA: authors, date in the page language, title, site name, URL', () => {
    expect(apaPage(page)).toBe(want.apa);
  });

  it('APA: the title is its own part, to be italicised', () => {
    const parts = apaPageParts(page);
    expect(parts.title).toBe(e.data.title);
    expect(`${parts.before}${parts.title}${parts.after}`).toBe(want.apa);
  });

  // What both BibTeX records hold, written out from the frontmatter.
  const year = e.data.published.slice(0, 4);
  const url = `${site}/${e.locale}/${e.kind}/${e.data.slug ?? e.slug}/`;
  const siteName = { es: 'Atlas de Diplomacia Digital', en: 'Digital Diplomacy Atlas' }[e.locale];

  it('BibTeX: a classic @misc record, with only fields every BibTeX style knows', () => {
    const { type, key, fields } = bibFields(bibtexPage(page));
    // @online is biblatex's: classic BibTeX styles and bibtexparser skip it.
    expect([type, key]).toEqual(['misc', `atlas-${year}-${e.slug}-${e.locale}`]);
    expect(fields).toEqual({ author: want.author, title: e.data.title, howpublished: siteName, year, note: `\\url{${url}}` });
  });

  it('biblatex: an @online record with the frontmatter fields and the page language', () => {
    const { type, key, fields } = bibFields(biblatexPage(page));
    expect([type, key]).toEqual(['online', `atlas-${year}-${e.slug}-${e.locale}`]);
    expect(fields).toEqual({
      author: want.author,
      title: e.data.title,
      date: e.data.published,
      year,
      organization: siteName,
      url,
      langid: { es: 'spanish', en: 'english' }[e.locale],
    });
  });
});

describe('citation details', () => {
  const base: PageCitation = { authors: ['Ejemplo, Ana María', 'Prueba, Luis'], title: 'Redes & diplomacia: 100% {digital}?', published: '2021-03', siteName: 'Atlas', url: 'https://x.org/p/', locale: 'es', slug: 'p' };

  it('APA: several people, month precision, a title ending in "?"', () => {
    expect(apaPage(base)).toBe('Ejemplo, A. M., & Prueba, L. (2021, marzo). Redes & diplomacia: 100% {digital}? Atlas. https://x.org/p/');
    expect(apaPage({ ...base, published: '2021', locale: 'en' })).toBe('Ejemplo, A. M., & Prueba, L. (2021). Redes & diplomacia: 100% {digital}? Atlas. https://x.org/p/');
  });

  it('BibTeX: people joined by "and", special characters escaped', () => {
    for (const record of [bibtexPage(base), biblatexPage(base)]) {
      const { key, fields } = bibFields(record);
      expect(key).toBe('atlas-2021-p-es');
      expect(fields.author).toBe('Ejemplo, Ana María and Prueba, Luis');
      expect(fields.title).toBe('Redes \\& diplomacia: 100\\% digital?');
    }
    expect(bibtexEscape('a_b #1 $2')).toBe('a\\_b \\#1 \\$2');
  });

  it('BibTeX: the classic record is aligned as written by hand', () => {
    expect(bibtexPage(base)).toBe(
      [
        '@misc{atlas-2021-p-es,',
        '  author       = {Ejemplo, Ana María and Prueba, Luis},',
        '  title        = {Redes \\& diplomacia: 100\\% digital?},',
        '  howpublished = {Atlas},',
        '  year         = {2021},',
        '  note         = {\\url{https://x.org/p/}},',
        '}',
      ].join('\n'),
    );
  });
});

describe('bibliography lines (APA)', () => {
  const byId = (id: string): Source => {
    const found = sources.find((s) => s.id === id);
    if (!found) throw new Error(`the fixture bibliography has no ${id}`);
    return found;
  };
  const line = (s: Source, noDate?: string) => {
    const p = apaParts(s, noDate);
    return `${p.before}${p.title}${p.after}`;
  };

  it('a journal article: authors, year, title, journal, volume(issue), pages, URL', () => {
    const p = apaParts(byId('ficticia-2020'));
    expect(p.italicTitle).toBe(false);
    expect(line(byId('ficticia-2020'))).toBe(
      'Ejemplo, A. M., & Prueba, L. (2020). Estudio ficticio de la diplomacia digital de Ruritania y Freedonia. Revista de Pruebas, 7(2), 10-30. https://journal.example.org/ficticia-2020',
    );
  });

  it('a journal article italicises the journal and the volume, not the article title, and links the address', () => {
    const segs = apaSegments(byId('ficticia-2020'));
    expect(segs.filter((x) => x.italic).map((x) => x.text)).toEqual(['Revista de Pruebas', '7']);
    expect(segs.find((x) => x.href)?.href).toBe('https://journal.example.org/ficticia-2020');
  });

  it('an interview: the italic title is followed by a full stop, then the publication', () => {
    const p = apaParts(byId('fixture-interview-original'));
    expect(p.italicTitle).toBe(true);
    expect(p.before).toBe('Entrevistador, P. (2023). ');
    expect(p.title).toBe('Pat Example: diplomacia ficticia en redes');
    expect(p.after).toBe('. Revista Imaginaria. https://revista.example.org/pat-example');
  });

  it('an essay without an address ends after its container, its title in sentence case', () => {
    const essay = byId('fixture-essay');
    expect(essay.title).toBe('On Imaginary Diplomacy');
    const p = apaParts(essay);
    expect(p.italicTitle).toBe(true);
    expect(p.title).toBe('On imaginary diplomacy');
    expect(p.after).toBe('. Example Review.');
    // Without a sentence-case form the title is written as the bibliography gives it.
    const { titleSentenceCase: _, ...asGiven } = essay;
    expect(apaParts(asGiven).title).toBe('On Imaginary Diplomacy');
  });

  it('a blog post italicises the blog, not the post title', () => {
    const s = byId('fixture-blog-undated');
    expect(line(s)).toBe('Blogger, S. (n.d.). A fictional blog post with no date. Imaginary Diplomacy Blog. https://blog.example.org/undated-post');
    expect(apaSegments(s).filter((x) => x.italic).map((x) => x.text)).toEqual(['Imaginary Diplomacy Blog']);
    expect(apaParts(s).italicTitle).toBe(false);
  });

  it('a work without authors or container puts its title first, then the date', () => {
    const s = byId('fixture-count-2024');
    expect(s.authors).toEqual([]);
    expect(line(s)).toBe('Fixture follow-up count (not a real source). (2024). https://example.org/fixture-count');
    expect(shortCitation(s)).toBe('Fixture follow-up count (not a real source), 2024');
  });

  it('an undated work says so in the page language', () => {
    // The fixture bibliography dates every work: this one is the interview with its date left out.
    const { date: _, ...undated } = byId('fixture-interview-original');
    expect(apaParts(undated, 's. f.').before).toBe('Entrevistador, P. (s. f.). ');
    expect(shortCitation(undated, useTranslations('es')('cite.noDate'))).toBe('Entrevistador, s. f.');
    expect(shortCitation(undated, useTranslations('en')('cite.noDate'))).toBe('Entrevistador, n.d.');
  });

  it('a short citation names up to two family names and the year', () => {
    expect(shortCitation(byId('ficticia-2020'))).toBe('Ejemplo & Prueba, 2020');
    expect(shortCitation(byId('fixture-essay'))).toBe('Fixture Editorial Team, 2019');
  });
});
