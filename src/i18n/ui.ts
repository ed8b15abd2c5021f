/** UI dictionaries and the `t()` lookup. Spanish is the source; other locales fall back to it visibly in tests. */
import { defaultLocale, locales, type Locale } from './config.ts';
import { es, type UiKey } from './ui/es.ts';
import { en } from './ui/en.ts';

export type { UiKey };
export const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { es, en };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Returns the translator for a locale. Missing keys fall back to the default locale. */
export function useTranslations(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, vars) => {
    const template = dict[key] ?? dictionaries[defaultLocale][key] ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
  };
}

/** Keys that a locale lacks or has in excess compared with the source dictionary. */
export function dictionaryProblems(): string[] {
  const source = Object.keys(dictionaries[defaultLocale]);
  const out: string[] = [];
  for (const locale of locales) {
    const keys = Object.keys(dictionaries[locale]);
    for (const k of source) if (!keys.includes(k)) out.push(`src/i18n/ui/${locale}.ts:1: ${k}: missing UI string (expected a translation of the Spanish key)`);
    for (const k of keys) if (!source.includes(k)) out.push(`src/i18n/ui/${locale}.ts:1: ${k}: unknown UI key (expected only keys of src/i18n/ui/es.ts)`);
  }
  return out;
}
