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

/** A count in the diplomatic network, `null` when the source gives none. */
const networkCount = z.strictObject({
  /** Number of representations; `null` = no data. */
  total: z.number().int().nonnegative().nullable(),
  /** How many of them have a website; `null` = no data. */
  withWebsite: z.number().int().nonnegative().nullable(),
  /** Named places, per locale, when the source lists them. */
  note: localized.optional(),
});

/** `content/countries/<id>.yaml`: one country profile. */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2 code, upper case. */
  iso: z.string().regex(/^[A-Z]{2}$/, 'a two-letter upper-case ISO 3166-1 code such as "MX"'),
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
  /** The diplomatic network. */
  network: z.strictObject({
    /** Embassies abroad. */
    embassies: networkCount,
    /** Consulates and consulates general. */
    consulates: networkCount,
    /** Permanent missions to multilateral organisations. */
    multilateral: networkCount,
    /** Other offices (trade or representation offices and the like). */
    otherOffices: networkCount,
    /** Bibliography id for the counts. */
    source: sourceRef.optional(),
    /** Date the counts refer to. */
    asOf: partialDate.optional(),
  }),
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
export type NetworkCount = Country['network']['embassies'];
export type Metric = z.infer<typeof metric>;
export type Qualifier = z.infer<typeof qualifier>;
export type Part = z.infer<typeof part>;
