/**
 * The web editor's configuration is generated from the schemas and the vocabularies at build time
 * (scripts/cms-config.ts), so it cannot be out of date; these tests hold the generator to what it
 * must produce, with expectations written by hand from src/schemas and the fixture site's content.
 * Also: the MDX editor components read and write what the check accepts, country files are written
 * as the editor writes them (scripts/cms-format.ts), and the self-hosted bundle asks no other origin.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, componentsScript, datePattern, readVocabularies, type Field } from '../../scripts/cms-config.ts';
import { editorYaml, formatCountry } from '../../scripts/cms-format.ts';
import { adminPage, selfHostedBundle } from '../../src/integrations/cms-admin.ts';
import { adminPolicy } from '../../src/lib/csp.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { locales } from '../../src/i18n/config.ts';
import { fixtureContentDir as fixtureContent } from '../support/content.ts';

interface Collection {
  name: string;
  folder?: string;
  i18n?: boolean;
  fields?: Field[];
  files?: { file: string; fields: Field[] }[];
}

const config = await cmsConfig({ contentDir: fixtureContent, repo: 'example/atlas' });
const collections = config.collections as Collection[];
const collection = (name: string) => collections.find((c) => c.name === name)!;

/** The field at a dotted path of names (`institutions.accounts.platform`), through objects and lists. */
function fieldAt(fields: Field[], path: string): Field {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head);
  if (!f) throw new Error(`no field ${head} in ${fields.map((x) => x.name).join(', ')}`);
  if (!rest.length) return f;
  return fieldAt((f.fields as Field[]) ?? [f.field as Field], rest.join('.'));
}

const values = (f: Field) => (f.options as { value: string }[]).map((o) => (typeof o === 'string' ? o : o.value));

describe('the web editor configuration', () => {
  const countries = collection('countries').fields!;

  it('has a collection for countries, articles, interviews, sources and tags, where the files are', () => {
    expect(collections.map((c) => c.name)).toEqual(['countries', 'articles', 'interviews', 'sources', 'tags']);
    expect(collection('countries').folder).toBe('content/countries');
    expect(collection('articles').folder).toBe('content/articles');
    expect(collection('sources').files![0]!.file).toBe('content/sources.yaml');
    expect(collection('tags').files![0]!.fields[0]!.root).toBe(true);
    expect(config.backend).toEqual({ name: 'github', repo: 'example/atlas', branch: 'main' });
  });

  it('gives a country every field of its schema, in the schema order', () => {
    expect(countries.map((f) => f.name)).toEqual(Object.keys(countrySchema.shape));
    expect(countries.map((f) => f.name)).toEqual(['notes', 'iso', 'mapPoint', 'name', 'summary', 'foreignMinistry', 'institutions', 'websiteFeatures', 'network', 'policy']);
  });

  it('reads vocabularies into selects: platforms, kinds, sources, features', () => {
    expect(values(fieldAt(countries, 'institutions.accounts.platform'))).toEqual(['twitter', 'facebook', 'youtube', 'instagram', 'mastodon']);
    expect(values(fieldAt(countries, 'institutions.kind'))).toEqual(expect.arrayContaining(['government', 'foreign-ministry', 'trade-promotion']));
    expect(values(fieldAt(countries, 'institutions.accounts.observations.source'))).toEqual(expect.arrayContaining(['ficticia-2020', 'fixture-count-2024', 'fixture-essay']));
    expect(fieldAt(countries, 'websiteFeatures.values').fields).toEqual([
      // Three states: present, absent, or left empty for "no data" (a yes/no box would write false).
      expect.objectContaining({ name: 'mission-list', widget: 'select', options: [expect.objectContaining({ value: true }), expect.objectContaining({ value: false })], required: false }),
      expect.objectContaining({ name: 'consular-help' }),
      expect.objectContaining({ name: 'ministry-blog' }),
      expect.objectContaining({ name: 'user-survey' }),
    ]);
  });

  it('keeps dates at their precision, numbers whole, defaults and optional fields as the schema says', () => {
    expect(fieldAt(countries, 'institutions.accounts.observations.asOf')).toMatchObject({ widget: 'string', pattern: [datePattern, 'YYYY, YYYY-MM or YYYY-MM-DD'] });
    expect(new RegExp(datePattern).test('2019-02') && new RegExp(datePattern).test('2019') && !new RegExp(datePattern).test('2019-13')).toBe(true);
    expect(fieldAt(countries, 'institutions.accounts.observations.value')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    expect(fieldAt(countries, 'institutions.accounts.observations.qualifier')).toMatchObject({ widget: 'select', default: 'exact', required: false });
    expect(values(fieldAt(countries, 'institutions.accounts.observations.metric'))).toEqual(['followers', 'posts', 'views', 'videos']);
    expect(fieldAt(countries, 'institutions.accounts.handle')).toMatchObject({ widget: 'string', required: false, hint: expect.stringContaining('@SRE_mx') });
    expect(fieldAt(countries, 'name').fields).toEqual(locales.map((l) => expect.objectContaining({ name: l, widget: 'string' })));
    expect(fieldAt(countries, 'institutions.accounts')).toMatchObject({ widget: 'list', summary: '{{fields.platform}}' });
  });

  it('pairs an article in Spanish and English: own title, summary and body, shared dates, authors and references', () => {
    const articles = collection('articles');
    expect(articles.i18n).toBe(true);
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: [...locales], default_locale: 'es' });
    const f = articles.fields!;
    expect(fieldAt(f, 'title').i18n).toBe(true);
    expect(fieldAt(f, 'body')).toMatchObject({ widget: 'markdown', i18n: true });
    expect(fieldAt(f, 'published').i18n).toBe('duplicate');
    expect(fieldAt(f, 'authors')).toMatchObject({ widget: 'list', i18n: 'duplicate', field: { widget: 'string', i18n: 'duplicate' } });
    expect(fieldAt(f, 'tags')).toMatchObject({ widget: 'select', multiple: true });
    expect(values(fieldAt(f, 'countries'))).toEqual(['xb', 'xe', 'xf', 'xg', 'xk', 'xl', 'xr']);
    expect(fieldAt(collection('interviews').fields!, 'intervieweeRole').i18n).toBe(true);
    expect(fieldAt(collection('interviews').fields!, 'originalUrl')).toMatchObject({ widget: 'string', type: 'url' });
  });
});

describe('the MDX editor components', () => {
  /** Runs the generated script against a stand-in CMS and returns what it registered. */
  function registered(): Map<string, { pattern: RegExp; fromBlock(m: RegExpMatchArray): Record<string, unknown>; toBlock(d: Record<string, unknown>): string; fields: Field[] }> {
    const out = new Map();
    const window = { CMS: { registerEditorComponent: (c: { id: string }) => out.set(c.id, c) } };
    new Function('window', componentsScript(readVocabularies(fixtureContent)))(window);
    return out;
  }

  it('offers every documented component with a field per prop', () => {
    const components = registered();
    expect([...components.keys()]).toEqual(['ComparisonTable', 'Chart', 'CountryCard', 'PullQuote', 'Cite']);
    const chart = components.get('Chart')!;
    expect(chart.fields.map((f) => f.name)).toEqual(['id', 'countries', 'caption']);
    expect(values(chart.fields[0]!)).toEqual(['followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline']);
    expect(chart.fields[1]).toMatchObject({ widget: 'select', multiple: true });
    expect(components.get('PullQuote')!.fields.map((f) => f.name)).toEqual(['source', 'attribution', 'cite', 'children']);
  });

  it('previews a prop as text, never as markup', () => {
    const chart = registered().get('Chart') as unknown as { toPreview(d: Record<string, unknown>): string };
    expect(chart.toPreview({ id: 'followers-twitter', caption: '<img src=x onerror=alert(1)> & more' })).toBe(
      '<p><code>Chart</code> id: followers-twitter, caption: &lt;img src=x onerror=alert(1)&gt; &amp; more</p>',
    );
  });

  it('reads and writes a component as the check expects it, untouched when nothing changes', () => {
    const components = registered();
    for (const [id, text] of [
      ['Chart', '<Chart id="followers-twitter" countries="xr,xf" />'],
      ['CountryCard', '<CountryCard country="xr" />'],
      ['Cite', '<Cite id="ficticia-2020" page="12" />'],
      ['PullQuote', '<PullQuote source="fixture-essay" attribution="Una autora">Una frase ficticia.</PullQuote>'],
      ['ComparisonTable', '<ComparisonTable table="features" />'],
    ] as const) {
      const c = components.get(id)!;
      const match = text.match(c.pattern);
      expect(match, text).not.toBeNull();
      expect(c.toBlock(c.fromBlock(match!))).toBe(text);
    }
    expect(components.get('Chart')!.fromBlock('<Chart id="followers-twitter" countries="xr,xf" />'.match(components.get('Chart')!.pattern)!)).toEqual({ id: 'followers-twitter', countries: ['xr', 'xf'] });
    expect(components.get('Chart')!.toBlock({ id: 'accounts-timeline', countries: [], caption: '' })).toBe('<Chart id="accounts-timeline" />');
  });
});

describe('country files in the editor form', () => {
  it('are rewritten without changing their data, and a second pass changes nothing', async () => {
    const text = readFileSync(join(fixtureContent, 'countries', 'xr.yaml'), 'utf8');
    const once = await formatCountry(text, fixtureContent);
    expect(await formatCountry(once, fixtureContent)).toBe(once);
    expect(JSON.parse(JSON.stringify(countrySchema.parse(parse(once))))).toEqual(JSON.parse(JSON.stringify(countrySchema.parse(parse(text)))));
  });

  it('are written as the editor writes YAML: block style, plain strings, single quotes where needed, no folding', () => {
    expect(editorYaml({ iso: 'XR', name: { es: 'Ruritania', en: 'Ruritania' }, handle: '@x', date: '2011', list: [{ a: 1 }], long: 'word '.repeat(40).trim() })).toBe(
      `iso: XR\nname:\n  es: Ruritania\n  en: Ruritania\nhandle: '@x'\ndate: '2011'\nlist:\n  - a: 1\nlong: ${'word '.repeat(40).trim()}\n`,
    );
  });
});

describe('the admin page and the self-hosted editor', () => {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(join(dirname(require.resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js'), 'utf8');

  it('asks no other origin for fonts, updates or GitHub status', () => {
    const out = selfHostedBundle(bundle);
    expect(out).not.toMatch(/cdn\.jsdelivr\.net/);
    expect(out).not.toContain('githubstatus.com/api');
    expect(out).toContain('fonts/source-sans-3-latin-wght-normal.woff2');
    expect(out).toContain('`version.json`');
  });

  it('fails loudly when an upgrade moves what is rewritten', () => {
    expect(() => selfHostedBundle('console.log(1)')).toThrow(/no longer loads/);
  });

  it('is noindex, with its own policy: no eval, no inline script, nothing from another origin but GitHub’s API', () => {
    const page = adminPage();
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${adminPolicy}">`);
    expect(page).not.toMatch(/<script>(?!<\/script>)/);
    expect(adminPolicy).toContain("script-src 'self';");
    expect(adminPolicy).not.toContain('unsafe-eval');
    expect(adminPolicy.match(/https:\/\/[^\s;]+/g)).toEqual(['https://avatars.githubusercontent.com', 'https://api.github.com']);
  });

  it('opens with a country file that does not parse, offering it by its file name (the author mends it in the editor)', () => {
    const content = mkdtempSync(join(tmpdir(), 'atlas-cms-'));
    try {
      mkdirSync(join(content, 'countries'));
      writeFileSync(join(content, 'countries', 'xq.yaml'), 'iso: XQ\nname: { es: Quux\n');
      writeFileSync(join(content, 'countries', 'xr.yaml'), 'iso: XR\nname: { es: Ruritania, en: Ruritania }\n');
      expect(readVocabularies(content).countries.map((c) => c.value)).toEqual(['xq', 'xr']);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
