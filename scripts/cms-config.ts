/**
 * The web editor's configuration (Sveltia CMS, served at `<base>admin/`), generated from the same
 * schemas the content check applies and from the vocabulary files, so that it cannot drift from
 * them: every field of src/schemas/*.ts becomes a form field (its JSDoc line is the field's hint),
 * vocabularies become selects read from content/*.yaml, dates keep their precision (a pattern, not a
 * calendar), and the MDX components of src/lib/mdx.ts become editor components with a field per prop.
 *
 * Nothing is committed: the build (src/integrations/cms-admin.ts) writes `admin/config.yml` and
 * `admin/components.js`, and `npm run cms` serves them fresh on every request.
 *
 *   node scripts/cms-config.ts        print the configuration as YAML
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { stringify } from 'yaml';
import { defaultLocale, locales } from '../src/i18n/config.ts';
import { id, localized, partialDate, url } from '../src/schemas/common.ts';
import { chartSpecs } from '../src/lib/charts.ts';
import { countrySchema } from '../src/schemas/country.ts';
import { platformSchema } from '../src/schemas/vocabularies.ts';
import type { AtlasData } from '../src/lib/model.ts';
import { mdxComponentProps, type PropKind } from '../src/lib/mdx.ts';
import { def, docFor, readSources, schemaExports, type Literal, type Schema } from './schema-walk.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');

export interface Option {
  label: string;
  value: string;
}

/** The choices a select offers, read from the content files. */
export interface Vocabularies {
  sources: Option[];
  platforms: Option[];
  institutionKinds: Option[];
  tags: Option[];
  countries: Option[];
  features: Option[];
  charts: Option[];
}

type Vocabulary = keyof Vocabularies;

/** Which vocabulary a field (or a list's items) names, by the field's key: the schemas type all of them as `id`. */
const vocabularyOfKey: Record<string, Vocabulary> = {
  source: 'sources',
  via: 'sources',
  sources: 'sources',
  platform: 'platforms',
  kind: 'institutionKinds',
  tags: 'tags',
  countries: 'countries',
};

function readList(file: string): Record<string, unknown>[] {
  try {
    const data = yaml.load(readFileSync(file, 'utf8'));
    return Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
  } catch {
    return [];
  }
}

const labelIn = (v: unknown): string => (v && typeof v === 'object' ? String((v as Record<string, unknown>)[defaultLocale] ?? '') : String(v ?? ''));
const option = (value: unknown, label: string): Option => ({ value: String(value), label: label ? `${label} (${String(value)})` : String(value) });

/** The vocabularies of a content tree. A file that does not parse gives no options (the check reports it). */
export function readVocabularies(contentDir: string): Vocabularies {
  const list = (name: string) => readList(join(contentDir, name));
  const countryFiles = (() => {
    try {
      return readdirSync(join(contentDir, 'countries')).filter((f) => f.endsWith('.yaml')).sort();
    } catch {
      return [];
    }
  })();
  // A country file that does not parse is still a country to choose (by its file name): the editor
  // must open, so that the author can mend it there.
  const readCountry = (f: string): Record<string, unknown> => {
    try {
      return (yaml.load(readFileSync(join(contentDir, 'countries', f), 'utf8')) ?? {}) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const countries = countryFiles.map((f) => ({ file: f.replace(/\.yaml$/, ''), data: readCountry(f) }));
  const platforms = list('platforms.yaml');
  // The charts the data supports, derived as the check and the pages derive them, from the files
  // that pass their schema (the check reports the others).
  const parsed = <T,>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, items: unknown[]) => items.flatMap((v) => { const r = schema.safeParse(v); return r.success ? [r.data as T] : []; });
  let charts: string[] = [];
  try {
    charts = chartSpecs({ platforms: parsed(platformSchema, platforms), countries: parsed(countrySchema, countries.map((c) => c.data)) } as unknown as AtlasData).map((s) => s.id);
  } catch {
    charts = [];
  }
  return {
    sources: list('sources.yaml').map((s) => option(s.id, String(s.title ?? ''))),
    platforms: platforms.map((p) => option(p.id, String(p.name ?? ''))),
    institutionKinds: list('institution-kinds.yaml').map((k) => option(k.id, labelIn(k.label))),
    tags: list('tags.yaml').map((t) => option(t.id, labelIn(t.label))),
    countries: countries.map((c) => option(c.file, labelIn(c.data.name))),
    features: list('features.yaml').map((f) => option(f.id, labelIn(f.label))),
    charts: charts.map((c) => ({ value: c, label: c })),
  };
}

// ---------------------------------------------------------------------------------------------
// Schema → form fields.

export type Field = Record<string, unknown> & { name: string; widget: string };

/** Pattern of a date at the precision the source gives (the schema's own test for the shape). */
export const datePattern = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const idPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** Localized fields written as a paragraph rather than a line. */
const longText = new Set(['summary', 'note', 'text', 'definition', 'notes']);

interface Context {
  literals: Literal[];
  vocab: Vocabularies;
  /** Keys of the object the field belongs to (to find its JSDoc). */
  siblings: string[];
  /** For entries: which fields differ between the language twins. */
  translated?: Set<string>;
}

/** Strips optional/default/nullable: the schema inside, whether it may be left out, and its default. */
function unwrap(s: Schema): { inner: Schema; required: boolean; defaultValue?: unknown } {
  let inner = s;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'nullable') required = false;
    else if (d.type === 'default') {
      required = false;
      defaultValue = d.defaultValue;
    } else break;
    inner = d.innerType!;
  }
  return { inner, required, defaultValue };
}

const select = (options: Option[], extra: Record<string, unknown> = {}) => ({ widget: 'select', options, ...extra });

/** A website feature's states in the editor; left empty, the feature is "no data". */
const featurePresence = [
  { label: 'present / presente (true)', value: true },
  { label: 'absent / ausente (false)', value: false },
];

/** The form widget for a value of this schema (without name, label or hint). */
function widgetFor(key: string, s: Schema, ctx: Context): Record<string, unknown> & { widget: string } {
  if (s === (localized as unknown as Schema)) {
    // The source language's text is required; the others may wait for a translator (they fall back to it).
    return { widget: 'object', fields: locales.map((l) => ({ name: l, label: l, widget: longText.has(key) ? 'text' : 'string', ...(l === defaultLocale ? {} : { required: false }) })) };
  }
  if (s === (partialDate as unknown as Schema)) return { widget: 'string', pattern: [datePattern, 'YYYY, YYYY-MM or YYYY-MM-DD'] };
  if (s === (url as unknown as Schema)) return { widget: 'string', type: 'url' };
  if (s === (id as unknown as Schema)) {
    const vocab = vocabularyOfKey[key];
    return vocab ? select(ctx.vocab[vocab]) : { widget: 'string', pattern: [idPattern, 'lowercase letters, digits and hyphens'] };
  }
  const d = def(s);
  switch (d.type) {
    case 'string': {
      const pattern = d.checks?.find((c) => c._zod.def.check === 'string_format' && c._zod.def.format === 'regex') as { _zod: { def: { pattern?: RegExp } } } | undefined;
      const re = pattern?._zod.def.pattern;
      return { widget: longText.has(key) ? 'text' : 'string', ...(re ? { pattern: [re.source, String((def(s).checks ?? []).map((c) => c._zod.def.error?.()).find((m) => typeof m === 'string') ?? re.source)] } : {}) };
    }
    case 'number': {
      const int = d.checks?.some((c) => c._zod.def.format === 'safeint');
      const min = d.checks?.find((c) => c._zod.def.check === 'greater_than')?._zod.def.value;
      return { widget: 'number', value_type: int ? 'int' : 'float', ...(min !== undefined ? { min } : {}) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return select(Object.values(d.entries ?? {}).map((v) => ({ label: v, value: v })));
    case 'record':
      // A map feature id → present, one field per feature of the vocabulary. A choice of three, not a
      // yes/no box: a feature left out is "no data" (the schema), and the editor writes `false` for
      // every yes/no box left unticked, which would record as absent what no source looked at.
      return { widget: 'object', fields: ctx.vocab.features.map((f) => ({ name: f.value, label: f.label, widget: 'select', options: featurePresence, required: false })) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(s, ctx) };
    case 'array': {
      const { inner } = unwrap(d.element!);
      const min = d.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
      const vocab = vocabularyOfKey[key];
      if (inner === (id as unknown as Schema) && vocab) return select(ctx.vocab[vocab], { multiple: true, ...(min ? { min } : {}) });
      if (def(inner).type === 'enum') return select(Object.values(def(inner).entries ?? {}).map((v) => ({ label: v, value: v })), { multiple: true, ...(min ? { min } : {}) });
      if (def(inner).type === 'object') {
        const fields = fieldsOf(inner, ctx);
        const first = fields[0]!.name;
        return { widget: 'list', fields, summary: `{{fields.${first}}}`, collapsed: true, ...(min ? { min } : {}) };
      }
      return { widget: 'list', field: { name: 'item', label: key, ...widgetFor('', inner, ctx) }, ...(min ? { min } : {}) };
    }
    case 'pipe':
      return widgetFor(key, d.out!, ctx);
    default:
      return { widget: 'string' };
  }
}

/** The form fields of an object schema, in the schema's order (the order the CMS writes keys in). */
export function fieldsOf(obj: Schema, ctx: Omit<Context, 'siblings'>): Field[] {
  const shape = def(obj).shape ?? {};
  const keys = Object.keys(shape);
  return keys.map((key) => {
    const { inner, required, defaultValue } = unwrap(shape[key]!);
    const { doc } = docFor(ctx.literals, keys, key);
    const field: Field = { name: key, label: key, ...widgetFor(key, inner, { ...ctx, siblings: keys }) };
    if (!required) field.required = false;
    if (defaultValue !== undefined && (typeof defaultValue !== 'object' || (Array.isArray(defaultValue) && defaultValue.length === 0))) {
      // An empty list needs no default; a scalar default is shown as the starting value.
      if (!Array.isArray(defaultValue)) field.default = defaultValue;
    }
    if (doc) field.hint = doc;
    if (ctx.translated) withI18n(field, ctx.translated.has(key) ? true : 'duplicate');
    return field;
  });
}

/** Marks a field and everything inside it as translated or the same in both twins (the editor copies a duplicated list's items only when they say so too). */
function withI18n(field: Record<string, unknown>, i18n: true | 'duplicate'): void {
  field.i18n = i18n;
  if (field.field) withI18n(field.field as Record<string, unknown>, i18n);
  for (const sub of (field.fields as Record<string, unknown>[] | undefined) ?? []) withI18n(sub, i18n);
}

// ---------------------------------------------------------------------------------------------
// MDX components.

function propField(name: string, kind: PropKind, required: boolean, vocab: Vocabularies): Record<string, unknown> {
  const base = { name, label: name, ...(required ? {} : { required: false }) };
  if (typeof kind === 'object') return { ...base, widget: 'select', options: kind.oneOf };
  switch (kind) {
    case 'country':
      return { ...base, widget: 'select', options: vocab.countries };
    case 'countries':
      return { ...base, widget: 'select', multiple: true, options: vocab.countries, hint: 'none: every country' };
    case 'source':
      return { ...base, widget: 'select', options: vocab.sources };
    case 'chart':
      return { ...base, widget: 'select', options: vocab.charts };
    default:
      return { ...base, widget: 'string' };
  }
}

/** One editor component per MDX component: a form with a field per prop (and the quotation for PullQuote). */
export function editorComponents(vocab: Vocabularies): Record<string, unknown>[] {
  return Object.entries(mdxComponentProps).map(([name, spec]) => {
    const fields = [
      ...Object.entries(spec.required).map(([prop, kind]) => propField(prop, kind as PropKind, true, vocab)),
      ...Object.entries(spec.optional).map(([prop, kind]) => propField(prop, kind as PropKind, false, vocab)),
    ];
    const children = name === 'PullQuote';
    if (children) fields.push({ name: 'children', label: 'quotation', widget: 'text' });
    return { id: name, label: name, fields, children, props: fields.map((f) => f.name).filter((n) => n !== 'children'), lists: fields.filter((f) => f.multiple).map((f) => f.name) };
  });
}

/**
 * The script that registers the editor components with the CMS. The pattern, reading and writing of
 * a component are the same code for all of them (here, not per component): a prop is `name="value"`,
 * a list of countries is written comma-separated as the check expects.
 */
export function componentsScript(vocab: Vocabularies): string {
  const specs = JSON.stringify(editorComponents(vocab), null, 1);
  return `// Generated by scripts/cms-config.ts from src/lib/mdx.ts and content/: the MDX components as editor components.
(() => {
  const specs = ${specs};
  const quote = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const unquote = (v) => v.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  for (const spec of specs) {
    const open = '<' + spec.id + '(\\\\s[^>]*?)?';
    const pattern = spec.children ? new RegExp('^' + open + '>([\\\\s\\\\S]*?)</' + spec.id + '>$', 'm') : new RegExp('^' + open + '\\\\s*/>$', 'm');
    window.CMS.registerEditorComponent({
      id: spec.id,
      label: spec.label,
      fields: spec.fields.map(({ name, label, widget, options, multiple, required, hint }) => ({ name, label, widget, options, multiple, required, hint })),
      pattern,
      fromBlock(match) {
        const data = {};
        for (const m of (match[1] || '').matchAll(/([A-Za-z]+)="([^"]*)"/g)) {
          data[m[1]] = spec.lists.includes(m[1]) ? unquote(m[2]).split(',').map((s) => s.trim()).filter(Boolean) : unquote(m[2]);
        }
        if (spec.children) data.children = match[2] || '';
        return data;
      },
      toBlock(data) {
        const attrs = spec.props
          .map((p) => [p, Array.isArray(data[p]) ? data[p].join(',') : data[p]])
          .filter(([, v]) => v !== undefined && v !== null && v !== '')
          .map(([p, v]) => ' ' + p + '="' + quote(v) + '"')
          .join('');
        return spec.children ? '<' + spec.id + attrs + '>' + (data.children || '') + '</' + spec.id + '>' : '<' + spec.id + attrs + ' />';
      },
      // The preview is HTML: an author's caption is shown as text, never read as markup.
      toPreview(data) {
        const text = (v) => String(v).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
        return '<p><code>' + spec.id + '</code> ' + spec.props.filter((p) => data[p]).map((p) => p + ': ' + text(data[p])).join(', ') + '</p>';
      },
    });
  }
})();
`;
}

// ---------------------------------------------------------------------------------------------
// The configuration.

export interface CmsOptions {
  contentDir?: string;
  /** GitHub repository `owner/name` the production editor commits to (ATLAS_CMS_REPO, else GITHUB_REPOSITORY on GitHub Actions). */
  repo?: string;
  /** Branch it commits to (ATLAS_CMS_BRANCH, default `main`). */
  branch?: string;
  /** Base URL of the OAuth client for GitHub sign-in on hosts other than Netlify (ATLAS_CMS_AUTH_URL). */
  authUrl?: string;
  /** The site's address, for "view on site" links. */
  siteUrl?: string;
}

/** Entry fields that differ between the language twins; the others are the same in both files. */
// `slug`: each version's own address, so a field of its language like the title.
const translatedEntryFields = new Set(['title', 'slug', 'summary', 'intervieweeRole', 'body']);

const entrySections = [
  { name: 'articles', label: 'Articles', singular: 'Article', schema: 'articleSchema' },
  { name: 'interviews', label: 'Interviews', singular: 'Interview', schema: 'interviewSchema' },
] as const;

/** `owner/name` of the checkout's GitHub remote (`origin`), if it has one. */
function gitHubRemote(dir: string): string | undefined {
  const run = spawnSync('git', ['-C', dir, 'remote', 'get-url', 'origin'], { encoding: 'utf8' });
  return /github\.com[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?\s*$/.exec(run.stdout ?? '')?.[1];
}

export async function cmsConfig(options: CmsOptions = {}): Promise<Record<string, unknown>> {
  const contentDir = options.contentDir ?? join(root, 'content');
  const vocab = readVocabularies(contentDir);
  const schemas = await schemaExports();
  const { literals } = readSources();
  const schema = (name: string) => {
    const s = schemas.get(name);
    if (!s) throw new Error(`scripts/cms-config.ts: src/schemas exports no ${name}`);
    return s;
  };
  const listFile = (name: string, label: string, file: string, exportName: string, summary: string) => ({
    name,
    label,
    files: [{ name, label, file: `content/${file}`, fields: [{ name, label, widget: 'list', root: true, summary, collapsed: true, fields: fieldsOf(schema(exportName), { literals, vocab }) }] }],
  });
  return {
    backend: {
      name: 'github',
      // On GitHub Actions the repository being built is the one to edit.
      repo: options.repo ?? process.env.ATLAS_CMS_REPO ?? process.env.GITHUB_REPOSITORY ?? gitHubRemote(join(contentDir, '..')) ?? 'owner/repository',
      branch: options.branch ?? process.env.ATLAS_CMS_BRANCH ?? 'main',
      ...((options.authUrl ?? process.env.ATLAS_CMS_AUTH_URL) ? { base_url: options.authUrl ?? process.env.ATLAS_CMS_AUTH_URL } : {}),
    },
    ...(options.siteUrl ? { site_url: options.siteUrl } : {}),
    // Images live in public/images/ and are written from the site's root (the check's rule).
    media_folder: 'public/images',
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true },
    // What the check expects to read, and nothing an author did not edit: no empty optional fields,
    // strings unquoted unless YAML needs quotes, lists indented as in the content files.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_sequences: true } },
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: defaultLocale },
    collections: [
      {
        name: 'countries',
        label: 'Countries',
        label_singular: 'Country',
        folder: 'content/countries',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'iso',
        slug: '{{iso}}',
        summary: `{{name.${defaultLocale}}} ({{iso}})`,
        fields: fieldsOf(schema('countrySchema'), { literals, vocab }),
      },
      ...entrySections.map((e) => ({
        name: e.name,
        label: e.label,
        label_singular: e.singular,
        folder: `content/${e.name}`,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        i18n: true,
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
        fields: [
          ...fieldsOf(schema(e.schema), { literals, vocab, translated: translatedEntryFields }),
          { name: 'body', label: 'body', widget: 'markdown', i18n: true, hint: 'The text, in Markdown; insert charts, tables, country cards, quotations and citations from its Insert menu.' },
        ],
      })),
      listFile('sources', 'Sources (bibliography)', 'sources.yaml', 'sourceSchema', '{{fields.id}}: {{fields.title}}'),
      listFile('tags', 'Tags', 'tags.yaml', 'tagSchema', `{{fields.id}}`),
    ],
  };
}

export function configYaml(config: Record<string, unknown>): string {
  return `# Generated by scripts/cms-config.ts from src/schemas/ and content/; do not edit.\n${stringify(config, { lineWidth: 0 })}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(configYaml(await cmsConfig()));
}
