/** The list of countries in one language, in that language's alphabetical order. */
import type { Locale } from '../../i18n/config.ts';
import type { AtlasData, CountryRecord } from '../model.ts';

export function countriesView(data: AtlasData, locale: Locale): { countries: CountryRecord[] } {
  return { countries: [...data.countries].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale)) };
}
