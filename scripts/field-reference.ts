/**
 * Writes docs/field-reference.md from the schemas, so the authors' reference cannot drift from them:
 * the structure, types, defaults and accepted values come from walking the Zod schemas exported by
 * src/schemas/*.ts; the descriptions are the JSDoc line above each field in those files.
 *
 *   npm run field-reference                   rewrite docs/field-reference.md
 *   npm run field-reference -- --check        exit 1 if the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { def, docFor, readSources, schemaExports, type Literal, type Schema } from './schema-walk.ts';
import { id, localized, localizedSlug, partialDate, url } from '../src/schemas/common.ts';
import { defaultLocale } from '../src/i18n/config.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
export const referencePath = join(root, 'docs', 'field-reference.md');

const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;

/** The schema's own words for what it expects (the same text error messages show after "expected"). */
function checkMessages(s: Schema): string[] {
  return (def(s).checks ?? []).map((c) => c._zod.def.error?.()).filter((m): m is string => typeof m === 'string');
}

/** A value kind in words. `children` tells whether the fields of an object are listed below it. */
function describe(s: Schema): string {
  // Worded without the list of languages, so that adding one (content/locales.yaml) leaves this file as it is.
  if (s === (localized as unknown as Schema)) return `text per language code: ${code(defaultLocale)} required, the site's other languages (content/locales.yaml) optional`;
  if (s === (localizedSlug as unknown as Schema)) return 'a lowercase kebab-case slug per language code (content/locales.yaml), each optional';
  if (s === (partialDate as unknown as Schema)) return 'date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real day, not in the future';
  if (s === (url as unknown as Schema)) return 'address: absolute `http(s)://` URL with a real host name, no spaces';
  if (s === (id as unknown as Schema)) return 'id: lowercase letters, digits and hyphens';
  const d = def(s);
  switch (d.type) {
    case 'string': {
      const msgs = checkMessages(s);
      if (d.checks?.some((c) => c._zod.def.check === 'string_format' && c._zod.def.format === 'url')) return 'address: absolute http(s) URL';
      const min = d.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
      return msgs.length ? `text: ${msgs.join('; ')}` : min ? 'text (not empty)' : 'text';
    }
    case 'number': {
      const int = d.checks?.some((c) => c._zod.def.format === 'safeint');
      const gte = d.checks?.find((c) => c._zod.def.check === 'greater_than');
      return `${int ? 'whole number' : 'number'}${gte ? ` ≥ ${gte._zod.def.value}` : ''} (digits only)`;
    }
    case 'boolean':
      return '`true` or `false`';
    case 'enum':
      return `one of ${Object.values(d.entries ?? {}).map(code).join(', ')}`;
    case 'literal':
      return `exactly ${(d.values ?? []).map(code).join(' or ')}`;
    case 'nullable':
      return `${describe(d.innerType!)}, or \`null\` (no data)`;
    case 'optional':
    case 'default':
      return describe(d.innerType!);
    case 'array': {
      const min = d.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
      const item = def(d.element!).type === 'object' ? 'items with the fields below' : describe(d.element!);
      return `list${min ? ` (at least ${min})` : ''} of ${item}`;
    }
    case 'object':
      return 'group of the fields below';
    case 'record':
      return `map: ${describe(d.keyType!)} → ${describe(d.valueType!)}`;
    case 'union':
      return (d.options ?? []).map(describe).join(' or ');
    case 'pipe':
      return describe(d.out!);
    default:
      return d.type;
  }
}

function presence(s: Schema): string {
  const d = def(s);
  if (d.type === 'default') return `optional (default ${code(d.defaultValue)})`;
  if (d.type === 'optional') return 'optional';
  return '**required**';
}

/** Unwraps optional/default/nullable/array to the object whose fields are listed under a field. */
function objectInside(s: Schema): Schema | undefined {
  const d = def(s);
  if (d.type === 'object') return s;
  if (['optional', 'default', 'nullable'].includes(d.type)) return objectInside(d.innerType!);
  if (d.type === 'array') return objectInside(d.element!);
  return undefined;
}

interface Row {
  path: string;
  presence: string;
  value: string;
  doc: string;
}

export const missingDocs: string[] = [];

function rows(obj: Schema, literals: Literal[], prefix = ''): Row[] {
  const shape = def(obj).shape ?? {};
  const keys = Object.keys(shape);
  const out: Row[] = [];
  for (const key of keys) {
    const field = shape[key]!;
    const { doc } = docFor(literals, keys, key);
    const path = `${prefix}${key}`;
    if (!doc) missingDocs.push(path);
    out.push({ path, presence: presence(field), value: describe(field), doc: doc ?? '' });
    const inner = objectInside(field);
    if (inner && inner !== (localized as unknown as Schema) && inner !== (localizedSlug as unknown as Schema)) {
      const isList = ['array'].includes(def(field).type) || (['optional', 'default'].includes(def(field).type) && def(def(field).innerType!).type === 'array');
      out.push(...rows(inner, literals, `${path}${isList ? '[]' : ''}.`));
    }
  }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** What each schema describes, in the order authors meet them. */
const sections: { exportName: string; title: string; where: string; list?: boolean }[] = [
  { exportName: 'countrySchema', title: 'Country', where: '`content/countries/<id>.yaml`' },
  { exportName: 'articleSchema', title: 'Article (frontmatter)', where: '`content/articles/<language>/<slug>.mdx`' },
  { exportName: 'interviewSchema', title: 'Interview (frontmatter)', where: '`content/interviews/<language>/<slug>.mdx`' },
  { exportName: 'methodologySchema', title: 'Methodology page (frontmatter)', where: '`content/methodology/<language>.mdx`' },
  { exportName: 'sourceSchema', title: 'Source (bibliography entry)', where: '`content/sources.yaml`, a list', list: true },
  { exportName: 'platformSchema', title: 'Platform', where: '`content/platforms.yaml`, a list', list: true },
  { exportName: 'featureSchema', title: 'Website feature', where: '`content/features.yaml`, a list', list: true },
  { exportName: 'institutionKindSchema', title: 'Institution kind', where: '`content/institution-kinds.yaml`, a list', list: true },
  { exportName: 'tagSchema', title: 'Tag', where: '`content/tags.yaml`, a list', list: true },
  { exportName: 'changeSchema', title: 'Change (changelog)', where: '`content/changelog.yaml`, a list', list: true },
  { exportName: 'findingSchema', title: 'Headline finding', where: '`content/findings.yaml`, a list', list: true },
];

export async function renderFieldReference(): Promise<string> {
  missingDocs.length = 0;
  const { literals, constants } = readSources();
  const exported = await schemaExports();
  const unlisted = [...exported.keys()].filter((k) => !sections.some((s) => s.exportName === k));
  if (unlisted.length) throw new Error(`scripts/field-reference.ts: add a section for ${unlisted.join(', ')}`);

  const parts: string[] = [
    '# Field reference · Referencia de campos',
    '',
    '<!-- Generated by `npm run field-reference` (scripts/field-reference.ts) from src/schemas/*.ts. Do not edit by hand: change the',
    '     schema or its JSDoc line, then run the script; a test fails when this file is out of date. -->',
    '',
    'Every field of every content file, generated from the schemas that `npm run check` and the build apply.',
    'Descriptions are the JSDoc lines of `src/schemas/*.ts`. How to use them: [authors\' guide](authors-guide.en.md).',
    '',
    'Todos los campos de todos los archivos de contenido, generados a partir de los esquemas que aplican',
    '`npm run check` y la compilación. Las descripciones, en inglés, son los comentarios JSDoc de',
    '`src/schemas/*.ts`. Cómo usarlos: [guía para autores](authors-guide.es.md).',
    '',
    '**Reading the tables.** `a.b` is field `b` inside group `a`; `a[].b` is field `b` of each item of list `a`.',
    'A field marked optional may be left out; `null` (where allowed) means the source gives no figure: the page',
    'shows "no data". A group accepts only the fields listed: an unknown (misspelt) field is an error.',
    '',
    '**Cómo leer las tablas.** `a.b` es el campo `b` dentro del grupo `a`; `a[].b`, el campo `b` de cada elemento',
    'de la lista `a`. Un campo *optional* puede omitirse; `null` (donde se admite) significa que la fuente no da la',
    'cifra: la página muestra «sin datos». Un grupo solo acepta los campos de la tabla: uno desconocido es un error.',
    '',
    '## Contents',
    '',
    ...sections.map((s) => `- [${s.title}](#${s.title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')}): ${s.where}`),
  ];
  for (const section of sections) {
    const schema = exported.get(section.exportName);
    if (!schema) throw new Error(`scripts/field-reference.ts: src/schemas exports no ${section.exportName}`);
    // The JSDoc often starts with the file name, which the section already gives.
    const about = constants.get(section.exportName)?.replace(/^`[^`]+`:\s*/, '').replace(/^./, (c) => c.toUpperCase());
    parts.push('', `## ${section.title}`, '', `${section.where}${section.list ? ': each item has these fields.' : '.'}${about ? ` ${about}` : ''}`, '');
    parts.push('| Field | Required | Value | Description |', '|---|---|---|---|');
    for (const r of rows(schema, literals)) parts.push(`| \`${r.path}\` | ${r.presence} | ${cell(r.value)} | ${cell(r.doc)} |`);
  }
  return `${parts.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await renderFieldReference();
  if (missingDocs.length) console.warn(`Fields without a JSDoc line in src/schemas: ${missingDocs.join(', ')}`);
  if (process.argv.includes('--check')) {
    const current = readFileSync(referencePath, 'utf8');
    if (current !== text) {
      console.error('docs/field-reference.md is out of date: run `npm run field-reference`.');
      process.exit(1);
    }
    console.log('docs/field-reference.md is up to date.');
  } else {
    writeFileSync(referencePath, text);
    console.log(`Wrote ${referencePath}`);
  }
}
