import { z } from 'astro/zod';
import { id, localized, localizedSlug, partialDate, url } from './common.ts';
import { metric } from './country.ts';

/** `content/platforms.yaml`: the social networks accounts can live on. */
export const platformSchema = z.strictObject({
  /** Stable id used by accounts, e.g. `twitter`. */
  id,
  /** Display name, the same in every language, e.g. `Twitter`. */
  name: z.string().min(1),
  /** Abbreviation used in the study's Table 1, e.g. `tw`. Platforms the study groups as "others" have none. */
  abbr: z.string().min(1).optional(),
  /** Whether the study's charts (Figures 1–3) cover this platform. */
  charted: z.boolean().default(false),
});

/** `content/features.yaml`: website features, the study's ten criteria of Table 2. */
export const featureSchema = z.strictObject({
  /** Stable id used in country files, e.g. `consular-services`. */
  id,
  /** Short label per locale. */
  label: localized,
  /** One-line definition per locale. */
  definition: localized,
});

/** `content/institution-kinds.yaml`: the kinds of institution the study compares. */
export const institutionKindSchema = z.strictObject({
  /** Stable id, e.g. `foreign-ministry`. */
  id,
  /** Label per locale, e.g. "Foreign ministry". */
  label: localized,
  /** Position in tables (lower first). */
  order: z.number().int().nonnegative(),
});

/** `content/tags.yaml`: the tags articles and interviews may use. */
export const tagSchema = z.strictObject({
  /** Stable id used in entries' `tags:`, e.g. `public-diplomacy`. */
  id,
  /** Label per locale, as shown on tag links and filter pages. */
  label: localized,
  /**
   * The tag's address per locale, e.g. `{ es: diplomacia-digital, en: digital-diplomacy }`: its
   * filter pages are `/<lang>/articles/tags/<slug>/`. A language without one uses the id; the id's
   * address leads to the slug's.
   */
  slug: localizedSlug.optional(),
});

/**
 * `content/findings.yaml`: headline findings the home and comparison pages open with. A finding's
 * number is never typed: `{value}` (and `{date}`) in its text are filled from the figure it names,
 * so the check refuses a finding whose figure is not in the data.
 */
export const findingSchema = z.strictObject({
  /** Stable id, e.g. `sre-twitter-audience`. */
  id,
  /** Pages that show it: `home`, `compare`. */
  on: z.array(z.enum(['home', 'compare'])).min(1),
  /** The finding per locale, with `{value}` where the figure goes and optionally `{date}`; no digits of its own. */
  text: localized,
  /** The figure: the latest `metric` of the account of `institution` in `country` on `platform` (`handle` when it has several there). */
  figure: z.strictObject({
    /** Country file id, e.g. `mx`. */
    country: id,
    /** Institution id in that file, e.g. `sre`. */
    institution: id,
    /** Platform id, e.g. `twitter`. */
    platform: id,
    /** The account's handle, when the institution has more than one on the platform. */
    handle: z.string().min(1).optional(),
    /** Which figure: `followers`, `posts`, `views` or `videos`. */
    metric,
  }),
});
export type Finding = z.infer<typeof findingSchema>;

/** `content/changelog.yaml`: what changed in the atlas and when, newest first on the data page. */
export const changeSchema = z.strictObject({
  /** When the change was published. */
  date: partialDate,
  /** What changed, per locale: one or two sentences a reader can check (which figures, which pages). */
  text: localized,
});
export type Change = z.infer<typeof changeSchema>;

/** `content/sources.yaml`: the bibliography. Every `source` field on the site points here. */
export const sourceSchema = z.strictObject({
  /** Stable id, e.g. `benayas-2021`. */
  id,
  /** Kind of work: decides how APA and BibTeX are written. */
  type: z.enum(['article', 'webpage', 'interview', 'blog-post', 'essay', 'event']),
  /** Authors as "Family, Given" strings, in order. */
  authors: z.array(z.string().min(1)).default([]),
  /** Title in the original language. */
  title: z.string().min(1),
  /** The title in sentence case, as APA writes it, when `title` is in title case: `Diplomacy and the digital age` (proper nouns keep their capitals). */
  titleSentenceCase: z.string().min(1).optional(),
  /** Journal, website or blog the work appeared in. */
  container: z.string().min(1).optional(),
  /** Publisher or institution. */
  publisher: z.string().min(1).optional(),
  /** Publication date at the precision known. */
  date: partialDate.optional(),
  /** Journal volume, as text (quote it: `"33"`). */
  volume: z.string().optional(),
  /** Journal issue, as text (quote it: `"1"`). */
  issue: z.string().optional(),
  /** Page range, e.g. `"45-67"`. */
  pages: z.string().optional(),
  /** DOI without the resolver, e.g. `10.12804/desafios33.1.2021.05`; only when the work states it. */
  doi: z.string().optional(),
  /** Where the work can be read. */
  url: url.optional(),
  /** Language of the work (BCP 47). */
  language: z.string().min(2),
  /** A note on the work per locale (e.g. "quoted from the study"). */
  note: localized.optional(),
});

export type Platform = z.infer<typeof platformSchema>;
export type Feature = z.infer<typeof featureSchema>;
export type InstitutionKind = z.infer<typeof institutionKindSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Tag = z.infer<typeof tagSchema>;
