/**
 * Articles and interviews on the fixture site (tests/fixture-site/content, built under
 * https://example.github.io/atlas/): entry pages, listings with their filter pages, country pages,
 * the home page and the RSS feeds, in both languages. Every expected value below is written by hand
 * from the fixture's entries, tags, countries and bibliography; none is read from the built site.
 * The pages an entry written in one language gets in the other are in entries-fallback.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { allPages, builtSite, exists, isRedirectPage, pageDocument, readBuilt, text } from '../support/sites.ts';
import { withoutBase } from '../support/sitemap.ts';

const site = builtSite('fixture');
const B = '/atlas';
const origin = 'https://example.github.io';
const doc = (path: string) => pageDocument(site, path);
const hrefs = (root: ParentNode, selector = 'a') => [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href') ?? '');
const locales = ['es', 'en'] as const;
type Lang = (typeof locales)[number];
const other = (lang: Lang): Lang => (lang === 'es' ? 'en' : 'es');

const ui = {
  es: { articles: 'Artículos', interviews: 'Entrevistas', cite: 'Cómo citar esta página', site: 'Atlas de Diplomacia Digital' },
  en: { articles: 'Articles', interviews: 'Interviews', cite: 'Cite this page', site: 'Digital Diplomacy Atlas' },
};
/**
 * Addresses that are not the file name or the tag id (the fixture's `slug:` and tags.yaml `slug`):
 * the English interview is at `fictional-interview`; the tag fixture-events at a slug per language.
 */
const entrySlugs: Record<string, Partial<Record<Lang, string>>> = { 'interviews/entrevista-ficticia': { en: 'fictional-interview' } };
const tagSlugs: Record<string, Partial<Record<Lang, string>>> = { 'fixture-events': { es: 'eventos-ficticios', en: 'fictional-events' } };
const slugIn = (kind: string, slug: string, lang: Lang) => entrySlugs[`${kind}/${slug}`]?.[lang] ?? slug;
const tagIn = (tag: string, lang: Lang) => tagSlugs[tag]?.[lang] ?? tag;
/** A page's path with its entry slug or tag slug taken back to the file name or id. */
const keyOf = (path: string) => {
  const [, lang, kind, ...rest] = path.split('/') as [string, Lang, string, ...string[]];
  const slug = rest.length === 2 ? rest[0]! : undefined;
  if (slug) for (const [key, by] of Object.entries(entrySlugs)) if (key.startsWith(`${kind}/`) && by[lang] === slug) return `/${lang}/${key}/`;
  if (rest[0] === 'tags') for (const [tag, by] of Object.entries(tagSlugs)) if (by[lang] === rest[1]) return `/${lang}/${kind}/tags/${tag}/`;
  return path;
};
const countryName: Record<string, string> = { xr: 'Ruritania', xf: 'Freedonia', xb: 'Borduria', xg: 'Genovia', xk: 'Kravia', xl: 'Latveria', xe: 'Elbonia' };
const sourceTitle: Record<string, string> = {
  'ficticia-2020': 'Estudio ficticio de la diplomacia digital de Ruritania y Freedonia',
  // The APA line writes the essay's title in sentence case (titleSentenceCase).
  'fixture-essay': 'On imaginary diplomacy',
  'fixture-count-2024': 'Fixture follow-up count (not a real source)',
  'fixture-interview-original': 'Pat Example: diplomacia ficticia en redes',
  'fixture-blog-undated': 'A fictional blog post with no date',
};

/** The entries as the fixture files write them, one per language version. */
interface Written {
  kind: 'articles' | 'interviews';
  locale: Lang;
  slug: string;
  title: string;
  summary: string;
  /** The byline as the page prints it: "Family, Given" authors turned round, joined in the page's language. */
  byline: string;
  published: string;
  countries: readonly string[];
  /** The bibliography entries it cites: frontmatter sources and every <Cite>/<PullQuote> in the body. */
  references: readonly string[];
  tags: readonly string[];
  note: boolean;
  /** Written in both Spanish and English (otherwise in one of them, maybe also in French). */
  bilingual: boolean;
}
const study = { kind: 'articles', slug: 'estudio-ficticio', published: '2025-06-01', countries: ['xr', 'xf'], references: ['ficticia-2020', 'fixture-essay', 'fixture-blog-undated'], tags: ['fixture-policy', 'fixture-media'], note: false, bilingual: true } as const;
const interview = { kind: 'interviews', slug: 'entrevista-ficticia', byline: 'Fixture Editorial Team', published: '2024-11-20', countries: ['xr'], references: ['fixture-interview-original'], tags: ['fixture-media', 'fixture-policy'], note: false, bilingual: true } as const;
const written: Written[] = [
  { ...study, locale: 'es', title: 'Un estudio ficticio de Ruritania y Freedonia', summary: 'Entrada de prueba que usa todos los componentes MDX del atlas con datos inventados.', byline: 'Ana María Ejemplo y Fixture Editorial Team' },
  { ...study, locale: 'en', title: 'A fictional study of Ruritania and Freedonia', summary: 'A test entry that uses every MDX component of the atlas with made-up data.', byline: 'Ana María Ejemplo and Fixture Editorial Team' },
  {
    // Also in French (the fixture's third language), not in English: tests/site/third-locale.test.ts.
    kind: 'articles', locale: 'es', slug: 'bilingue-es-fr', title: 'Nota de prueba en español y francés',
    summary: 'Una entrada de prueba escrita en español y en francés, pero no en inglés.',
    byline: 'Ana María Ejemplo', published: '2025-04-02', countries: ['xr'], references: ['ficticia-2020'], tags: ['fixture-policy'], note: true, bilingual: false,
  },
  {
    kind: 'articles', locale: 'es', slug: 'solo-en-espanol', title: 'Nota de prueba escrita solo en español',
    summary: 'Una entrada de prueba que existe solo en español, para comprobar el aviso de la página en inglés.',
    byline: 'Ana María Ejemplo', published: '2025-03-10', countries: ['xf'], references: ['ficticia-2020'], tags: ['fixture-events'], note: true, bilingual: false,
  },
  {
    kind: 'articles', locale: 'en', slug: 'english-only-note', title: 'A test note written only in English',
    summary: 'A test entry that exists only in English, to check the notice on the Spanish page.',
    byline: 'Fixture Editorial Team', published: '2024-12-02', countries: ['xr'], references: ['fixture-count-2024'], tags: ['fixture-media'], note: true, bilingual: false,
  },
  { ...interview, locale: 'es', title: 'Pat Example: la diplomacia ficticia en redes', summary: 'Entrevista de prueba con una persona inventada.' },
  { ...interview, locale: 'en', title: 'Pat Example: fictional diplomacy on social media', summary: 'A test interview with a made-up person.' },
];
const titleOf = (slug: string, locale: Lang) => written.find((e) => e.slug === slug && (e.locale === locale || !e.bilingual))!.title;

it('reads the fixture site, built under /atlas/ on https://example.github.io', () => {
  expect([site.site, site.base]).toEqual([origin, '/atlas/']);
});

describe.each(written.map((e) => [`${e.kind}/${e.locale}/${e.slug}`, e] as const))('entry page %s', (_, e) => {
  const path = `/${e.locale}/${e.kind}/${slugIn(e.kind, e.slug, e.locale)}/`;
  const page = doc(path);
  const article = page.querySelector('main article')!;

  it('is in the entry language, with its title and summary', () => {
    expect(page.documentElement.getAttribute('lang')).toBe(e.locale);
    expect(text(page.querySelector('title'))).toBe(`${e.title} · ${ui[e.locale].site}`);
    expect(text(page.querySelector('h1'))).toBe(e.title);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(e.summary);
    expect(page.querySelector('meta[name="robots"]')).toBeNull();
  });

  it(e.bilingual ? 'offers its twin through hreflang and links the feed of its language' : 'offers no twin through hreflang, and links the feed of its language', () => {
    const alternates = [...page.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    const own = [e.locale, `${origin}${B}/${e.locale}/${e.kind}/${slugIn(e.kind, e.slug, e.locale)}/`];
    const twin = [other(e.locale), `${origin}${B}/${other(e.locale)}/${e.kind}/${slugIn(e.kind, e.slug, other(e.locale))}/`];
    expect(alternates).toContainEqual(own);
    if (e.bilingual) expect(alternates).toContainEqual(twin);
    else expect(alternates.map(([lang]) => lang)).not.toContain(other(e.locale));
    expect(page.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(`${B}/${e.locale}/rss.xml`);
  });

  it('shows the authors and the publication date', () => {
    expect(text(article.querySelector('.entry-meta dd'))).toBe(e.byline);
    expect(article.querySelector(`.entry-meta time[datetime="${e.published}"]`)).not.toBeNull();
  });

  it('links the countries it concerns, in its own language', () => {
    const links = [...article.querySelectorAll('.entry-meta a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(e.countries.map((c) => `${B}/${e.locale}/countries/${c}/`));
    expect(links.map(text)).toEqual(e.countries.map((c) => countryName[c]));
  });

  it('lists its references from the bibliography, those cited in the body too', () => {
    const items = [...article.querySelectorAll('.entry-section .references li')];
    expect(items.map((li) => li.id)).toEqual(e.references);
    for (const li of items) expect(text(li)).toContain(sourceTitle[li.id]!);
  });

  it('has "Cite this page" with APA, classic BibTeX and biblatex for this URL', () => {
    expect(text(page.querySelector('#entry-cite'))).toBe(ui[e.locale].cite);
    const url = `${origin}${B}${path}`;
    const apa = text(article.querySelector('.cite-page__apa'));
    expect(apa.endsWith(url)).toBe(true);
    expect(text(article.querySelector('.cite-page__apa i'))).toBe(e.title);
    const [bib, biblatex] = [...article.querySelectorAll('.cite-page__bibtex')].map((pre) => pre.textContent!);
    expect(bib).toMatch(/^@misc\{/);
    expect(bib).toContain(`title        = {${e.title}}`);
    expect(bib).toContain(`note         = {\\url{${url}}}`);
    expect(biblatex).toMatch(/^@online\{/);
    expect(biblatex).toContain(`title        = {${e.title}}`);
    expect(biblatex).toContain(`url          = {${url}}`);
    expect(biblatex).toContain(`langid       = {${e.locale === 'es' ? 'spanish' : 'english'}}`);
  });

  it('links its tags to the pre-built tag listings of its language', () => {
    expect(hrefs(article, '.entry-tags a')).toEqual(e.tags.map((tag) => `${B}/${e.locale}/${e.kind}/tags/${tagIn(tag, e.locale)}/`));
  });

  it(e.note ? 'renders as a note: no summary lead, reading time or contents' : 'renders as a full entry, with its summary as the lead', () => {
    expect(article.classList.contains('entry--note')).toBe(e.note);
    expect(article.querySelector('.lead') === null).toBe(e.note);
    if (e.note) {
      expect(article.querySelector('.toc')).toBeNull();
      expect(text(article.querySelector('.entry-meta'))).not.toMatch(/Lectura|Reading time/);
    } else expect(text(article.querySelector('.lead'))).toBe(e.summary);
  });
});

describe('APA citation of an author written "Family, Given" beside a group author', () => {
  it.each([
    ['es', 'Ejemplo, A. M., & Fixture Editorial Team. (2025, 1 de junio). Un estudio ficticio de Ruritania y Freedonia.'],
    ['en', 'Ejemplo, A. M., & Fixture Editorial Team. (2025, June 1). A fictional study of Ruritania and Freedonia.'],
  ] as const)('gives initials for the person and the group name whole (%s)', (lang, start) => {
    expect(text(doc(`/${lang}/articles/estudio-ficticio/`).querySelector('.cite-page__apa')).startsWith(start)).toBe(true);
  });
});

describe.each(locales)('entry contents (%s)', (lang) => {
  const page = doc(`/${lang}/articles/estudio-ficticio/`);

  it('the study has a table of contents whose links all land', () => {
    const toc = [...page.querySelectorAll('.toc a')];
    expect(toc.map(text)).toEqual(
      lang === 'es'
        ? ['Las tablas', 'Los gráficos', 'Una ficha', 'Una cita', 'Referencias', 'Cómo citar esta página']
        : ['The tables', 'The charts', 'A card', 'A quotation', 'References', 'Cite this page'],
    );
    for (const a of toc) {
      const href = a.getAttribute('href')!;
      expect(page.getElementById(decodeURIComponent(href.slice(1))), href).not.toBeNull();
    }
  });

  it('links written from the site root in the entry reach their pages under the base path', () => {
    const links = [...page.querySelectorAll('.entry-body a, article a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`${B}/${lang}/countries/xr/`);
    expect(links).toContain(`${B}/${lang}/compare/`);
    expect(links).not.toContain(`/${lang}/compare/`);
  });

  it('the study renders its tables and charts for the countries it names, in their order', () => {
    for (const id of ['table-features-xr-xf', 'table-presence-xr-xf', 'chart-followers-twitter-xr', 'chart-accounts-timeline']) {
      expect(page.getElementById(id), id).not.toBeNull();
    }
    const columns = [...page.querySelectorAll('#table-features-xr-xf thead th')].slice(1).map(text);
    expect(columns).toEqual(['Ruritania', 'Freedonia']);
    expect(hrefs(page, '.mdx-card a')).toEqual([`${B}/${lang}/countries/xr/`]);
    // In an entry the card can follow any heading, or none: its name is not a heading of its own.
    expect(page.querySelector('.mdx-card :is(h1, h2, h3, h4, h5, h6)')).toBeNull();
    expect(text(page.querySelector('.mdx-card .card__name'))).toBe('Ruritania');
  });

  it('the study cites with a page number, and cites a source written <Cite id=\'…\'/> in single quotes', () => {
    const cites = [...page.querySelectorAll('.entry__body .cite')].map(text);
    expect(cites[0]).toBe('(Ejemplo & Prueba, 2020, p. 12)');
    expect(cites).toContain('(Fixture Editorial Team, 2019)');
    expect(hrefs(page, '.entry__body .cite a')).toContain('#fixture-essay');
  });

  it('the interview shows who, by whom and where it first appeared, linked', () => {
    const facts = doc(`/${lang}/interviews/${slugIn('interviews', 'entrevista-ficticia', lang)}/`).querySelector('.interview-facts')!;
    const dd = [...facts.querySelectorAll('dd')].map(text);
    expect(dd.slice(0, 3)).toEqual(['Pat Example', lang === 'es' ? 'Portavoz ficticia del ministerio de Ruritania' : 'Fictional spokesperson of the Ruritanian ministry', 'Pablo Entrevistador']);
    expect(text(facts.querySelector('a[href="https://revista.example.org/pat-example"]'))).toBe('Revista Imaginaria');
  });

  it('a pull quote from a source in another language than the page is marked with its language', () => {
    const quote = page.querySelector('.pullquote blockquote')!;
    expect(text(quote)).toBe('Imaginary diplomacy is still diplomacy.');
    // fixture-essay is in English.
    expect(quote.getAttribute('lang')).toBe(lang === 'es' ? 'en' : null);
  });
});

/** What each listing holds (both languages list every entry; one written in the other language only links to its notice page). */
const listed = {
  articles: ['estudio-ficticio', 'bilingue-es-fr', 'solo-en-espanol', 'english-only-note'],
  interviews: ['entrevista-ficticia'],
};
const filters = {
  articles: { tags: ['fixture-events', 'fixture-media', 'fixture-policy'], countries: ['xf', 'xr'] },
  interviews: { tags: ['fixture-media', 'fixture-policy'], countries: ['xr'] },
};
const byTag: Record<string, Record<string, string[]>> = {
  articles: { 'fixture-policy': ['estudio-ficticio', 'bilingue-es-fr'], 'fixture-media': ['estudio-ficticio', 'english-only-note'], 'fixture-events': ['solo-en-espanol'] },
  interviews: { 'fixture-policy': ['entrevista-ficticia'], 'fixture-media': ['entrevista-ficticia'] },
};
const byCountry: Record<string, Record<string, string[]>> = {
  articles: { xr: ['estudio-ficticio', 'bilingue-es-fr', 'english-only-note'], xf: ['estudio-ficticio', 'solo-en-espanol'] },
  interviews: { xr: ['entrevista-ficticia'] },
};

describe.each(locales)('listings (%s)', (lang) => {
  it('date an entry by its work and its data, apart from the day it was added (estudio-ficticio: work 2020, data March 2020, added 1 June 2025)', () => {
    const item = doc(`/${lang}/articles/`).querySelector(`.entry-item:has(a[href="${B}/${lang}/articles/estudio-ficticio/"])`)!;
    expect(text(item.querySelector('.entry-eyebrow'))).toBe(lang === 'es' ? 'Artículo · obra de 2020 (datos de marzo de 2020) · en el atlas desde el 1 de junio de 2025' : 'Article · work of 2020 (data of March 2020) · added 1 June 2025');
    // An entry whose work has no date of its own says only when it was added.
    const note = doc(`/${lang}/articles/`).querySelector(`.entry-item:has(a[href="${B}/${lang}/articles/solo-en-espanol/"])`)!;
    expect(text(note.querySelector('.entry-eyebrow'))).not.toMatch(/obra|work/);
    const meta = text(doc(`/${lang}/articles/estudio-ficticio/`).querySelector('.entry-meta'));
    expect(meta).toContain(lang === 'es' ? 'Fecha de la obra2020' : 'Date of the work2020');
    expect(meta).toContain(lang === 'es' ? 'En el atlas desde1 de junio de 2025' : 'Added to the atlas1 June 2025');
  });

  for (const kind of ['articles', 'interviews'] as const) {
    const link = (slug: string) => `${B}/${lang}/${kind}/${slugIn(kind, slug, lang)}/`;
    const shown = (path: string) => hrefs(doc(path), '.entry-list .entry-item__title a').sort();

    it(`${kind}: every entry, linked in the language, with filter links that lead to built pages`, () => {
      const page = doc(`/${lang}/${kind}/`);
      expect(page.documentElement.getAttribute('lang')).toBe(lang);
      expect(text(page.querySelector('h1'))).toBe(ui[lang][kind]);
      // Every page of the listing (the fixture builds pages of three entries), following its "next" links.
      const items = [];
      for (let path: string | undefined = `/${lang}/${kind}/`; path; ) {
        const d = doc(path);
        items.push(...d.querySelectorAll('.entry-list .entry-item__title a'));
        const next = d.querySelector('.pager a[rel="next"]')?.getAttribute('href');
        path = next ? withoutBase(site, next) : undefined;
      }
      expect(items.map((a) => a.getAttribute('href')).sort()).toEqual(listed[kind].map(link).sort());
      expect(items.map(text).sort()).toEqual(listed[kind].map((slug) => titleOf(slug, lang)).sort());
      const links = hrefs(page, '.filters .filter-links a');
      expect(links.sort()).toEqual([...filters[kind].tags.map((t) => `${B}/${lang}/${kind}/tags/${tagIn(t, lang)}/`), ...filters[kind].countries.map((c) => `${B}/${lang}/${kind}/countries/${c}/`)].sort());
      for (const href of links) expect(exists(site, `${withoutBase(site, href)}index.html`), href).toBe(true);
      expect(hrefs(page, '.feed-link a')).toEqual([`${B}/${lang}/rss.xml`]);
    });

    it(`${kind}: a tag page lists exactly the entries with that tag and marks the active filter`, () => {
      for (const [tag, slugs] of Object.entries(byTag[kind]!)) {
        const path = `/${lang}/${kind}/tags/${tagIn(tag, lang)}/`;
        expect(shown(path), tag).toEqual(slugs.map(link).sort());
        expect(doc(path).querySelector('.filter-links a[aria-current="page"]')?.getAttribute('href')).toBe(`${B}${path}`);
      }
    });

    it(`${kind}: a country page lists exactly the entries about that country`, () => {
      for (const [c, slugs] of Object.entries(byCountry[kind]!)) {
        const path = `/${lang}/${kind}/countries/${c}/`;
        expect(text(doc(path).querySelector('h1'))).toContain(countryName[c]);
        expect(shown(path), c).toEqual(slugs.map(link).sort());
        expect(doc(path).querySelector('.filter-links a[aria-current="page"]')?.getAttribute('href')).toBe(`${B}${path}`);
      }
    });
  }

  it('every article and interview page has its twin in the other language (at its slug there)', () => {
    const pages = allPages(site).filter((p) => !isRedirectPage(site, p));
    const mine = pages.filter((p) => p.startsWith(`/${lang}/articles/`) || p.startsWith(`/${lang}/interviews/`)).map(keyOf);
    const theirs = pages.filter((p) => p.startsWith(`/${other(lang)}/articles/`) || p.startsWith(`/${other(lang)}/interviews/`)).map(keyOf);
    expect(mine).toContain(`/${lang}/articles/solo-en-espanol/`);
    expect(mine).toContain(`/${lang}/interviews/entrevista-ficticia/`);
    for (const p of mine) expect(theirs, p).toContain(p.replace(/^\/(es|en)\//, `/${other(lang)}/`));
  });
});

describe.each(locales)('country pages and home (%s)', (lang) => {
  const about: Record<string, string[]> = {
    xr: ['articles/estudio-ficticio', 'articles/bilingue-es-fr', 'articles/english-only-note', 'interviews/entrevista-ficticia'],
    xf: ['articles/estudio-ficticio', 'articles/solo-en-espanol'],
    xb: [], xg: [], xk: [], xl: [], xe: [],
  };

  it.each(Object.entries(about))('the country page of %s lists the articles and interviews about it', (c, entries) => {
    const page = doc(`/${lang}/countries/${c}/`);
    const heading = page.getElementById('entries')!;
    expect(text(heading)).toContain(countryName[c]);
    const list = heading.nextElementSibling!;
    expect(hrefs(list, '.entry-item__title a').sort()).toEqual(entries.map((e) => `${B}/${lang}/${e.replace(/^(\w+)\/(.+)$/, (_, kind: string, slug: string) => `${kind}/${slugIn(kind, slug, lang)}`)}/`).sort());
  });

  it('the home page shows the three latest entries, newest first, in its language', () => {
    const page = doc(`/${lang}/`);
    expect(hrefs(page, '#latest ~ .entry-list .entry-item__title a')).toEqual(
      ['estudio-ficticio', 'bilingue-es-fr', 'solo-en-espanol'].map((slug) => `${B}/${lang}/articles/${slug}/`),
    );
    expect(page.querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`${B}/${lang}/rss.xml`);
  });
});

describe.each(locales)('RSS feed (%s)', (lang) => {
  const xml = readBuilt(site, `${lang}/rss.xml`);
  const { document } = parseHTML(`<root>${xml.replace(/^<\?xml[^>]*\?>/, '')}</root>`);
  const own = written.filter((e) => e.locale === lang);

  it('is in its language with one item per entry written in it, newest first', () => {
    expect(document.querySelector('channel > language')?.textContent).toBe(lang);
    expect(document.querySelector('channel > title')?.textContent).toContain(ui[lang].site);
    const items = [...document.querySelectorAll('item')];
    expect(items.map((i) => i.querySelector('guid')?.textContent)).toEqual(own.map((e) => `${origin}${B}/${lang}/${e.kind}/${slugIn(e.kind, e.slug, lang)}/`));
    for (const e of own) {
      const item = items.find((i) => i.querySelector('guid')?.textContent === `${origin}${B}/${lang}/${e.kind}/${slugIn(e.kind, e.slug, lang)}/`)!;
      expect(item.querySelector('title')?.textContent).toBe(e.title);
      expect(item.querySelector('description')?.textContent).toBe(e.summary);
      expect(new Date(item.querySelector('pubDate')!.textContent!).toISOString().slice(0, 10)).toBe(e.published);
    }
  });
});
