/**
 * An article or interview page (src/pages/[lang]/[section]/[slug].astro), or its notice page in a
 * language the entry is not written in: titles, references, contents, tags and the page's citation.
 */
import { useTranslations } from '../../i18n/ui.ts';
import type { Source } from '../../schemas/vocabularies.ts';
import { chartSpecs, type ChartSpec } from '../charts.ts';
import type { PageCitation } from '../citation.ts';
import { entryFile, languageName, readingMinutes, referenceIds, tableOfContents, tagLabel, tagPath, type EntryRoute, type Heading, type TocItem } from '../entries.ts';
import type { AtlasData, CountryRecord } from '../model.ts';

export interface EntryView {
  /** The `<title>`: the entry's, or "… (not translated)" on a notice page. */
  pageTitle: string;
  /** The meta description: the summary, or the notice on a notice page. */
  description: string;
  /** The last breadcrumb. */
  crumb: string;
  /** A note: short, without lead, reading time or table of contents. */
  isNote: boolean;
  /** Reading time in minutes (none for a note). */
  minutes?: number;
  toc: TocItem[];
  countries: CountryRecord[];
  /** The entry's references: frontmatter sources, then those its body cites. */
  sources: Source[];
  tags: { label: string; href: string }[];
  citation: PageCitation;
  /** What the MDX components may embed, and the file named in their errors. */
  charts: ChartSpec[];
  file: string;
}

/** `site` is the deployment origin (Astro.site): the citation gives the page's full address. */
export function entryView(route: EntryRoute, data: AtlasData, headings: Heading[], site: URL | undefined): EntryView {
  const { locale, entry, kind } = route;
  const t = useTranslations(locale);
  const fm = entry.data;
  const isNote = fm.format === 'note';
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const countryById = new Map(data.countries.map((c) => [c.id, c]));
  return {
    pageTitle: route.fallback ? t('entry.fallback.pageTitle', { title: fm.title }) : fm.title,
    description: route.fallback ? t('entry.fallback.notice', { language: languageName(locale, entry.locale) }) : fm.summary,
    crumb: route.fallback ? t('entry.fallback.crumb') : fm.title,
    isNote,
    ...(!isNote && { minutes: readingMinutes(entry.words) }),
    toc: isNote ? [] : tableOfContents(headings),
    countries: fm.countries.map((id) => countryById.get(id)!),
    sources: referenceIds(entry).map((id) => sourceById.get(id)!),
    tags: fm.tags.map((tag) => ({ label: tagLabel(locale, tag, data.tags), href: tagPath(kind, locale, tag, data.tags) })),
    citation: {
      authors: fm.authors,
      title: fm.title,
      published: fm.published,
      siteName: t('site.name'),
      url: new URL(route.path, site).href,
      locale,
      slug: route.slug,
    },
    charts: chartSpecs(data),
    file: entryFile(entry),
  };
}
