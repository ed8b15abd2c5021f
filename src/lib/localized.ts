/**
 * Text in the page's language, or in the source language when a translation is missing, marked so
 * that screen readers switch voice.
 *
 * A fallback cannot carry its `lang` inside a string that many templates print (as text, in an
 * attribute, in a <title>), so it travels with invisible marks (private-use characters) and one
 * place, `resolveFallbackMarks` (run on every page by src/middleware.ts), turns each marked text
 * into `<span lang="…">` where HTML allows an element and drops the marks everywhere else. A site
 * whose translations are complete carries no marks at all.
 */
import { defaultLocale, localeTags, type Locale } from '../i18n/config.ts';
import type { Localized } from '../schemas/common.ts';

const OPEN = '\uE000';
const MIDDLE = '\uE001';
const CLOSE = '\uE002';

/** `text` marked as written in `locale` (a BCP 47 tag goes in the mark). */
export function markFallback(text: string, locale: Locale): string {
  return `${OPEN}${localeTags[locale]?.bcp47 ?? locale}${MIDDLE}${text}${CLOSE}`;
}

/** True when a text holds fallback marks. */
export const hasFallbackMarks = (text: string): boolean => text.includes(OPEN);

/** The text without marks, for places that take no markup (feeds, downloads, sort keys). */
export function stripFallbackMarks(text: string): string {
  return hasFallbackMarks(text) ? text.replace(/\uE000[^\uE001]*\uE001/g, '').replaceAll(CLOSE, '') : text;
}

/** The text of a localized field in `locale`, or the source language's, marked, when it lacks one. */
export function inLocale(value: Localized, locale: Locale): string {
  const own = value[locale];
  if (own !== undefined) return own;
  return markFallback(value[defaultLocale] ?? '', defaultLocale);
}

/** The same without marks: for sorting, search keys and other values that are not read out. */
export function plainIn(value: Localized, locale: Locale): string {
  return value[locale] ?? value[defaultLocale] ?? '';
}

/** True when `locale` has its own text (no fallback). */
export const isTranslated = (value: Localized | undefined, locale: Locale): boolean => value?.[locale] !== undefined;

// Elements whose content is text only (a <span> there would be shown or break the page), and tags.
const noMarkup = /<(script|style|title|textarea|option)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
const marked = /\uE000([^\uE001\uE000\uE002]*)\uE001([^\uE000\uE002]*)\uE002/g;

/** An HTML page with its fallback marks turned into `<span lang>` in text and dropped elsewhere. */
export function resolveFallbackMarks(html: string): string {
  if (!hasFallbackMarks(html)) return html;
  let out = '';
  let last = 0;
  for (const m of html.matchAll(noMarkup)) {
    out += spans(html.slice(last, m.index)) + stripFallbackMarks(m[0]);
    last = m.index + m[0].length;
  }
  return out + spans(html.slice(last));
}

/** Text content: each mark becomes a span, innermost first (a fallback string may hold another). */
function spans(text: string): string {
  let prev: string;
  do {
    prev = text;
    text = text.replace(marked, (_, lang: string, inner: string) => `<span lang="${lang}">${inner}</span>`);
  } while (text !== prev);
  return text;
}
