/**
 * Translation pairing, fallback pages, listings and their filters, feed items, reading time and the
 * table of contents: the pure functions of src/lib/entries.ts over the entries of the fictional
 * fixture tree (tests/fixture-site/content). Its entries, read by hand:
 *
 * | entry | es | en | published | tags | countries |
 * | --- | --- | --- | --- | --- | --- |
 * | articles/estudio-ficticio | ✓ | ✓ | 2025-06-01 | fixture-policy, fixture-media | xr, xf |
 * | articles/solo-en-espanol (note) | ✓ | – | 2025-03-10 | fixture-events | xf |
 * | articles/english-only-note (note) | – | ✓ | 2024-12-02 | fixture-media | xr |
 * | interviews/entrevista-ficticia | ✓ | ✓ | 2024-11-20 | fixture-media, fixture-policy | xr |
 *
 * Addresses: the English interview has its own slug, `fictional-interview` (the Spanish one keeps
 * its file name); the tag fixture-events has a slug per language (es `eventos-ficticios`, en
 * `fictional-events`), the others none.
 */
import { describe, expect, it } from 'vitest';
import {
  authorList,
  citedSources,
  countWords,
  displayName,
  entryPagePaths,
  entryRedirects,
  entryRoutes,
  feedItems,
  filterPagePaths,
  filterValues,
  lookup,
  pickCountries,
  readingMinutes,
  referenceIds,
  routesIn,
  tableOfContents,
  tagLabel,
  tagOptions,
  tagPath,
  tagSlug,
  twinSlugs,
  withTag,
  aboutCountry,
  languageName,
} from '../../src/lib/entries.ts';
import { locales } from '../../src/i18n/config.ts';
import { loadEntriesFromFiles } from '../support/entries.ts';
import { loadAtlasFromFiles } from '../support/content.ts';

const tagVocabulary = loadAtlasFromFiles().tags;
const entries = loadEntriesFromFiles();
const routes = entryRoutes(entries);
const entry = (kind: string, locale: string, slug: string) => {
  const found = entries.find((e) => e.kind === kind && e.locale === locale && e.slug === slug);
  if (!found) throw new Error(`the fixture tree has no ${kind}/${locale}/${slug}.mdx`);
  return found;
};
const route = (slug: string, locale: string) => {
  const found = routes.find((r) => r.slug === slug && r.locale === locale);
  if (!found) throw new Error(`no ${locale} route for ${slug}`);
  return found;
};
const slugs = (list: { slug: string }[]) => list.map((r) => r.slug);

describe('translation pairing', () => {
  it('finds the fixture entries and gives each a page in every language', () => {
    const found = [...new Set(entries.map((e) => `${e.kind}/${e.slug}`))].sort();
    // bilingue-es-fr: Spanish here (its French version is in the fixture's third language, left out in process).
    expect(found).toEqual(['articles/bilingue-es-fr', 'articles/english-only-note', 'articles/estudio-ficticio', 'articles/solo-en-espanol', 'interviews/entrevista-ficticia']);
    expect(routes).toHaveLength(found.length * locales.length);
    for (const locale of locales) expect(routes.filter((r) => r.locale === locale).map((r) => `${r.kind}/${r.slug}`).sort()).toEqual(found);
  });

  it.each(['estudio-ficticio', 'entrevista-ficticia'])('pairs %s with its twin: each page shows its own language', (slug) => {
    // The twins are written in Spanish and English (a language a maintainer adds has notice pages).
    for (const locale of ['es', 'en']) {
      const r = route(slug, locale);
      expect(r.fallback).toBe(false);
      expect(r.entry.locale).toBe(locale);
      expect(r.available).toEqual(['es', 'en']);
    }
  });

  it.each([
    ['articles', 'estudio-ficticio'],
    ['interviews', 'entrevista-ficticia'],
  ])('twins (%s/%s) share their countries, sources and publication date, not their title', (kind, slug) => {
    const es = entry(kind, 'es', slug);
    const en = entry(kind, 'en', slug);
    expect(en.data.countries).toEqual(es.data.countries);
    expect(en.data.sources).toEqual(es.data.sources);
    expect(en.data.published).toBe(es.data.published);
    expect(en.data.title).not.toBe(es.data.title);
  });

  it('lists each language with its own entries and fallbacks, newest first', () => {
    for (const locale of locales) {
      const list = routesIn(routes, locale);
      expect(list.every((r) => r.locale === locale)).toBe(true);
      expect(slugs(routesIn(routes, locale, 'articles'))).toEqual(['estudio-ficticio', 'bilingue-es-fr', 'solo-en-espanol', 'english-only-note']);
      expect(slugs(routesIn(routes, locale, 'interviews'))).toEqual(['entrevista-ficticia']);
    }
  });
});

describe('an entry in one language only', () => {
  it('gets a page in the other language that is a fallback to the original', () => {
    const en = route('solo-en-espanol', 'en');
    expect(en.fallback).toBe(true);
    expect(en.entry.locale).toBe('es');
    expect(en.entry.data.title).toBe('Nota de prueba escrita solo en español');
    expect(en.available).toEqual(['es']);
    const es = route('solo-en-espanol', 'es');
    expect(es.fallback).toBe(false);
    expect(es.available).toEqual(['es']);
  });

  it('works the other way round when only the English version exists', () => {
    const es = route('english-only-note', 'es');
    expect(es.fallback).toBe(true);
    expect(es.entry.locale).toBe('en');
    expect(es.entry.data.title).toBe('A test note written only in English');
    expect(es.available).toEqual(['en']);
    expect(route('english-only-note', 'en').fallback).toBe(false);
  });

  it('is listed in both languages, marked as a fallback where it is not written', () => {
    expect(slugs(routesIn(routes, 'en', 'articles').filter((r) => r.fallback))).toEqual(['bilingue-es-fr', 'solo-en-espanol']);
    expect(slugs(routesIn(routes, 'es', 'articles').filter((r) => r.fallback))).toEqual(['english-only-note']);
  });

  it("is not in the other language's feed", () => {
    expect(feedItems(entries, 'en', tagVocabulary).map((i) => i.link)).not.toContain('/en/articles/solo-en-espanol/');
    expect(feedItems(entries, 'es', tagVocabulary).map((i) => i.link)).toContain('/es/articles/solo-en-espanol/');
    expect(feedItems(entries, 'es', tagVocabulary).map((i) => i.link)).not.toContain('/es/articles/english-only-note/');
  });

  it('gives every locale the same filter pages, so the language switch always lands', () => {
    expect(filterValues(routes, 'articles', 'tags')).toEqual(['fixture-events', 'fixture-media', 'fixture-policy']);
    expect(filterValues(routes, 'articles', 'countries')).toEqual(['xf', 'xr']);
    const paths = filterPagePaths(entries, 'articles', 'tags');
    for (const locale of locales) {
      expect(paths.filter((p) => p.params.lang === locale).map((p) => p.params.tag)).toEqual(['fixture-events', 'fixture-media', 'fixture-policy']);
    }
  });
});

describe('addresses in each language', () => {
  it('put an entry with its own slug at that slug in its language, its twin at the file name', () => {
    expect(route('entrevista-ficticia', 'en')).toMatchObject({ urlSlug: 'fictional-interview', path: '/en/interviews/fictional-interview/', fallback: false });
    expect(route('entrevista-ficticia', 'es')).toMatchObject({ urlSlug: 'entrevista-ficticia', path: '/es/interviews/entrevista-ficticia/', fallback: false });
    // Both pages know the other's address: the language switch and hreflang pair them.
    for (const locale of ['es', 'en']) {
      expect(route('entrevista-ficticia', locale).paths).toMatchObject({ es: '/es/interviews/entrevista-ficticia/', en: '/en/interviews/fictional-interview/' });
    }
    expect(route('estudio-ficticio', 'en').path).toBe('/en/articles/estudio-ficticio/');
  });

  it('give a notice page the original’s slug', () => {
    expect(twinSlugs(new Map([['en', 'english-only']]), ['es', 'en', 'fr'])).toEqual({ es: 'english-only', en: 'english-only', fr: 'english-only' });
    expect(twinSlugs(new Map([['es', 'solo-espanol'], ['en', 'spanish-only']]), ['es', 'en', 'fr'])).toEqual({ es: 'solo-espanol', en: 'spanish-only', fr: 'solo-espanol' });
    expect(twinSlugs(new Map([['fr', 'francais'], ['en', 'french']]), ['es', 'en', 'fr'])).toEqual({ es: 'french', en: 'french', fr: 'francais' });
  });

  it('lead the old address (the file name) to the new one', () => {
    expect(entryRedirects(routes).filter((r) => r.kind === 'interviews')).toEqual([{ kind: 'interviews', locale: 'en', segment: 'entrevista-ficticia', from: '/en/interviews/entrevista-ficticia/', to: '/en/interviews/fictional-interview/' }]);
    const pages = entryPagePaths(entries).filter((p) => p.params.section === 'interviews' && p.params.lang === 'en');
    expect(pages.map((p) => [p.params.slug, 'redirect' in p.props])).toEqual([['fictional-interview', false], ['entrevista-ficticia', true]]);
  });

  it('put a tag’s filter pages at its slug in each language, or its id, and its id’s address leads there', () => {
    expect(tagSlug('es', 'fixture-events', tagVocabulary)).toBe('eventos-ficticios');
    expect(tagSlug('en', 'fixture-events', tagVocabulary)).toBe('fictional-events');
    expect(tagSlug('en', 'fixture-media', tagVocabulary)).toBe('fixture-media');
    expect(tagPath('articles', 'en', 'fixture-events', tagVocabulary)).toBe('/en/articles/tags/fictional-events/');
    const paths = filterPagePaths(entries, 'articles', 'tags', ['es', 'en'], tagVocabulary);
    const events = paths.filter((p) => p.props.value === 'fixture-events');
    expect(events.map((p) => [p.params.lang, p.params.tag, p.props.redirect?.to])).toEqual([
      ['es', 'eventos-ficticios', undefined],
      ['es', 'fixture-events', '/es/articles/tags/eventos-ficticios/'],
      ['en', 'fictional-events', undefined],
      ['en', 'fixture-events', '/en/articles/tags/fictional-events/'],
    ]);
    expect(events[0]!.props.paths).toEqual({ es: '/es/articles/tags/eventos-ficticios/', en: '/en/articles/tags/fictional-events/' });
    expect(paths.filter((p) => p.props.value === 'fixture-media').map((p) => [p.params.lang, p.params.tag, p.props.redirect])).toEqual([
      ['es', 'fixture-media', undefined],
      ['en', 'fixture-media', undefined],
    ]);
  });
});

describe('listing filters', () => {
  const es = routesIn(routes, 'es', 'articles');

  it('count tags over the listing, fallbacks included, most used first', () => {
    expect(tagOptions(es)).toEqual([
      { id: 'fixture-media', count: 2 },
      { id: 'fixture-policy', count: 2 },
      { id: 'fixture-events', count: 1 },
    ]);
  });

  it('filter by tag and by country, newest first', () => {
    expect(slugs(withTag(es, 'fixture-events'))).toEqual(['solo-en-espanol']);
    expect(slugs(withTag(es, 'fixture-media'))).toEqual(['estudio-ficticio', 'english-only-note']);
    expect(slugs(aboutCountry(es, 'xf'))).toEqual(['estudio-ficticio', 'solo-en-espanol']);
    expect(slugs(aboutCountry(es, 'xr'))).toEqual(['estudio-ficticio', 'bilingue-es-fr', 'english-only-note']);
  });

  it('label tags in the page language from tags.yaml, and spell out unknown ones', () => {
    expect(tagLabel('es', 'fixture-policy', tagVocabulary)).toBe('política ficticia');
    expect(tagLabel('en', 'fixture-policy', tagVocabulary)).toBe('fictional policy');
    expect(tagLabel('en', 'some-new-tag', tagVocabulary)).toBe('some new tag');
  });

  it('every tag the fixture entries use is defined in tags.yaml', () => {
    const defined = new Set(tagVocabulary.map((t) => t.id));
    expect(entries.flatMap((e) => e.data.tags).filter((t) => !defined.has(t))).toEqual([]);
  });
});

describe('feed items', () => {
  it('list the entries written in the language, newest first', () => {
    expect(feedItems(entries, 'es', tagVocabulary).map((i) => i.link)).toEqual(['/es/articles/estudio-ficticio/', '/es/articles/bilingue-es-fr/', '/es/articles/solo-en-espanol/', '/es/interviews/entrevista-ficticia/']);
    expect(feedItems(entries, 'en', tagVocabulary).map((i) => i.link)).toEqual(['/en/articles/estudio-ficticio/', '/en/articles/english-only-note/', '/en/interviews/fictional-interview/']);
  });

  it('hold the title, summary, date and tag labels of an entry', () => {
    const item = feedItems(entries, 'es', tagVocabulary).find((i) => i.link === '/es/interviews/entrevista-ficticia/')!;
    expect(item).toEqual({
      title: 'Pat Example: la diplomacia ficticia en redes',
      description: 'Entrevista de prueba con una persona inventada.',
      link: '/es/interviews/entrevista-ficticia/',
      pubDate: new Date(Date.UTC(2024, 10, 20)),
      categories: ['medios ficticios', 'política ficticia'],
    });
  });

  it('hold the title, summary, link and date of every entry of the language', () => {
    for (const locale of locales) {
      const items = feedItems(entries, locale, tagVocabulary);
      const own = entries.filter((e) => e.locale === locale);
      expect(items).toHaveLength(own.length);
      for (const e of own) {
        const item = items.find((i) => i.link === `/${locale}/${e.kind}/${e.data.slug ?? e.slug}/`)!;
        expect(item.title).toBe(e.data.title);
        expect(item.description).toBe(e.data.summary);
        expect(item.pubDate.toISOString().slice(0, 10)).toBe(e.data.published);
        expect(item.categories).toEqual(e.data.tags.map((tag) => tagLabel(locale, tag, tagVocabulary)));
      }
    }
  });
});

describe('reading time and contents', () => {
  it('counts words, not markup', () => {
    expect(countWords('## A title\n\nOne two [three](https://example.org/a-b-c).\n\n<Chart id="followers-twitter" />\n\n- four')).toBe(6);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });

  it('counts the words of the fixture notes, leaving out the citation tag', () => {
    // "Texto de prueba que solo existe en español, con una cita <Cite … />."
    expect(entry('articles', 'es', 'solo-en-espanol').words).toBe(11);
    // "Test text that exists only in English."
    expect(entry('articles', 'en', 'english-only-note').words).toBe(7);
  });

  it('gives a short note a reading time of one minute, never less', () => {
    expect(readingMinutes(entry('articles', 'es', 'solo-en-espanol').words)).toBe(1);
  });

  it('nests h3 under h2 and leaves out the contents of short entries', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 3, slug: 'a2', text: 'A2' },
      { depth: 2, slug: 'b', text: 'B' },
      { depth: 4, slug: 'b1', text: 'deep' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }, { slug: 'a2', text: 'A2', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
    expect(tableOfContents([{ depth: 2, slug: 'a', text: 'A' }])).toEqual([]);
    // An entry whose sections are all h3 (an interview) gets a flat list.
    const flat = tableOfContents([1, 2, 3, 4].map((n) => ({ depth: 3, slug: `q${n}`, text: `Q${n}` })));
    expect(flat.map((i) => i.slug)).toEqual(['q1', 'q2', 'q3', 'q4']);
  });
});

describe('names and languages', () => {
  it('writes a person "Family, Given" as "Given Family" and keeps a group name as it is', () => {
    expect(displayName('Ejemplo, Ana María')).toBe('Ana María Ejemplo');
    expect(displayName('Fixture Editorial Team')).toBe('Fixture Editorial Team');
  });

  it('lists the authors of an entry in the page language, a person and a group together', () => {
    const authors = entry('articles', 'es', 'estudio-ficticio').data.authors;
    expect(authors).toEqual(['Ejemplo, Ana María', 'Fixture Editorial Team']);
    expect(authorList('es', authors)).toBe('Ana María Ejemplo y Fixture Editorial Team');
    expect(authorList('en', authors)).toBe('Ana María Ejemplo and Fixture Editorial Team');
  });

  it('names a language in the page language', () => {
    expect(languageName('es', 'en')).toBe('inglés');
    expect(languageName('en', 'es')).toBe('Spanish');
  });
});

describe('references cited in the body', () => {
  it('are found and join the frontmatter sources', () => {
    const body = 'Text <Cite id="ficticia-2020" page="3" /> and <PullQuote source="fixture-essay" attribution="X">q</PullQuote> <Cite id="ficticia-2020" />';
    expect(citedSources(body)).toEqual(['ficticia-2020', 'fixture-essay']);
    expect(referenceIds({ data: { sources: ['fixture-interview-original', 'ficticia-2020'] } as never, cited: ['ficticia-2020', 'fixture-essay'] })).toEqual([
      'fixture-interview-original',
      'ficticia-2020',
      'fixture-essay',
    ]);
  });

  it('are those the fixture study quotes: its Cites (one in single quotes) and its PullQuote', () => {
    const study = entry('articles', 'en', 'estudio-ficticio');
    expect(study.cited).toEqual(['ficticia-2020', 'fixture-essay', 'fixture-blog-undated']);
    expect(referenceIds(study)).toEqual(['ficticia-2020', 'fixture-essay', 'fixture-blog-undated']);
  });
});

describe('component lookups', () => {
  const charts = [{ id: 'followers-twitter' }, { id: 'accounts-timeline' }];

  it('name the file, the component, the unknown id and the valid ids', () => {
    expect(() => lookup(charts, 'followers-myspace', '<Chart id>', 'content/articles/es/x.mdx')).toThrow(
      'content/articles/es/x.mdx: <Chart id>: unknown id "followers-myspace" (expected one of "followers-twitter", "accounts-timeline")',
    );
    expect(lookup(charts, 'accounts-timeline', '<Chart id>', 'f')).toBe(charts[1]);
  });

  it('pick the countries a component names, or all of them', () => {
    const countries = [{ id: 'xr' }, { id: 'xf' }];
    expect(pickCountries(countries, undefined, '<Chart countries>', 'f')).toEqual(countries);
    expect(pickCountries(countries, 'xf, xr', '<Chart countries>', 'f')).toEqual([{ id: 'xf' }, { id: 'xr' }]);
    expect(() => pickCountries(countries, 'xr,xq', '<Chart countries>', 'f')).toThrow('unknown id "xq"');
  });
});
