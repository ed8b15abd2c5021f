/**
 * Writes country files the way the web editor writes them, so that a save from the editor changes
 * only the lines an author edited: keys in the schema's order (the form's), defaults written out,
 * empty optional fields left out, block style, strings unquoted unless YAML needs quotes (then
 * single quotes), no line folding; Sveltia CMS's YAML output with this project's `output` options
 * (scripts/cms-config.ts). YAML comments do not survive an editor save, so a country file keeps
 * what its authors need to know in its `notes` field.
 *
 *   node scripts/cms-format.ts [content/countries/<id>.yaml ...]    rewrite (default: every country file)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { stringify } from 'yaml';
import { countrySchema } from '../src/schemas/country.ts';
import { cmsConfig, type Field } from './cms-config.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** The value as the form holds it: keys in field order, empty optional fields dropped. */
export function formValue(value: unknown, fields: Field[] | undefined, field?: Field): unknown {
  if (Array.isArray(value)) {
    const itemFields = field?.fields as Field[] | undefined;
    return value.map((v) => formValue(v, itemFields));
  }
  if (value && typeof value === 'object' && fields) {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const v = obj[f.name];
      if (f.required === false && isEmpty(v)) continue;
      if (v === undefined) continue;
      out[f.name] = f.widget === 'object' || f.widget === 'list' ? formValue(v, f.fields as Field[] | undefined, f) : v;
    }
    return out;
  }
  return value;
}

export function editorYaml(data: unknown): string {
  return `${stringify(data, null, { indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true }).trim()}\n`;
}

/** A country file's text as the editor would save it (with the vocabularies of `contentDir`); throws when the file does not pass the schema. */
export async function formatCountry(text: string, contentDir = join(root, 'content')): Promise<string> {
  const config = await cmsConfig({ contentDir });
  const collection = (config.collections as { name: string; fields: Field[] }[]).find((c) => c.name === 'countries')!;
  const data = countrySchema.parse(yaml.load(text));
  return editorYaml(formValue(data, collection.fields));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = join(root, 'content', 'countries');
  const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
  for (const file of files) {
    writeFileSync(file, await formatCountry(readFileSync(file, 'utf8')));
    console.log(`Wrote ${file}`);
  }
}
