/**
 * UI dictionaries and the `t()` lookup. Spanish (src/i18n/ui/es.ts) is the source and defines the
 * keys. Other languages are translations of it: the two the atlas ships with are typed modules
 * here; a language added by configuration brings its dictionary as content/ui/<code>.yaml (which
 * may also override a shipped one). A key a dictionary lacks falls back to the source, marked with
 * its language (src/lib/localized.ts); `npm run check` counts them per language as warnings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { defaultLocale, locales, type Locale } from './config.ts';
import { es, type UiKey } from './ui/es.ts';
import { en } from './ui/en.ts';
import { markFallback } from '../lib/localized.ts';

export type { UiKey };
type Dictionary = Partial<Record<UiKey, string>>;

/** The dictionaries that ship with the code, by locale code. */
const shipped: Record<string, Dictionary> = { es, en };

/** Where a locale's dictionary as content lives, relative to the project folder. */
export const dictionaryFile = (locale: Locale): string => `content/ui/${locale}.yaml`;

/** A dictionary file's strings, and the line of each key (for the check's messages). */
export function readDictionaryFile(path: string): { strings: Record<string, string>; lines: Record<string, number>; error?: string } {
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
  if (doc.errors.length) return { strings: {}, lines: {}, error: doc.errors[0]!.message };
  const strings: Record<string, string> = {};
  const lines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      lines[key] = counter.linePos(pair.key.range?.[0] ?? 0).line;
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.trim()) strings[key] = pair.value.value;
    }
  } else if (doc.contents !== null) return { strings, lines, error: 'expected "key: text" lines' };
  return { strings, lines };
}

function dictionaryOf(locale: Locale): Dictionary {
  const path = join(process.cwd(), dictionaryFile(locale));
  const extra = existsSync(path) ? readDictionaryFile(path).strings : {};
  return { ...shipped[locale], ...(extra as Dictionary) };
}

export const dictionaries: Record<Locale, Dictionary> = Object.fromEntries(locales.map((l) => [l, dictionaryOf(l)]));

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * The translator for a locale. A key the locale lacks gives the source language's text, marked
 * with its language unless `{ mark: false }` (for files that take no markup: downloads, images).
 */
export function useTranslations(locale: Locale, { mark = true }: { mark?: boolean } = {}): Translate {
  const dict = dictionaries[locale] ?? {};
  const source = dictionaries[defaultLocale] ?? es;
  return (key, vars) => {
    const own = dict[key];
    const template = own ?? source[key] ?? key;
    const text = vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
    return own === undefined && mark && locale !== defaultLocale ? markFallback(text, defaultLocale) : text;
  };
}

/** The keys of the source dictionary. */
const sourceKeys = Object.keys(es) as UiKey[];

/** Per locale, the UI strings it lacks (they fall back to the source language). */
export function missingUiStrings(): { locale: Locale; file: string; keys: UiKey[] }[] {
  return locales
    .filter((l) => l !== defaultLocale)
    .map((l) => ({ locale: l, file: l in shipped ? `src/i18n/ui/${l}.ts` : dictionaryFile(l), keys: sourceKeys.filter((k) => dictionaries[l]?.[k] === undefined) }))
    .filter((m) => m.keys.length > 0);
}

/** Errors in the dictionaries: keys the source does not have, files that are not a dictionary. */
export function dictionaryProblems(): string[] {
  const out: string[] = [];
  for (const locale of locales) {
    const path = join(process.cwd(), dictionaryFile(locale));
    if (existsSync(path)) {
      const { lines, error } = readDictionaryFile(path);
      if (error) out.push(`${dictionaryFile(locale)}:1: (file): ${error} (expected "key: text" lines, as written by npm run new -- locale)`);
      for (const [k, line] of Object.entries(lines)) if (!(k in es)) out.push(`${dictionaryFile(locale)}:${line}: ${k}: unknown UI key (expected only keys of src/i18n/ui/es.ts)`);
    }
    if (locale in shipped) for (const k of Object.keys(shipped[locale]!)) if (!(k in es)) out.push(`src/i18n/ui/${locale}.ts:1: ${k}: unknown UI key (expected only keys of src/i18n/ui/es.ts)`);
  }
  return out;
}

/** One warning per locale with untranslated UI strings, as `npm run check` and the build print them. */
export function missingUiStringWarnings(): { file: string; line: number; field: string; message: string; expected: string }[] {
  return missingUiStrings().map((m) => ({
    file: m.file,
    line: 1,
    field: '(UI strings)',
    message: `${m.keys.length} of ${sourceKeys.length} interface strings not translated into ${m.locale} yet: they show in ${defaultLocale}, marked as such (first: ${m.keys.slice(0, 3).join(', ')})`,
    expected: `a translation on each "key: text" line (${m.file})`,
  }));
}
