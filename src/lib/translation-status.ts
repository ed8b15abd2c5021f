/**
 * What a locale still lacks, for `npm run new -- locale` and `npm run check`: UI strings, texts in
 * content files, entries and the methodology page. Every one of them falls back to the source
 * language until translated, so none of this stops a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { defaultLocale, locales, type Locale } from '../i18n/config.ts';

export interface TranslationStatus {
  locale: Locale;
  /** Per content file, the texts written in the source language but not in this one. */
  fields: { file: string; count: number }[];
  /** Entries (kind/slug) with no version in this language. */
  entries: string[];
  /** True when content/methodology/<locale>.mdx is missing. */
  methodology: boolean;
}

/** True for a value shaped like a translated text: an object keyed by locale codes only, with the source text. */
function isLocalizedText(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes(defaultLocale) && keys.every((k) => locales.includes(k));
}

/** How many translated texts in a parsed YAML value lack `locale`. */
export function missingTexts(value: unknown, locale: Locale): number {
  if (isLocalizedText(value)) return typeof value[locale] === 'string' && String(value[locale]).trim() ? 0 : 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + missingTexts(v, locale), 0);
  // A slug is no text to translate: a language without one keeps the id.
  if (value && typeof value === 'object') return Object.entries(value).reduce((n: number, [k, v]) => n + (k === 'slug' ? 0 : missingTexts(v, locale)), 0);
  return 0;
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)) : []);
const entryFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)) : []);

/** What `locale` lacks under `contentDir` (paths relative to its parent, the project). */
export function translationStatus(contentDir: string, locale: Locale): TranslationStatus {
  const fields: TranslationStatus['fields'] = [];
  for (const file of [...yamlFiles(contentDir), ...yamlFiles(join(contentDir, 'countries'))]) {
    if (basename(file) === 'locales.yaml') continue;
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // the check reports a broken file
    }
    const count = missingTexts(data, locale);
    if (count) fields.push({ file: file.slice(join(contentDir, '..').length + 1), count });
  }
  const entries: string[] = [];
  for (const kind of ['articles', 'interviews']) {
    const own = new Set(entryFiles(join(contentDir, kind, locale)).map((f) => f.replace(/\.mdx?$/, '')));
    const all = new Set(locales.filter((l) => l !== locale).flatMap((l) => entryFiles(join(contentDir, kind, l)).map((f) => f.replace(/\.mdx?$/, ''))));
    for (const slug of all) if (!own.has(slug)) entries.push(`${kind}/${slug}`);
  }
  const methodology = !['mdx', 'md'].some((ext) => existsSync(join(contentDir, 'methodology', `${locale}.${ext}`)));
  return { locale, fields, entries: entries.sort(), methodology };
}
