/**
 * A listing of articles or interviews in one language (src/pages/[lang]/[section]/), unfiltered or
 * filtered by a tag or a country: its title, the entries shown and the filter links.
 */
import type { Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { inLocale } from '../localized.ts';
import { localePath } from '../../i18n/routes.ts';
import { pageNav, type PageNav } from '../pagination.ts';
import { aboutCountry, entryRoutes, listingFilters, routesIn, tagLabel, tagPath, withTag, type EntryRoute, type ListingFilters } from '../entries.ts';
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

export function listingView(data: AtlasData, entries: EntrySummary[], locale: Locale, kind: EntryKind, filter?: ListingFilter, page?: ListingPage): ListingView {
  const t = useTranslations(locale);
  const all = routesIn(entryRoutes(entries), locale, kind);
  const section = t(`nav.${kind}`);
  const active = filter && { ...filter, label: filter.by === 'tags' ? tagLabel(locale, filter.id, data.tags) : countryName(data, filter.id, locale) };
  const title = !active ? section : active.by === 'tags' ? t('listing.tagTitle', { section, tag: active.label }) : t('listing.countryTitle', { section, country: active.label });
  const first = !active ? localePath(locale, kind) : active.by === 'tags' ? tagPath(kind, locale, active.id, data.tags) : localePath(locale, kind, 'countries', active.id);
  const nav = page && pageNav(locale, first, page.currentPage, page.lastPage);
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

/** A country's name in the page's language, or its id when no country has it. */
function countryName(data: AtlasData, id: string, locale: Locale): string {
  const country = data.countries.find((c) => c.id === id);
  return country ? inLocale(country.name, locale) : id;
}
