/**
 * Translation pairing, fallback pages, listings and their filters, feed items, reading time and the
 * table of contents: the pure functions of src/lib/entries.ts over the real entries and fixtures.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  authorList,
  citedSources,
  countWords,
  displayName,
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
  withTag,
  aboutCountry,
  languageName,
} from '../../src/lib/entries.ts';
import { locales } from '../../src/i18n/config.ts';
import { contentCopy, loadEntriesFromFiles } from '../support/entries.ts';
import { loadAtlasFromFiles } from '../support/content.ts';

const tagVocabulary = loadAtlasFromFiles().tags;

const real = loadEntriesFromFiles();

describe('translation pairing over the real entries', () => {
  const routes = entryRoutes(real);

  it('finds the four entries, each with its twin in every language', () => {
    const slugs = [...new Set(real.map((e) => `${e.kind}/${e.slug}`))].sort();
    expect(slugs).toEqual([
      'articles/conferencia-embajada-pakistan-paris-2013',
      'articles/diplomacia-publica-digital-mexico-chile',
      'articles/diplomacia-y-era-digital',
      'interviews/arturo-sarukhan-redes-sociales-diplomacia',
    ]);
    expect(routes).toHaveLength(slugs.length * locales.length);
    for (const r of routes) {
      expect(r.fallback).toBe(false);
      expect(r.entry.locale).toBe(r.locale);
      expect(r.available).toEqual([...locales]);
    }
  });

  it('twins share their kind, slug, countries, sources and publication date', () => {
    for (const es of real.filter((e) => e.locale === 'es')) {
      const en = real.find((e) => e.locale === 'en' && e.kind === es.kind && e.slug === es.slug)!;
      expect(en, `${es.kind}/en/${es.slug}.mdx`).toBeDefined();
      expect(en.data.countries).toEqual(es.data.countries);
      expect(en.data.sources).toEqual(es.data.sources);
      expect(en.data.published).toBe(es.data.published);
      expect(en.data.title).not.toBe(es.data.title);
    }
  });

  it('lists each language with its own entries, newest first', () => {
    for (const locale of locales) {
      const list = routesIn(routes, locale);
      expect(list.every((r) => r.entry.locale === locale)).toBe(true);
      const dates = list.map((r) => r.entry.data.published);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(routesIn(routes, locale, 'interviews').map((r) => r.slug)).toEqual(['arturo-sarukhan-redes-sociales-diplomacia']);
    }
  });
});

describe('an entry in one language only (fixture)', () => {
  const copy = contentCopy('entries-single-language');
  afterAll(() => copy.cleanup());
  const entries = loadEntriesFromFiles(copy.content);
  const routes = entryRoutes(entries);
  const find = (slug: string, locale: string) => routes.find((r) => r.slug === slug && r.locale === locale)!;

  it('gets a page in the other language that is a fallback to the original', () => {
    const en = find('solo-en-espanol', 'en');
    expect(en.fallback).toBe(true);
    expect(en.entry.locale).toBe('es');
    expect(en.entry.data.title).toBe('Nota de prueba escrita solo en español');
    expect(en.available).toEqual(['es']);
    const es = find('solo-en-espanol', 'es');
    expect(es.fallback).toBe(false);
    expect(es.available).toEqual(['es']);
  });

  it('works the other way round when only the English version exists', () => {
    const es = find('english-only-note', 'es');
    expect(es.fallback).toBe(true);
    expect(es.entry.locale).toBe('en');
    expect(find('english-only-note', 'en').fallback).toBe(false);
  });

  it('is listed in both languages, marked as a fallback where it is not written', () => {
    const en = routesIn(routes, 'en', 'articles');
    expect(en.map((r) => r.slug)).toContain('solo-en-espanol');
    expect(en.filter((r) => r.fallback).map((r) => r.slug)).toEqual(['solo-en-espanol']);
  });

  it('is not in the other language\'s feed', () => {
    expect(feedItems(entries, 'en', tagVocabulary).map((i) => i.link)).not.toContain('/en/articles/solo-en-espanol/');
    expect(feedItems(entries, 'es', tagVocabulary).map((i) => i.link)).toContain('/es/articles/solo-en-espanol/');
  });

  it('gives every locale the same filter pages, so the language switch always lands', () => {
    const paths = filterPagePaths(entries, 'articles', 'tags');
    for (const locale of locales) {
      expect(paths.filter((p) => p.params.lang === locale).map((p) => p.params.tag)).toEqual(filterValues(routes, 'articles', 'tags'));
    }
    expect(filterValues(routes, 'articles', 'countries')).toEqual(['cl', 'mx']);
  });
});

describe('listing filters', () => {
  const es = routesIn(entryRoutes(real), 'es', 'articles');

  it('counts tags and filters by tag and by country', () => {
    const tags = tagOptions(es);
    expect(tags[0]).toEqual({ id: 'digital-diplomacy', count: 2 });
    expect(withTag(es, 'events').map((r) => r.slug)).toEqual(['conferencia-embajada-pakistan-paris-2013']);
    expect(aboutCountry(es, 'cl').map((r) => r.slug)).toEqual(['diplomacia-publica-digital-mexico-chile']);
    expect(aboutCountry(es, 'mx').map((r) => r.slug).sort()).toEqual(['diplomacia-publica-digital-mexico-chile', 'diplomacia-y-era-digital']);
  });

  it('labels tags in the page language from content/tags.yaml, and spells out unknown ones', () => {
    const vocabulary = loadAtlasFromFiles().tags;
    const tag = vocabulary.find((t) => t.id === 'public-diplomacy')!;
    expect(tagLabel('es', 'public-diplomacy', vocabulary)).toBe(tag.label.es);
    expect(tagLabel('en', 'public-diplomacy', vocabulary)).toBe(tag.label.en);
    expect(tagLabel('en', 'some-new-tag', vocabulary)).toBe('some new tag');
  });

  it('every tag the real entries use is defined in content/tags.yaml', () => {
    const defined = new Set(loadAtlasFromFiles().tags.map((t) => t.id));
    expect(real.flatMap((e) => e.data.tags).filter((t) => !defined.has(t))).toEqual([]);
  });
});

describe('feed items', () => {
  it('hold the title, summary, link and date of every entry of the language', () => {
    for (const locale of locales) {
      const items = feedItems(real, locale, tagVocabulary);
      const own = real.filter((e) => e.locale === locale);
      expect(items).toHaveLength(own.length);
      for (const e of own) {
        const item = items.find((i) => i.link === `/${locale}/${e.kind}/${e.slug}/`)!;
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

  it('gives the long study article a reading time of several minutes', () => {
    const study = real.find((e) => e.slug === 'diplomacia-publica-digital-mexico-chile' && e.locale === 'es')!;
    expect(readingMinutes(study.words)).toBeGreaterThanOrEqual(8);
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
    // An entry whose sections are all h3 (the interview) gets a flat list.
    const flat = tableOfContents([1, 2, 3, 4].map((n) => ({ depth: 3, slug: `q${n}`, text: `Q${n}` })));
    expect(flat.map((i) => i.slug)).toEqual(['q1', 'q2', 'q3', 'q4']);
  });
});

describe('names and languages', () => {
  it('writes authors as readers expect them', () => {
    expect(displayName('Benayas, Grecia')).toBe('Grecia Benayas');
    expect(displayName('Equipo del Atlas de Diplomacia Digital')).toBe('Equipo del Atlas de Diplomacia Digital');
    expect(authorList('es', ['Benayas, Grecia', 'Ojeda, Osvaldo'])).toBe('Grecia Benayas y Osvaldo Ojeda');
    expect(authorList('en', ['Benayas, Grecia', 'Ojeda, Osvaldo'])).toBe('Grecia Benayas and Osvaldo Ojeda');
  });

  it('names a language in the page language', () => {
    expect(languageName('es', 'en')).toBe('inglés');
    expect(languageName('en', 'es')).toBe('Spanish');
  });
});

describe('references cited in the body', () => {
  it('are found and join the frontmatter sources', () => {
    const body = 'Text <Cite id="benayas-2021" page="3" /> and <PullQuote source="sarukhan-digital-age" attribution="X">q</PullQuote> <Cite id="benayas-2021" />';
    expect(citedSources(body)).toEqual(['benayas-2021', 'sarukhan-digital-age']);
    expect(referenceIds({ data: { sources: ['ojeda-sarukhan-interview', 'benayas-2021'] } as never, cited: ['benayas-2021', 'sarukhan-digital-age'] })).toEqual([
      'ojeda-sarukhan-interview',
      'benayas-2021',
      'sarukhan-digital-age',
    ]);
  });

  it('are those the real entries quote', () => {
    const essay = real.find((e) => e.slug === 'diplomacia-y-era-digital' && e.locale === 'en')!;
    expect(essay.cited).toEqual(['sarukhan-digital-age']);
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
    const countries = [{ id: 'mx' }, { id: 'cl' }];
    expect(pickCountries(countries, undefined, '<Chart countries>', 'f')).toEqual(countries);
    expect(pickCountries(countries, 'cl, mx', '<Chart countries>', 'f')).toEqual([{ id: 'cl' }, { id: 'mx' }]);
    expect(() => pickCountries(countries, 'mx,ar', '<Chart countries>', 'f')).toThrow('unknown id "ar"');
  });
});
