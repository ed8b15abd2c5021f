import { z } from 'astro/zod';
import { id, localized, partialDate, sourceRef, url } from './common.ts';

/** How exactly a figure is stated in the source ("870 000", "more than 720 000", "almost two million"). */
export const qualifier = z.enum(['exact', 'about', 'more-than', 'almost']);

/** What an observation counts. */
export const metric = z.enum(['followers', 'posts', 'views', 'videos']);

/** When the source only says "early" or "late" in the period. */
export const part = z.enum(['early', 'late']);

/** The values of these vocabularies, in this order wherever they are listed (tables, codebook). */
export const qualifiers = qualifier.options;
export const metrics = metric.options;
export const parts = part.options;

/** A dated claim from one source. Several claims on the same thing may disagree: all are kept. */
const dateClaim = z.strictObject({
  /** The date at the precision the source gives. */
  date: partialDate,
  /** When the source only says "early" or "late" in the period. */
  part: part.optional(),
  /** Bibliography id. */
  source: sourceRef,
  /** Optional note per locale, e.g. where in the source the claim is made. */
  note: localized.optional(),
});

/** One reading of an account metric at a date. Later observations of the same metric are added beside it. */
const observation = z.strictObject({
  /** What is counted. */
  metric,
  /** The figure: a non-negative integer. */
  value: z.number().int('a whole number').nonnegative('a count of zero or more'),
  /** How the source states it. */
  qualifier: qualifier.default('exact'),
  /** As-of date of the figure. */
  asOf: partialDate,
  /** False when the source does not give the date for this very figure and `asOf` is its collection period. */
  asOfStated: z.boolean().default(true),
  /** Bibliography id. */
  source: sourceRef,
});

/** An official account on one platform. */
const account = z.strictObject({
  /** Platform id from `content/platforms.yaml`. */
  platform: id,
  /** Handle or page name as shown on the platform, e.g. `@SRE_mx`; omit when the source names none. */
  handle: z.string().min(1).optional(),
  /** Address of the account, when known. */
  url: url.optional(),
  /** Language(s) the account publishes in (BCP 47). */
  language: z.array(z.string().min(2)).optional(),
  /** Creation date claims; more than one when sources disagree. */
  created: z.array(dateClaim).default([]),
  /** Figures over time. */
  observations: z.array(observation).default([]),
  /** Where the study records the platform for the institution (Table 1). */
  source: sourceRef,
  /** Notes per locale: what is published, who runs it. */
  note: localized.optional(),
});

/** Yes/no fact with its source. */
const flag = z.strictObject({
  /** Whether it exists. */
  present: z.boolean(),
  /** Bibliography id. */
  source: sourceRef,
  /** Optional note per locale. */
  note: localized.optional(),
});

/** One institution the study compares. */
const institution = z.strictObject({
  /** Id unique within the country, e.g. `sre`. */
  id,
  /** Kind id from `content/institution-kinds.yaml`. */
  kind: id,
  /** Full name per locale. */
  name: localized,
  /** Short name, e.g. `SRE`. */
  abbr: z.string().min(1).optional(),
  /** Official website. */
  website: z.strictObject({
    /** Whether the institution has a website of its own. */
    present: z.boolean(),
    /** Its address, when known. */
    url: url.optional(),
    /** Bibliography id. */
    source: sourceRef,
    /** Optional note per locale, e.g. the portal it runs inside. */
    note: localized.optional(),
  }),
  /** Whether it runs a blog. */
  blog: flag,
  /** Whether it offers a participation mechanism (forums, surveys). */
  participation: flag,
  /** Official accounts. */
  accounts: z.array(account).default([]),
});

/** A count of one kind of representation in one network observation. */
const networkCount = z
  .strictObject({
    /** Number of representations; `null` = the source gives none (or leave the kind out). */
    total: z.number().int('a whole number').nonnegative('a count of zero or more').nullable(),
    /** How many of them have a website; leave it out (or `null`) when the source does not say. */
    withWebsite: z.number().int('a whole number').nonnegative('a count of zero or more').nullable().default(null),
    /** Named places, per locale, when the source lists them. */
    note: localized.optional(),
  })
  // Compared only when both are valid counts: a bad total is reported once, not again here.
  .refine((c) => !isCount(c.total) || !isCount(c.withWebsite) || c.withWebsite <= c.total, { message: 'withWebsite no larger than total', path: ['withWebsite'] });

function isCount(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0;
}

/** The kinds of representation, in table order. */
export const networkKindKeys = ['embassies', 'consulates', 'multilateral', 'otherOffices'] as const;

/**
 * One dated count of the diplomatic network from one source. A country has as many as there are
 * sources and dates ("then and now"); where sources disagree, all are kept and shown.
 */
const networkObservation = z
  .strictObject({
    /** Bibliography id of the work that gives the counts (for an index, its edition). */
    source: sourceRef,
    /** Bibliography id of the work the counts were read in, when not in `source` itself (a table that reproduces them). */
    via: sourceRef.optional(),
    /** Id shared by observations that count the same way (editions of one index, e.g. `lowy-gdi`); the change is shown between the first and last of a series. Default: the source id. */
    series: id.optional(),
    /** Date the counts refer to, at the precision known: `2019`, `2023-11`. */
    asOf: partialDate,
    /** False when the source gives no date for these counts and `asOf` is inferred; `note` says from what. */
    asOfStated: z.boolean().default(true),
    /** Embassies (and high commissions) abroad; leave a kind out when the source gives no count. */
    embassies: networkCount.optional(),
    /** Consulates and consulates general. */
    consulates: networkCount.optional(),
    /** Permanent missions to multilateral organisations. */
    multilateral: networkCount.optional(),
    /** Other offices (trade or representation offices and the like). */
    otherOffices: networkCount.optional(),
    /** The country's place in the source's ranking, when it ranks countries by their networks. */
    rank: z
      .strictObject({
        /** Position: 1 is the largest network. */
        position: z.number().int('a whole number').min(1, 'a position of 1 or more'),
        /** How many countries the ranking covers, when the source says. */
        of: z.number().int('a whole number').min(1, 'a number of 1 or more').optional(),
      })
      .refine((r) => !isCount(r.of) || !isCount(r.position) || r.position <= r.of, { message: 'a position no larger than `of`', path: ['position'] })
      .optional(),
    /** Note per locale: how the date was inferred, how the source counts, where it disagrees with another. */
    note: localized.optional(),
  })
  .refine((o) => networkKindKeys.some((k) => o[k] !== undefined), { message: 'at least one of embassies, consulates, multilateral, otherOffices' });

/** `content/countries/<id>.yaml`: one country profile. */
export const countrySchema = z.strictObject({
  /** Notes for authors on the file as a whole (where its figures come from, what a mark means); not shown on the site. In a field, not a YAML comment, so that the web editor keeps them. */
  notes: z.string().trim().min(1).optional(),
  /** ISO 3166-1 alpha-2 code, upper case. */
  iso: z.string().regex(/^[A-Z]{2}$/, 'a two-letter upper-case ISO 3166-1 code such as "MX"'),
  /**
   * Where the world map puts the country's dot, for a code the map has no shape or point for (a
   * fictional `X?` code, a territory Natural Earth leaves out): `{ lat: 19.4, lon: -99.1 }`, in
   * degrees. Leave it out for a real country: the map finds it by `iso`.
   */
  mapPoint: z
    .strictObject({
      /** Latitude in degrees, north positive: -90 to 90. */
      lat: z.number().min(-90, 'a latitude from -90 to 90').max(90, 'a latitude from -90 to 90'),
      /** Longitude in degrees, east positive: -180 to 180. */
      lon: z.number().min(-180, 'a longitude from -180 to 180').max(180, 'a longitude from -180 to 180'),
    })
    .optional(),
  /** Country name per locale. */
  name: localized,
  /** A short profile per locale (a paragraph, in our own words). */
  summary: localized,
  /** Id of the institution (below) that is the foreign ministry. */
  foreignMinistry: id,
  /** Institutions compared. */
  institutions: z.array(institution).min(1),
  /** The ministry website's features: each feature id → present or not. */
  websiteFeatures: z.strictObject({
    /** Feature id from `content/features.yaml` → `true` (present) or `false` (absent); a feature left out shows as "no data". */
    values: z.record(id, z.boolean()),
    /** Bibliography id. */
    source: sourceRef,
    /** When the source observed the website. */
    asOf: partialDate,
    /** False when the source gives the table no date and `asOf` is its collection period. */
    asOfStated: z.boolean().default(true),
  }),
  /** The diplomatic network: dated observations, one per source and date, in any order; `[]` = no data. */
  network: z
    .array(networkObservation, {
      error: 'a list of dated observations, each starting with "- source:" (an older file has one `network:` block: put "- " before its first field and indent the rest)',
    })
    .default([]),
  /** Digital-policy notes, each with its source and date. */
  policy: z
    .array(
      z.strictObject({
        /** When it happened, at the precision the source gives; omit when undated. */
        date: partialDate.optional(),
        /** When the source only says "early" or "late" in the period. */
        part: part.optional(),
        /** The note per locale, in our own words. */
        text: localized,
        /** Bibliography id. */
        source: sourceRef,
      }),
    )
    .default([]),
});

export type Country = z.infer<typeof countrySchema>;
export type Institution = Country['institutions'][number];
export type Account = Institution['accounts'][number];
export type Observation = Account['observations'][number];
export type DateClaim = Account['created'][number];
export type NetworkObservation = Country['network'][number];
export type NetworkCount = NonNullable<NetworkObservation['embassies']>;
export type NetworkKindKey = (typeof networkKindKeys)[number];
export type Metric = z.infer<typeof metric>;
export type Qualifier = z.infer<typeof qualifier>;
export type Part = z.infer<typeof part>;
