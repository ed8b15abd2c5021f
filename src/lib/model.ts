/** The atlas as plain data: what pages receive and what the pure derivations (tables, charts) work on. */
import type { Country } from '../schemas/country.ts';
import type { Feature, InstitutionKind, Platform, Source, Tag } from '../schemas/vocabularies.ts';
import type { ArticleData, InterviewData } from '../schemas/entry.ts';
import type { Locale } from '../i18n/config.ts';

export interface CountryRecord extends Country {
  /** File name without extension, e.g. `mx`. */
  id: string;
}

export interface AtlasData {
  countries: CountryRecord[];
  platforms: Platform[];
  features: Feature[];
  kinds: InstitutionKind[];
  sources: Source[];
  /** Tags for entries, in file order. */
  tags: Tag[];
}

export type EntryKind = 'articles' | 'interviews';

/** One article or interview in one language, without its rendered body. */
export interface EntrySummary {
  kind: EntryKind;
  locale: Locale;
  slug: string;
  /** Astro collection entry id (`<locale>/<slug>`). */
  entryId: string;
  data: ArticleData | InterviewData;
  /** Words in the body, for the reading time. */
  words: number;
  /** Bibliography ids cited in the body (`<Cite id>`, `<PullQuote source>`), beside the frontmatter `sources`. */
  cited: string[];
}
