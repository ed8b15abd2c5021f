/**
 * The built articles and interviews in both languages: entry pages, listings with their filter pages,
 * country pages, the home page and the RSS feeds. Expectations come from the entries' frontmatter and
 * the bibliography, read from content/ here, not from the site's output.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { allPages, distDir, readPage } from '../support/dist.ts';
import { loadEntriesFromFiles } from '../support/entries.ts';
import { contentDir, loadAtlasFromFiles } from '../support/content.ts';
import { isInterview } from '../../src/lib/entries.ts';
import type { InterviewData } from '../../src/schemas/entry.ts';

const entries = loadEntriesFromFiles();
const atlas = loadAtlasFromFiles(contentDir);
const locales = ['es', 'en'] as const;
const doc = (path: string) => parseHTML(readPage(path)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const hrefs = (root: ParentNode, selector = 'a') => [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href') ?? '');
const ui = {
  es: { articles: 'Artículos', interviews: 'Entrevistas', cite: 'Cómo citar esta página', references: 'Referencias', site: 'Atlas de Diplomacia Digital' },
  en: { articles: 'Articles', interviews: 'Interviews', cite: 'Cite this page', references: 'References', site: 'Digital Diplomacy Atlas' },
};

describe.each(entries.map((e) => [`${e.kind}/${e.locale}/${e.slug}`, e] as const))('entry page %s', (_, e) => {
  const path = `/${e.locale}/${e.kind}/${e.slug}/`;
  const page = doc(path);
  const article = page.querySelector('main article')!;

  it('is in the entry language, with its title and summary', () => {
    expect(page.documentElement.getAttribute('lang')).toBe(e.locale);
    expect(text(page.querySelector('title'))).toBe(`${e.data.title} · ${ui[e.locale].site}`);
    expect(text(page.querySelector('h1'))).toBe(e.data.title);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(e.data.summary);
    expect(page.querySelector('meta[name="robots"]')).toBeNull();
  });

  it('offers its twin through hreflang and links the feed of its language', () => {
    const alternates = [...page.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
    expect(alternates).toEqual(expect.arrayContaining([['es', `/es/${e.kind}/${e.slug}/`], ['en', `/en/${e.kind}/${e.slug}/`]]));
    expect(page.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(`/${e.locale}/rss.xml`);
  });

  it('shows the authors and the publication date', () => {
    const meta = text(article.querySelector('.entry-meta'));
    for (const author of e.data.authors) expect(meta).toContain(author);
    expect(article.querySelector(`.entry-meta time[datetime="${e.data.published}"]`)).not.toBeNull();
  });

  it('links the countries it concerns, in its own language', () => {
    const links = hrefs(article, '.entry-meta a');
    expect(links).toEqual(e.data.countries.map((c) => `/${e.locale}/countries/${c}/`));
    for (const c of e.data.countries) expect(text(article.querySelector(`.entry-meta a[href="/${e.locale}/countries/${c}/"]`))).toBe(atlas.countries.find((x) => x.id === c)!.name[e.locale]);
  });

  it('lists its references from the bibliography', () => {
    const ids = [...article.querySelectorAll('#entry-references ~ .references li, .entry-section .references li')].map((li) => li.id);
    expect(ids).toEqual(expect.arrayContaining(e.data.sources));
    for (const id of e.data.sources) expect(text(article.querySelector(`li#${id}`))).toContain(atlas.sources.find((s) => s.id === id)!.title);
  });

  it('has "Cite this page" with APA and BibTeX for this URL', () => {
    expect(text(page.querySelector('#entry-cite'))).toBe(ui[e.locale].cite);
    const url = `https://atlas.example.org${path}`;
    const apa = text(article.querySelector('.cite-page__apa'));
    expect(apa).toContain(e.data.title);
    expect(apa.endsWith(url)).toBe(true);
    expect(text(article.querySelector('.cite-page__apa i'))).toBe(e.data.title);
    const bib = article.querySelector('.cite-page__bibtex')!.textContent!;
    expect(bib).toContain(`url          = {${url}}`);
    expect(bib).toContain(`langid       = {${e.locale === 'es' ? 'spanish' : 'english'}}`);
  });

  it('links its tags to the pre-built tag listings of its language', () => {
    expect(hrefs(article, '.entry-tags a')).toEqual(e.data.tags.map((tag) => `/${e.locale}/${e.kind}/tags/${tag}/`));
  });

  it('renders a note shorter: no summary lead, reading time or contents', () => {
    const note = e.data.format === 'note';
    expect(article.classList.contains('entry--note')).toBe(note);
    expect(article.querySelector('.lead') === null).toBe(note);
    if (note) expect(article.querySelector('.toc')).toBeNull();
  });
});

describe.each(locales)('entry contents (%s)', (lang) => {
  it('the study article has a table of contents whose links all land, and live tables and charts', () => {
    const page = doc(`/${lang}/articles/diplomacia-publica-digital-mexico-chile/`);
    const links = hrefs(page, '.toc a');
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(page.getElementById(decodeURIComponent(href.slice(1))), href).not.toBeNull();
    // The study's figures show the study's two countries, however many countries the atlas holds.
    for (const id of ['table-presence', 'table-features', 'chart-followers-twitter', 'chart-followers-facebook', 'chart-views-youtube', 'chart-accounts-timeline']) {
      expect(page.getElementById(`${id}-mx-cl`), id).not.toBeNull();
    }
    const columns = [...page.querySelectorAll('#table-features-mx-cl thead th')].slice(1).map((th) => th.textContent?.trim());
    expect(columns).toEqual([lang === 'es' ? 'México' : 'Mexico', 'Chile']);
    expect(hrefs(page, '.mdx-card a')).toEqual([`/${lang}/countries/mx/`, `/${lang}/countries/cl/`]);
  });

  it('the interview shows who, by whom and where it first appeared, linked', () => {
    const e = entries.find((x) => x.kind === 'interviews' && x.locale === lang)!;
    expect(isInterview(e.data)).toBe(true);
    const data = e.data as InterviewData;
    const facts = doc(`/${lang}/interviews/${e.slug}/`).querySelector('.interview-facts')!;
    const dd = [...facts.querySelectorAll('dd')].map(text);
    expect(dd[0]).toBe(data.interviewee);
    expect(dd[1]).toBe(data.intervieweeRole);
    expect(dd[2]).toBe(data.interviewer);
    expect(facts.querySelector(`a[href="${data.originalUrl}"]`)?.textContent).toBe(data.originalPublication);
  });

  it('a pull quote in another language than the page is marked with its language', () => {
    const quote = doc(`/${lang}/articles/diplomacia-y-era-digital/`).querySelector('.pullquote blockquote')!;
    expect(text(quote)).toBe('You have to be smarter than your equipment.');
    expect(quote.getAttribute('lang')).toBe(lang === 'es' ? 'en' : null);
  });
});

describe.each(locales)('listings (%s)', (lang) => {
  for (const kind of ['articles', 'interviews'] as const) {
    const own = entries.filter((e) => e.locale === lang && e.kind === kind);

    it(`${kind}: every entry of the language, linked in the language, with filter links that lead to built pages`, () => {
      const page = doc(`/${lang}/${kind}/`);
      expect(page.documentElement.getAttribute('lang')).toBe(lang);
      expect(text(page.querySelector('h1'))).toBe(ui[lang][kind]);
      const items = [...page.querySelectorAll('.entry-list .entry-item__title a')];
      expect(items.map((a) => a.getAttribute('href')).sort()).toEqual(own.map((e) => `/${lang}/${kind}/${e.slug}/`).sort());
      expect(items.map(text).sort()).toEqual(own.map((e) => e.data.title).sort());
      const filters = hrefs(page, '.filters .filter-links a');
      const tags = [...new Set(own.flatMap((e) => e.data.tags))];
      const countries = [...new Set(own.flatMap((e) => e.data.countries))];
      expect(filters.sort()).toEqual([...tags.map((t) => `/${lang}/${kind}/tags/${t}/`), ...countries.map((c) => `/${lang}/${kind}/countries/${c}/`)].sort());
      for (const href of filters) expect(existsSync(join(distDir, href, 'index.html')), href).toBe(true);
      expect(hrefs(page, '.feed-link a')).toEqual([`/${lang}/rss.xml`]);
    });

    it(`${kind}: a tag page lists exactly the entries with that tag and marks the active filter`, () => {
      for (const tag of new Set(own.flatMap((e) => e.data.tags))) {
        const page = doc(`/${lang}/${kind}/tags/${tag}/`);
        const shown = hrefs(page, '.entry-list .entry-item__title a').sort();
        expect(shown).toEqual(own.filter((e) => e.data.tags.includes(tag)).map((e) => `/${lang}/${kind}/${e.slug}/`).sort());
        expect(page.querySelector(`.filter-links a[aria-current="page"]`)?.getAttribute('href')).toBe(`/${lang}/${kind}/tags/${tag}/`);
      }
    });

    it(`${kind}: a country page lists exactly the entries about that country`, () => {
      for (const c of new Set(own.flatMap((e) => e.data.countries))) {
        const page = doc(`/${lang}/${kind}/countries/${c}/`);
        expect(text(page.querySelector('h1'))).toContain(atlas.countries.find((x) => x.id === c)!.name[lang]);
        expect(hrefs(page, '.entry-list .entry-item__title a').sort()).toEqual(own.filter((e) => e.data.countries.includes(c)).map((e) => `/${lang}/${kind}/${e.slug}/`).sort());
      }
    });
  }

  it('every article and interview page has its twin in the other language', () => {
    const mine = allPages().filter((p) => /^\/(es|en)\/(articles|interviews)\//.test(p));
    for (const p of mine) expect(mine, p).toContain(p.replace(/^\/(es|en)\//, (_, l: string) => `/${l === 'es' ? 'en' : 'es'}/`));
  });
});

describe.each(locales)('country pages and home (%s)', (lang) => {
  it('each country page lists the articles and interviews about it', () => {
    for (const country of atlas.countries) {
      const about = entries.filter((e) => e.locale === lang && e.data.countries.includes(country.id));
      const page = doc(`/${lang}/countries/${country.id}/`);
      const heading = page.getElementById('entries')!;
      expect(text(heading)).toContain(country.name[lang]);
      const list = heading.nextElementSibling!;
      expect(hrefs(list, '.entry-item__title a').sort()).toEqual(about.map((e) => `/${lang}/${e.kind}/${e.slug}/`).sort());
    }
  });

  it('the home page shows the latest entries of its language', () => {
    const page = doc(`/${lang}/`);
    const latest = hrefs(page, '#latest ~ .entry-list .entry-item__title a');
    expect(latest.length).toBe(3);
    for (const href of latest) expect(href.startsWith(`/${lang}/`)).toBe(true);
    expect(page.querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`/${lang}/rss.xml`);
  });
});

describe.each(locales)('RSS feed (%s)', (lang) => {
  const xml = readFileSync(join(distDir, lang, 'rss.xml'), 'utf8');
  const { document } = parseHTML(`<root>${xml.replace(/^<\?xml[^>]*\?>/, '')}</root>`);
  const own = entries.filter((e) => e.locale === lang);

  it('is in its language with one item per entry written in it', () => {
    expect(document.querySelector('channel > language')?.textContent).toBe(lang);
    expect(document.querySelector('channel > title')?.textContent).toContain(ui[lang].site);
    const items = [...document.querySelectorAll('item')];
    expect(items).toHaveLength(own.length);
    for (const e of own) {
      const item = items.find((i) => i.querySelector('guid')?.textContent === `https://atlas.example.org/${lang}/${e.kind}/${e.slug}/`)!;
      expect(item, e.slug).toBeDefined();
      expect(item.querySelector('title')?.textContent).toBe(e.data.title);
      expect(item.querySelector('description')?.textContent).toBe(e.data.summary);
      expect(new Date(item.querySelector('pubDate')!.textContent!).toISOString().slice(0, 10)).toBe(e.data.published);
    }
  });
});
