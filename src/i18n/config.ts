/**
 * The site's languages, declared in content/locales.yaml (one place, no code: `npm run new -- locale`
 * adds one). Read when this module loads, from the project folder the build or script runs in, so
 * each content tree (the real one, the test fixture's) brings its own list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** A locale code such as "es" or "pt": any code content/locales.yaml declares. */
export type Locale = string;

export interface LocaleInfo {
  code: Locale;
  /** The language's name in itself ("Português"). */
  name: string;
  /** For <html lang>, hreflang and feeds. */
  bcp47: string;
  /** For Intl number and date formats. */
  intl: string;
  /** For Open Graph (language_TERRITORY). */
  og: string;
  dir: 'ltr' | 'rtl';
}

const code = z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'a lowercase language code such as "pt" or "pt-br"');
const localeList = z
  .array(
    z.strictObject({
      code,
      name: z.string().trim().min(1),
      bcp47: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag such as "pt" or "pt-BR"'),
      intl: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag such as "pt-BR"'),
      og: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'an Open Graph locale such as "pt_BR"'),
      dir: z.enum(['ltr', 'rtl']).default('ltr'),
    }),
  )
  .min(1, 'at least one language')
  .refine((list) => new Set(list.map((l) => l.code)).size === list.length, 'each code once');

/** The file that declares the locales, relative to the project folder. */
export const localesFile = 'content/locales.yaml';

/** Used only where a content tree has no locales file (content written before it existed). */
const builtIn: LocaleInfo[] = [
  { code: 'es', name: 'Español', bcp47: 'es', intl: 'es-ES', og: 'es_ES', dir: 'ltr' },
  { code: 'en', name: 'English', bcp47: 'en', intl: 'en-GB', og: 'en_GB', dir: 'ltr' },
];

/** Parses a locales file's text; throws a message that names the file and the field. */
export function parseLocales(text: string, file = localesFile): LocaleInfo[] {
  const result = localeList.safeParse(parse(text));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}: ${issue.path.length ? issue.path.join('.') : '(list)'}: ${issue.message}`);
}

/** The locales a project folder declares (tests read the fixture site's with it). */
export function readLocales(root = process.cwd()): LocaleInfo[] {
  let text: string;
  try {
    text = readFileSync(join(root, localesFile), 'utf8');
  } catch {
    return builtIn;
  }
  return parseLocales(text);
}

const declared = readLocales();

/** Every locale code, in the declared order. */
export const locales: readonly Locale[] = declared.map((l) => l.code);
/** The source language: the first declared; everything is written in it first. */
export const defaultLocale: Locale = locales[0]!;
/** Tags and names of each locale. */
export const localeTags: Readonly<Record<Locale, LocaleInfo>> = Object.fromEntries(declared.map((l) => [l.code, l]));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && locales.includes(value);
}
