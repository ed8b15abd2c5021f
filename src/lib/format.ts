/** Number and date formatting with Intl in the page's locale. Raw values stay raw in the data. */
import { localeTags, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { Part, Qualifier } from '../schemas/country.ts';

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** 870000 → "870.000" (es) / "870,000" (en). */
export function formatNumber(locale: Locale, value: number): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(localeTags[locale].intl)));
  return f.format(value);
}

/** A figure as the source states it: "más de 720.000", "almost 2,000,000". */
export function formatCount(locale: Locale, value: number, qualifier: Qualifier = 'exact'): string {
  return useTranslations(locale)(`qualifier.${qualifier}`, { value: formatNumber(locale, value) });
}

/** A change between two counts, signed: "+4", "-10", "0" (a minus sign from Intl, per locale). */
export function formatChange(locale: Locale, value: number): string {
  return new Intl.NumberFormat(localeTags[locale].intl, { signDisplay: 'exceptZero' }).format(value);
}

/** A place in a ranking: 15 → "15.º" (es) / "15th" (en); the suffixes are UI strings, chosen by Intl's ordinal rules. */
export function formatOrdinal(locale: Locale, value: number): string {
  const category = new Intl.PluralRules(localeTags[locale].intl, { type: 'ordinal' }).select(value);
  const key = (['one', 'two', 'few'] as const).find((c) => c === category) ?? 'other';
  return useTranslations(locale)(`ordinal.${key}`, { n: formatNumber(locale, value) });
}

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

// Building an Intl formatter costs far more than formatting: a site of thousands of pages formats the
// same few hundred dates again and again, so results are kept (see the benchmark in README).
const partialDates = new Map<string, string>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2014-04" → "abril de 2014" / "April 2014"; "2009" with part "late" → "finales de 2009". */
export function formatPartialDate(locale: Locale, date: string, part?: Part): string {
  const key = `${locale} ${date} ${part ?? ''}`;
  let text = partialDates.get(key);
  if (text === undefined) partialDates.set(key, (text = formatPartialDateUncached(locale, date, part)));
  return text;
}

function formatPartialDateUncached(locale: Locale, date: string, part?: Part): string {
  const precision = precisionOf(date);
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  const instant = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  const formatKey = `${locale} ${precision}`;
  let format = dateFormats.get(formatKey);
  if (!format) dateFormats.set(formatKey, (format = new Intl.DateTimeFormat(localeTags[locale].intl, options)));
  const text = format.format(instant);
  return part ? useTranslations(locale)(`date.${part}`, { date: text }) : text;
}

/** A partial date as a fractional year, for plotting and sorting: the middle of the period it names. */
export function decimalYear(date: string, part?: Part): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + (part === 'early' ? 0.15 : part === 'late' ? 0.85 : 0.5);
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + (d - 0.5) / 365;
}

/** 2048 → "2 kB" / "2 kB"; sizes of downloads, in the page's locale. */
export function formatBytes(locale: Locale, bytes: number): string {
  const [unit, value] = bytes < 1000 ? (['byte', bytes] as const) : bytes < 1e6 ? (['kilobyte', bytes / 1e3] as const) : (['megabyte', bytes / 1e6] as const);
  return new Intl.NumberFormat(localeTags[locale].intl, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'byte' ? 0 : 1 }).format(value);
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** The name of a language in the page's locale: languageName('es', 'en') → "inglés". */
export function languageName(locale: Locale, code: string): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([localeTags[locale].intl], { type: 'language' })));
  return names.of(code) ?? code;
}

/** Several languages' names as a list in the page's locale: ("en", ["es", "fr"]) → "Spanish and French". */
export function languageList(locale: Locale, codes: readonly string[]): string {
  return new Intl.ListFormat(localeTags[locale].intl, { type: 'conjunction' }).format(codes.map((c) => languageName(locale, c)));
}

/** A share as a whole percentage: 0.6 → "60 %" (es) / "60%" (en). */
export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(localeTags[locale].intl, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
