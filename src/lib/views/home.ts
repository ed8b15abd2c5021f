/** The home page of one language: the atlas in figures, its countries and the latest entries. */
import type { Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { entryRoutes, routesIn, type EntryRoute } from '../entries.ts';
import type { AtlasData, EntrySummary } from '../model.ts';
import { countryCardView, type CountryCardView } from './countries.ts';
import { locatorMapView, type LocatorMapView } from './map.ts';

export interface HomeView {
  /** Countries, institutions, accounts and sources: each count with its label. */
  stats: { count: number; label: string }[];
  /** A card per country, in the atlas's order. */
  countries: CountryCardView[];
  /** The world with the atlas's countries, each a link to its page. */
  map: LocatorMapView;
  /** The three newest entries in the page language (fallbacks included). */
  latest: EntryRoute[];
}

export function homeView(data: AtlasData, entries: EntrySummary[], locale: Locale): HomeView {
  const t = useTranslations(locale);
  const institutions = data.countries.flatMap((c) => c.institutions);
  return {
    stats: [
      { count: data.countries.length, label: t('home.figure.countries') },
      { count: institutions.length, label: t('home.figure.institutions') },
      { count: institutions.flatMap((i) => i.accounts).length, label: t('home.figure.accounts') },
      { count: data.sources.length, label: t('home.figure.sources') },
    ],
    countries: data.countries.map((c) => countryCardView(data, c)),
    map: locatorMapView(data, locale),
    latest: routesIn(entryRoutes(entries), locale).slice(0, 3),
  };
}
