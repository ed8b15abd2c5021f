import { z } from 'astro/zod';
import { id, partialDate, slug, sourceRef, url } from './common.ts';

/** Frontmatter shared by articles and interviews (`content/{articles,interviews}/<lang>/<file>.mdx`). */
export const entryBase = z.strictObject({
  /** Title in the entry's language. */
  title: z.string().trim().min(1),
  /**
   * The entry's address in its language, when it should not be the file name: `slug:
   * digital-public-diplomacy` puts `content/articles/en/diplomacia-publica-digital.mdx` at
   * `/en/articles/digital-public-diplomacy/`. Twins still pair by file name; the old address (the
   * file name) leads to the new one.
   */
  slug: slug.optional(),
  /** One or two sentences shown in listings and as the page description. */
  summary: z.string().trim().min(1),
  /** First publication on this site (shown as the date the entry was added to the atlas). */
  published: partialDate,
  /**
   * The work the entry presents, when it has a date of its own: a study's publication, a seminar,
   * an interview's first publication. `dataAsOf`: when the work's data were collected. Readers see
   * these beside the date the entry was added, so that a 2013 seminar does not look new.
   */
  work: z
    .strictObject({
      /** Date of the work itself, at the precision known: `2021`, `2013-06`. */
      date: partialDate,
      /** When the work's data were collected, if the work says. */
      dataAsOf: partialDate.optional(),
    })
    .optional(),
  /** Last substantive update, if any. */
  updated: partialDate.optional(),
  /** Authors of the entry, as "Family, Given". */
  authors: z.array(z.string().min(1)).min(1),
  /** Tag ids from `content/tags.yaml`, e.g. `public-diplomacy`. */
  tags: z.array(id).default([]),
  /** Ids of the country files the entry concerns. */
  countries: z.array(id).default([]),
  /** Bibliography ids the entry relies on; listed as references. */
  sources: z.array(sourceRef).default([]),
  /** Set when the entry deliberately exists in one language only. */
  singleLanguage: z.boolean().default(false),
  /** Kind of article: a research summary or a short dated note. */
  format: z.enum(['article', 'note']).default('article'),
});

/** The methodology page, one file per language: `content/methodology/<language>.mdx`. */
export const methodologySchema = z.strictObject({
  /** Title in the file's language. */
  title: z.string().trim().min(1),
  /** One or two sentences under the title and as the page description. */
  summary: z.string().trim().min(1),
  /** Last substantive change. */
  updated: partialDate.optional(),
});

/** Articles: the base fields only. */
export const articleSchema = entryBase;

/** Interviews: who was interviewed, by whom, where it first appeared. */
export const interviewSchema = entryBase.extend({
  /** Name of the person interviewed. */
  interviewee: z.string().min(1),
  /** Their role at the time, in the entry's language. */
  intervieweeRole: z.string().min(1),
  /** Who conducted the interview. */
  interviewer: z.string().min(1),
  /** Where it was first published, e.g. "Apuntes Internacionales". */
  originalPublication: z.string().min(1),
  /** Address of the original. */
  originalUrl: url,
  /** Date of the original, when known. */
  originalDate: partialDate.optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type InterviewData = z.infer<typeof interviewSchema>;
