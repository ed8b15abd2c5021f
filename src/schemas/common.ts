import { z } from 'astro/zod';
import { defaultLocale, locales, type Locale } from '../i18n/config.ts';

/**
 * Text in the source language and, optionally, others: `{ es: "México", en: "Mexico" }`. What a
 * locale lacks falls back to the source language, marked with its `lang` (src/lib/localized.ts).
 * Strict: in a one-line `{ es: a, b, en: c }` an unquoted comma turns "b" into a field of its own,
 * which must be reported, not dropped.
 */
export const localized = z.strictObject(
  Object.fromEntries(
    locales.map((l) => {
      const text = z.string().trim().min(1, `text in "${l}" is required`);
      return [l, l === defaultLocale ? text : text.optional()];
    }),
  ) as Record<Locale, z.ZodOptional<z.ZodString>>,
  { error: `an object with text in ${defaultLocale}${locales.length > 1 ? ` and, optionally, ${locales.filter((l) => l !== defaultLocale).join(', ')}` : ''}` },
);
/** Text per locale: the source language's is always there, the others may be missing. */
export type Localized = Partial<Record<Locale, string>>;

/** A kebab-case identifier such as `benayas-2021`. */
export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase kebab-case id such as "benayas-2021"');

/** A URL segment: lowercase kebab-case, e.g. `digital-diplomacy`. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase kebab-case slug such as "digital-diplomacy"');

/** A URL segment per locale, every locale optional: `{ es: diplomacia-digital, en: digital-diplomacy }`. */
export const localizedSlug = z.strictObject(
  Object.fromEntries(locales.map((l) => [l, slug.optional()])) as Record<Locale, z.ZodOptional<typeof slug>>,
  { error: `an object with a slug per language (${locales.join(', ')}), each optional` },
);

const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date at the precision the source gives: `2014`, `2014-04` or `2014-04-20`. */
export const partialDate = z
  .union([z.string(), z.number(), z.date()], { error: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .pipe(
    z
      .string()
      .regex(datePattern, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
      // One message per mistake: the later rules only speak about dates of the right shape.
      .refine((s) => !datePattern.test(s) || isRealDate(s), 'a real calendar date')
      .refine((s) => !datePattern.test(s) || !isRealDate(s) || s.slice(0, 10) <= latestToday(), 'a date that is not in the future'),
  );

const urlExpected = 'an absolute http(s) URL such as "https://example.org/page"';

/** An absolute http(s) URL with a real host name (`example.org`, not `example` or `exa mple.org`) and no spaces. */
export const url = z
  .url({ protocol: /^https?$/, hostname: /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/, error: urlExpected })
  .refine((s) => !/\s/.test(s), `${urlExpected}, without spaces (write %20)`);

/** The id of an entry in `content/sources.yaml`. */
export const sourceRef = id;

/** True when the day exists in that month (rejects 2014-02-30). */
function isRealDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date where it is already tomorrow (UTC+14): a date an author writes today is never "in the future". */
function latestToday(): string {
  return new Date(Date.now() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}
