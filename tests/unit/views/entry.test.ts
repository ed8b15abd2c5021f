/** An entry page's view, on the fixture entries (tests/fixture-site/content/articles/). */
import { describe, expect, it } from 'vitest';
import { entryRoutes } from '../../../src/lib/entries.ts';
import { entryView } from '../../../src/lib/views/entry.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';
import { loadEntriesFromFiles } from '../../support/entries.ts';

const data = loadAtlasFromFiles();
const routes = entryRoutes(loadEntriesFromFiles());
const route = (locale: string, slug: string) => routes.find((r) => r.locale === locale && r.slug === slug)!;
const site = new URL('https://example.github.io');
const headings = ['One', 'Two', 'Three', 'Four'].map((text, i) => ({ depth: i === 2 ? 3 : 2, slug: text.toLowerCase(), text }));

describe('the study article in English', () => {
  const view = entryView(route('en', 'estudio-ficticio'), data, headings, site);

  it('is titled by the entry, with its countries, references and tags', () => {
    expect([view.pageTitle, view.crumb]).toEqual(['A fictional study of Ruritania and Freedonia', 'A fictional study of Ruritania and Freedonia']);
    expect(view.description).toBe('A test entry that uses every MDX component of the atlas with made-up data.');
    expect(view.countries.map((c) => c.id)).toEqual(['xr', 'xf']);
    // Frontmatter sources, then the body's <Cite> and <PullQuote>.
    expect(view.sources.map((s) => s.id)).toEqual(['ficticia-2020', 'fixture-essay', 'fixture-blog-undated']);
    expect(view.tags.map((t) => t.label)).toEqual(['fictional policy', 'fictional media']);
    expect(view.tags[0]!.href).toMatch(/\/en\/articles\/tags\/fixture-policy\/$/);
  });

  it('has a table of contents from four headings, and a citation with its full address', () => {
    expect(view.isNote).toBe(false);
    expect(view.toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
      ['one', []],
      ['two', ['three']],
      ['four', []],
    ]);
    expect(view.citation.url).toMatch(/^https:\/\/example\.github\.io\/.*en\/articles\/estudio-ficticio\/$/);
    expect(view.file).toBe('content/articles/en/estudio-ficticio.mdx');
  });
});

describe('a note, and its notice page in the other language', () => {
  it('a note has no reading time and no table of contents', () => {
    const view = entryView(route('es', 'solo-en-espanol'), data, headings, site);
    expect([view.isNote, view.minutes, view.toc]).toEqual([true, undefined, []]);
  });

  it('the English notice page of a Spanish-only note says so in its title and description', () => {
    const view = entryView(route('en', 'solo-en-espanol'), data, [], site);
    expect(view.pageTitle).toBe('Nota de prueba escrita solo en español (not translated)');
    expect(view.crumb).toBe('Not translated');
    expect(view.description).toBe('For now this entry is written only in Spanish. To avoid mixing languages, its text is not shown here: you can read it in the original.');
  });
});
