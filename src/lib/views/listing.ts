/**
 * A listing of articles or interviews in one language (src/pages/[lang]/[section]/), unfiltered or
 * filtered by a tag or a country: its title, the entries shown and the filter links.
 */
import type { Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { inLocale } from '../localized.ts';
import { aboutCountry, entryRoutes, listingFilters, routesIn, tagLabel, withTag, type EntryRoute, type ListingFilters } from '../entries.ts';
import type { AtlasData, EntryKind, EntrySummary } from '../model.ts';

export interface ListingFilter {
  by: 'tags' | 'countries';
  id: string;
}

export interface ListingView {
  title: string;
  lead: string;
  /** The entries shown: all of the kind in this language, or those matching the filter. */
  shown: EntryRoute[];
  /** Filter links, from every entry of the kind in this language (the same on every filter page). */
  filters: ListingFilters;
  /** The active filter with its label (a tag's or a country's name), if any. */
  active?: ListingFilter & { label: string };
}

export function listingView(data: AtlasData, entries: EntrySummary[], locale: Locale, kind: EntryKind, filter?: ListingFilter): ListingView {
  const t = useTranslations(locale);
  const all = routesIn(entryRoutes(entries), locale, kind);
  const section = t(`nav.${kind}`);
  const active = filter && { ...filter, label: filter.by === 'tags' ? tagLabel(locale, filter.id, data.tags) : countryName(data, filter.id, locale) };
  return {
    title: !active ? section : active.by === 'tags' ? t('listing.tagTitle', { section, tag: active.label }) : t('listing.countryTitle', { section, country: active.label }),
    lead: t(`listing.${kind}.lead`),
    shown: !active ? all : active.by === 'tags' ? withTag(all, active.id) : aboutCountry(all, active.id),
    filters: listingFilters(locale, all, data.countries, data.tags),
    ...(active && { active }),
  };
}

/** A country's name in the page's language, or its id when no country has it. */
function countryName(data: AtlasData, id: string, locale: Locale): string {
  const country = data.countries.find((c) => c.id === id);
  return country ? inLocale(country.name, locale) : id;
}
