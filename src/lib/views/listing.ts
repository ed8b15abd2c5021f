/**
 * A listing of articles or interviews in one language (src/pages/[lang]/[section]/), unfiltered or
 * filtered by a tag or a country: its title, the entries shown and the filter links.
 */
import type { Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { localePath } from '../../i18n/routes.ts';
import { aboutCountry, entryRoutes, listingFilters, listingPageHref, routesIn, tagLabel, withTag, type EntryRoute, type ListingFilters } from '../entries.ts';
import type { AtlasData, EntryKind, EntrySummary } from '../model.ts';

export interface ListingFilter {
  by: 'tags' | 'countries';
  id: string;
}

/** The page of a paginated listing, as Astro's paginate() gives it (`Astro.props.page`). */
export interface ListingPage {
  data: EntryRoute[];
  currentPage: number;
  lastPage: number;
  total: number;
}

/** Links between the pages of a listing: plain links, no JavaScript. */
export interface PageNav {
  /** "Page 2 of 5". */
  label: string;
  current: number;
  last: number;
  prev?: string;
  next?: string;
  /** The first, the last and the pages around the current one; `gap` where numbers are left out. */
  pages: ({ n: number; href: string; current: boolean } | { gap: true })[];
}

export interface ListingView {
  title: string;
  lead: string;
  /** The entries shown: all of the kind in this language, or those matching the filter (on a paginated listing, this page's). */
  shown: EntryRoute[];
  /** Links to the other pages, when the listing has more than one. */
  nav?: PageNav;
  /** Filter links, from every entry of the kind in this language (the same on every filter page). */
  filters: ListingFilters;
  /** The active filter with its label (a tag's or a country's name), if any. */
  active?: ListingFilter & { label: string };
}

/** Page numbers to link: the first, the last, and `around` on each side of the current one; a gap for any run left out. */
export function pageWindow(current: number, last: number, around = 2): (number | 'gap')[] {
  const out: (number | 'gap')[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= around) out.push(n);
    else if (out[out.length - 1] !== 'gap') out.push('gap');
  }
  return out;
}

/** The links between the pages of a listing whose first page is at `first`; none for a single page. */
export function pageNav(locale: Locale, first: string, current: number, last: number): PageNav | undefined {
  if (last <= 1) return undefined;
  const t = useTranslations(locale);
  return {
    label: t('listing.pageOf', { page: current, pages: last }),
    current,
    last,
    ...(current > 1 && { prev: listingPageHref(first, current - 1) }),
    ...(current < last && { next: listingPageHref(first, current + 1) }),
    pages: pageWindow(current, last).map((n) => (n === 'gap' ? { gap: true as const } : { n, href: listingPageHref(first, n), current: n === current })),
  };
}

export function listingView(data: AtlasData, entries: EntrySummary[], locale: Locale, kind: EntryKind, filter?: ListingFilter, page?: ListingPage): ListingView {
  const t = useTranslations(locale);
  const all = routesIn(entryRoutes(entries), locale, kind);
  const section = t(`nav.${kind}`);
  const active = filter && { ...filter, label: filter.by === 'tags' ? tagLabel(locale, filter.id, data.tags) : (data.countries.find((c) => c.id === filter.id)?.name[locale] ?? filter.id) };
  const title = !active ? section : active.by === 'tags' ? t('listing.tagTitle', { section, tag: active.label }) : t('listing.countryTitle', { section, country: active.label });
  const nav = page && pageNav(locale, active ? localePath(locale, kind, active.by, active.id) : localePath(locale, kind), page.currentPage, page.lastPage);
  return {
    // Later pages say which page they are, so that no two pages share a title.
    title: nav && nav.current > 1 ? t('listing.pageTitle', { title, page: nav.current, pages: nav.last }) : title,
    lead: t(`listing.${kind}.lead`),
    shown: page ? page.data : !active ? all : active.by === 'tags' ? withTag(all, active.id) : aboutCountry(all, active.id),
    ...(nav && { nav }),
    filters: listingFilters(locale, all, data.countries, data.tags),
    ...(active && { active }),
  };
}
