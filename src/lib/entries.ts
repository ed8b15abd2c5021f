/**
 * Articles and interviews as pages: translation pairing and fallbacks, listings and their filters,
 * reading time, table of contents, feed items. Pure functions over `EntrySummary` (see ./atlas.ts).
 */
import { defaultLocale, locales as allLocales, localeTags, type Locale } from '../i18n/config.ts';
import { localePath } from '../i18n/routes.ts';
import type { CountryRecord, EntryKind, EntrySummary } from './model.ts';
import type { InterviewData } from '../schemas/entry.ts';
import type { Tag } from '../schemas/vocabularies.ts';
import { memo } from './memo.ts';
import { inLocale } from './localized.ts';
import type { PaginateFunction } from 'astro';
import { listingPageSizeOverride } from './deploy.ts';

export const entryKinds: readonly EntryKind[] = ['articles', 'interviews'];

/**
 * One entry page: `/<locale>/<kind>/<urlSlug>/`. Twins (the versions of one entry in several
 * languages) share kind and file name (`slug`); each version's address is its own `slug:` from the
 * frontmatter, or the file name.
 */
export interface EntryRoute {
  kind: EntryKind;
  /** Language of the page. */
  locale: Locale;
  /** The file name twins share (`content/<kind>/<lang>/<slug>.mdx`): the key that pairs them. */
  slug: string;
  /** The page's last URL segment in `locale`: the version's `slug:`, or on a notice page the original's. */
  urlSlug: string;
  /** The page's path (base-path aware). */
  path: string;
  /** The entry's page in every locale (notice pages included), for the language switch and hreflang. */
  paths: Record<Locale, string>;
  /** The entry shown, or, on a fallback page, the original the notice links to. */
  entry: EntrySummary;
  /** True when the entry does not exist in `locale`: the page is a notice, not the text. */
  fallback: boolean;
  /** Locales the entry is written in (its twins), in the configured order. */
  available: Locale[];
}

/** The URL segment of one version in its own language: its frontmatter `slug:`, else its file name. */
export function ownSlug(entry: { slug: string; data: { slug?: string | undefined } }): string {
  return entry.data.slug ?? entry.slug;
}

/**
 * The URL segment of one entry (its twins) in every locale: each version's own slug; a locale
 * without the entry has its notice page at the original's slug (the default locale's version, or
 * the first in the configured order). Shared with the content check, which refuses collisions.
 */
export function twinSlugs(twins: ReadonlyMap<Locale, string>, locales: readonly Locale[] = allLocales): Record<Locale, string> {
  const originalLocale = twins.has(defaultLocale) ? defaultLocale : locales.find((l) => twins.has(l))!;
  const original = twins.get(originalLocale)!;
  return Object.fromEntries(locales.map((l) => [l, twins.get(l) ?? original])) as Record<Locale, string>;
}

/**
 * Every entry page in every locale. Twins share kind and file name. Where a locale lacks the entry, a
 * fallback route points at the original: the default locale's version if there is one, else the first.
 */
export function entryRoutes(entries: EntrySummary[], locales: readonly Locale[] = allLocales): EntryRoute[] {
  // Every listing and country page asks for the routes of the same entries (loadEntries() is loaded
  // once per build): derive them once per list, not once per page. Callers must not change the result.
  return memo(entries, `entryRoutes ${locales.join(',')}`, () => deriveEntryRoutes(entries, locales));
}

function deriveEntryRoutes(entries: EntrySummary[], locales: readonly Locale[]): EntryRoute[] {
  const groups = new Map<string, Map<Locale, EntrySummary>>();
  for (const e of entries) {
    const key = `${e.kind}/${e.slug}`;
    const twins = groups.get(key) ?? new Map<Locale, EntrySummary>();
    twins.set(e.locale, e);
    groups.set(key, twins);
  }
  const routes: EntryRoute[] = [];
  for (const twins of groups.values()) {
    const available = locales.filter((l) => twins.has(l));
    const original = twins.get(defaultLocale) ?? twins.get(available[0]!)!;
    const slugs = twinSlugs(new Map([...twins].map(([l, e]) => [l, ownSlug(e)])), locales);
    const paths = Object.fromEntries(locales.map((l) => [l, entryPath(original.kind, l, slugs[l])])) as Record<Locale, string>;
    for (const locale of locales) {
      const own = twins.get(locale);
      routes.push({ kind: original.kind, locale, slug: original.slug, urlSlug: slugs[locale], path: paths[locale], paths, entry: own ?? original, fallback: !own, available });
    }
  }
  return routes.sort(newestFirst);
}

/** A page at an old address that leads to the new one: `from` and `to` are paths (base-path aware). */
export interface Redirect {
  locale: Locale;
  from: string;
  to: string;
}

/**
 * The old addresses of entries whose page is not at their file name (a `slug:` of their own, or a
 * notice page at the original's slug): `/<lang>/<kind>/<file name>/` leads to the page.
 */
export function entryRedirects(routes: EntryRoute[]): (Redirect & { kind: EntryKind; segment: string })[] {
  return routes.filter((r) => r.urlSlug !== r.slug).map((r) => ({ kind: r.kind, locale: r.locale, segment: r.slug, from: entryPath(r.kind, r.locale, r.slug), to: r.path }));
}

function newestFirst(a: EntryRoute, b: EntryRoute): number {
  return b.entry.data.published.localeCompare(a.entry.data.published) || a.slug.localeCompare(b.slug);
}

/**
 * The routes of one locale (fallbacks included), newest first, optionally of one kind. Every listing
 * and country page asks, so each answer is kept per route list: callers must not change it.
 */
export function routesIn(routes: EntryRoute[], locale: Locale, kind?: EntryKind): EntryRoute[] {
  return memo(routes, `routesIn ${locale} ${kind ?? ''}`, () => routes.filter((r) => r.locale === locale && (!kind || r.kind === kind)));
}

/** The path of an entry page in a locale (base-path aware). */
export function entryPath(kind: EntryKind, locale: Locale, slug: string): string {
  return localePath(locale, kind, slug);
}

/** The source file of an entry, for error messages: `content/articles/es/slug.mdx`. */
export function entryFile(entry: Pick<EntrySummary, 'kind' | 'entryId'>): string {
  return `content/${entry.kind}/${entry.entryId}.mdx`;
}

export function isInterview(data: EntrySummary['data']): data is InterviewData {
  return 'interviewee' in data;
}

/** Words in an MDX body, leaving out component tags, link targets and Markdown punctuation. */
export function countWords(body: string): number {
  const text = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`[\]|-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Bibliography ids an MDX body cites (`<Cite id>`, `<PullQuote source>`): read with the content check's parser. */
export { citedSources } from './mdx.ts';

/** An entry's references: its frontmatter `sources`, then any other source its body cites. */
export function referenceIds(entry: Pick<EntrySummary, 'data' | 'cited'>): string[] {
  return [...new Set([...entry.data.sources, ...entry.cited])];
}

/** Minutes to read at an unhurried pace, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * A two-level table of contents from the rendered headings (h2 and h3), or none when the entry has
 * fewer than `minHeadings`: short entries read better without one.
 */
export function tableOfContents(headings: Heading[], minHeadings = 4): TocItem[] {
  const used = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (used.length < minHeadings) return [];
  const top = Math.min(...used.map((h) => h.depth));
  const items: TocItem[] = [];
  for (const h of used) {
    const item = { slug: h.slug, text: h.text, children: [] };
    const parent = items[items.length - 1];
    if (h.depth > top && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}

/** "Benayas, Grecia" → "Grecia Benayas"; a group name without a comma stays as it is. */
export function displayName(author: string): string {
  const [family, given] = author.split(',').map((s) => s.trim());
  return given ? `${given} ${family}` : family!;
}

/** "Grecia Benayas y Osvaldo Ojeda" / "Grecia Benayas and Osvaldo Ojeda". */
export function authorList(locale: Locale, authors: string[]): string {
  return new Intl.ListFormat(localeTags[locale].intl, { type: 'conjunction' }).format(authors.map(displayName));
}

/** A language's name in the page's language: ("es", "en") → "inglés". */
export function languageName(pageLocale: Locale, of: Locale): string {
  let names = languageNames.get(pageLocale);
  if (!names) languageNames.set(pageLocale, (names = new Intl.DisplayNames([localeTags[pageLocale].intl], { type: 'language' })));
  return names.of(localeTags[of].bcp47) ?? of;
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** A tag's URL segment in a language: its `slug` there (`content/tags.yaml`), else its id. */
export function tagSlug(locale: Locale, tag: string, tags: Tag[]): string {
  // Not inLocale: a language without a slug of its own uses the id, not the source language's slug.
  const slugs: Partial<Record<Locale, string>> | undefined = tags.find((t) => t.id === tag)?.slug;
  return slugs?.[locale] ?? tag;
}

/** A tag's filter page in a listing: `/<lang>/<kind>/tags/<slug>/` (base-path aware). */
export function tagPath(kind: EntryKind, locale: Locale, tag: string, tags: Tag[]): string {
  return localePath(locale, kind, 'tags', tagSlug(locale, tag, tags));
}

/** A tag's label in the page's language, from `content/tags.yaml`. */
export function tagLabel(locale: Locale, tag: string, tags: Tag[]): string {
  const label = tags.find((t) => t.id === tag)?.label;
  return label ? inLocale(label, locale) : tag.replace(/-/g, ' ');
}

export interface FilterOption {
  id: string;
  count: number;
}

export interface ListingFilters {
  /** Tags in use, most used first, then by label; `slug`: the tag's URL segment in the listing's language. */
  tags: (FilterOption & { label: string; slug: string })[];
  /** Countries the entries concern, by name. */
  countries: (FilterOption & { name: string })[];
}

/**
 * The filter links of a listing, from every entry of its kind in its language (`all`, as routesIn
 * gives it): the same on the listing and on each of its filter pages, so worked out once.
 */
export function listingFilters(locale: Locale, all: EntryRoute[], countries: CountryRecord[], tags: Tag[]): ListingFilters {
  return memo(all, `listingFilters ${locale}`, () => {
    const collator = new Intl.Collator(locale);
    const names = new Map(countries.map((c) => [c.id, inLocale(c.name, locale)]));
    return {
      tags: tagOptions(all)
        .map((o) => ({ ...o, label: tagLabel(locale, o.id, tags), slug: tagSlug(locale, o.id, tags) }))
        .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label)),
      countries: countryOptions(all)
        .map((o) => ({ ...o, name: names.get(o.id) ?? o.id }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    };
  });
}

/** Tags used by the routes, most used first. */
export function tagOptions(routes: EntryRoute[]): FilterOption[] {
  return countValues(routes.flatMap((r) => r.entry.data.tags));
}

/** Country ids the routes concern, most used first. */
export function countryOptions(routes: EntryRoute[]): FilterOption[] {
  return countValues(routes.flatMap((r) => r.entry.data.countries));
}

function countValues(values: string[]): FilterOption[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/**
 * Filter values that get a pre-built listing page in every locale: the union over all locales, so
 * that the language switch on a filtered listing always lands on a page.
 */
export function filterValues(routes: EntryRoute[], kind: EntryKind, field: 'tags' | 'countries'): string[] {
  return [...new Set(routes.filter((r) => r.kind === kind).flatMap((r) => r.entry.data[field]))].sort();
}

export function withTag(routes: EntryRoute[], tag: string): EntryRoute[] {
  return routes.filter((r) => r.entry.data.tags.includes(tag));
}

export function aboutCountry(routes: EntryRoute[], countryId: string): EntryRoute[] {
  return routes.filter((r) => r.entry.data.countries.includes(countryId));
}

/** A partial date ("2021", "2013-08", "2013-08-01") as the first instant it names, in UTC. */
export function partialDateToDate(date: string): Date {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, m - 1, d));
}

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/** RSS items for one locale: only entries written in it (no fallbacks), newest first. */
export function feedItems(entries: EntrySummary[], locale: Locale, tags: Tag[]): FeedItem[] {
  return entries
    .filter((e) => e.locale === locale)
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug))
    .map((e) => ({
      title: e.data.title,
      description: e.data.summary,
      link: entryPath(e.kind, locale, ownSlug(e)),
      pubDate: partialDateToDate(e.data.published),
      categories: e.data.tags.map((tag) => tagLabel(locale, tag, tags)),
    }));
}

/** The countries named by a component's `countries="mx, cl"` prop, or all of them when it is absent. */
export function pickCountries<T extends { id: string }>(all: readonly T[], value: string | undefined, what: string, file: string): T[] {
  if (value === undefined) return [...all];
  return value.split(',').map((id) => lookup(all, id.trim(), what, file));
}

/** Finds an item by id or throws an error naming the file, the component, the id and the valid ids. */
export function lookup<T extends { id: string }>(items: readonly T[], id: unknown, what: string, file: string): T {
  const found = items.find((i) => i.id === id);
  if (found) return found;
  const valid = items.map((i) => `"${i.id}"`).join(', ');
  throw new Error(`${file}: ${what}: unknown id ${JSON.stringify(id)} (expected one of ${valid || 'no ids: none is defined'})`);
}

/**
 * getStaticPaths for the entry pages: every locale, fallbacks included, and a redirect page at each
 * old address (the file name) of a page that has a slug of its own.
 */
export function entryPagePaths(entries: EntrySummary[]) {
  const routes = entryRoutes(entries);
  return [
    ...routes.map((route) => ({ params: { lang: route.locale, section: route.kind, slug: route.urlSlug }, props: { route } })),
    ...entryRedirects(routes).map(({ kind, segment, ...redirect }) => ({ params: { lang: redirect.locale, section: kind, slug: segment }, props: { redirect } })),
  ];
}

/**
 * Entries per listing page: the articles and interviews listings and their tag and country pages.
 * Page 1 is the listing's own address (`/es/articles/`), later pages `<listing>page/<n>/`. Twenty
 * entries weigh about 5 KB of HTML (gzip), so a listing page stays a text page at any scale (at
 * 1,000 entries the unpaginated `/es/articles/` weighed 64 KB). The fixture site's tests build with
 * a smaller size (ATLAS_LISTING_PAGE_SIZE, src/lib/deploy.ts) so that its few entries span pages.
 */
export const LISTING_PAGE_SIZE = 20;

/** The page size this build uses: LISTING_PAGE_SIZE unless the tests' variable sets another. */
export function listingPageSize(): number {
  return listingPageSizeOverride() ?? LISTING_PAGE_SIZE;
}

/**
 * Astro's paginate() over one listing's entries, at `<first>` and `<first>page/<n>/`: the route is a
 * rest parameter (`[...page].astro`), whose value is `page/<n>` past the first page.
 */
function listingPages(paginate: PaginateFunction, shown: EntryRoute[], first: string, params: Record<string, string>, props: Record<string, unknown>, pageSize: number) {
  const prefix = `${first}page/`;
  return paginate(shown, {
    pageSize,
    params,
    props,
    // paginate() writes later pages as `<first><n>/`: ours live under `page/`.
    format: (url: string) => (url.startsWith(first) && url !== first ? `${prefix}${url.slice(first.length)}` : url),
  }).map((p) => ({ ...p, params: { ...p.params, page: p.params.page === undefined ? undefined : `page/${p.params.page}` } }));
}

/** getStaticPaths for the listings, every locale × each section, paginated (`/<lang>/articles/`, `/<lang>/articles/page/2/`). */
export function listingPagePaths(paginate: PaginateFunction, entries: EntrySummary[], pageSize = listingPageSize()) {
  return allLocales.flatMap((locale) =>
    entryKinds.flatMap((kind) => listingPages(paginate, routesIn(entryRoutes(entries), locale, kind), localePath(locale, kind), { lang: locale, section: kind }, { locale, kind }, pageSize)),
  );
}

/**
 * getStaticPaths for the filtered listings of one kind (`tags/[tag]` or `countries/[country]`):
 * every locale × every tag (or country) used by an entry of that kind in any locale. A tag's page is
 * at its slug in each language (`tags`: the vocabulary); where that is not its id, the id's address
 * is a redirect page (`redirect` in props instead of `value`).
 */
/** A filter page's props: the listing's language, kind and filter value (a tag id or country id), its address in each language, and on an old address the redirect. */
export interface FilterPageProps {
  locale: Locale;
  kind: EntryKind;
  value: string;
  paths: Record<Locale, string>;
  redirect?: Redirect;
}

export function filterPagePaths(entries: EntrySummary[], kind: EntryKind, field: 'tags' | 'countries', locales: readonly Locale[] = allLocales, tags: Tag[] = []): { params: Record<string, string>; props: FilterPageProps }[] {
  const param = field === 'tags' ? 'tag' : 'country';
  const values = filterValues(entryRoutes(entries, locales), kind, field);
  const segment = (locale: Locale, value: string) => (field === 'tags' ? tagSlug(locale, value, tags) : value);
  return locales.flatMap((locale) =>
    values.flatMap((value) => {
      const paths = Object.fromEntries(locales.map((l) => [l, localePath(l, kind, field, segment(l, value))])) as Record<Locale, string>;
      const page = { params: { lang: locale, section: kind, [param]: segment(locale, value) }, props: { locale, kind, value, paths } };
      if (segment(locale, value) === value) return [page];
      const redirect: Redirect = { locale, from: localePath(locale, kind, field, value), to: paths[locale] };
      return [page, { params: { lang: locale, section: kind, [param]: value }, props: { locale, kind, value, paths, redirect } }];
    }),
  );
}

/** A filter page's addresses in each language, on its page `n` of a paginated listing (the same pages in every language: listings hold every entry). */
export function pagedPaths(paths: Record<Locale, string>, n: number | undefined): Record<Locale, string> {
  return n && n > 1 ? Object.fromEntries(Object.entries(paths).map(([l, p]) => [l, `${p}page/${n}/`])) : paths;
}

/** The entries a filter page lists: those of the kind in the locale with the tag, or about the country. */
export function filteredRoutes(entries: EntrySummary[], locale: Locale, kind: EntryKind, field: 'tags' | 'countries', value: string): EntryRoute[] {
  const all = routesIn(entryRoutes(entries), locale, kind);
  return field === 'tags' ? withTag(all, value) : aboutCountry(all, value);
}

/**
 * Filter pages for both sections, paginated: `/<lang>/<articles|interviews>/<tags|countries>/<slug or id>/`
 * and `.../page/<n>/`. An old address (a tag's id where the language gives it a slug) is one redirect page.
 */
export function allFilterPagePaths(paginate: PaginateFunction, entries: EntrySummary[], field: 'tags' | 'countries', tags: Tag[] = [], pageSize = listingPageSize()): { params: Record<string, string | undefined>; props: Record<string, unknown> }[] {
  return entryKinds.flatMap((kind) =>
    filterPagePaths(entries, kind, field, allLocales, tags).flatMap(({ params, props }): { params: Record<string, string | undefined>; props: Record<string, unknown> }[] =>
      props.redirect
        ? [{ params: { ...params, page: undefined }, props: { ...props } }]
        : listingPages(paginate, filteredRoutes(entries, props.locale, kind, field, props.value), props.paths[props.locale]!, params, { ...props }, pageSize),
    ),
  );
}
