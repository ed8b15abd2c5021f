/** The list of countries in one language, and the card that shows each one at a glance. */
import type { Locale } from '../../i18n/config.ts';
import type { AtlasData, CountryRecord } from '../model.ts';
import { featureTable } from '../tables.ts';
import { locatorMapView, type LocatorMapView } from './map.ts';
import { plainIn } from '../localized.ts';

export interface CountryCardView {
  country: CountryRecord;
  institutions: number;
  accounts: number;
  /** Website features present, out of those the file records. */
  features: { present: number; recorded: number };
}

export function countryCardView(data: AtlasData, country: CountryRecord): CountryCardView {
  return {
    country,
    institutions: country.institutions.length,
    accounts: country.institutions.flatMap((i) => i.accounts).length,
    features: featureTable(data, [country]).totals[0]!,
  };
}

/** Cards in the page language's alphabetical order, after the map of them all. */
export function countriesView(data: AtlasData, locale: Locale): { countries: CountryCardView[]; map: LocatorMapView } {
  const sorted = [...data.countries].sort((a, b) => plainIn(a.name, locale).localeCompare(plainIn(b.name, locale), locale));
  return { countries: sorted.map((c) => countryCardView(data, c)), map: locatorMapView(data, locale) };
}
