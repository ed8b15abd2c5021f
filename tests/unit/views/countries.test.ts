/** The list of countries, in each language's order, and the country cards (fixture tree: tests/fixture-site/content/countries/). */
import { describe, expect, it } from 'vitest';
import type { AtlasData, CountryRecord } from '../../../src/lib/model.ts';
import { countriesView, countryCardView } from '../../../src/lib/views/countries.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();

describe('the countries page', () => {
  it("sorts by the page language's names and alphabet", () => {
    const country = (id: string, es: string, en: string) => ({ ...data.countries[0]!, id, name: { es, en } }) as CountryRecord;
    const two: AtlasData = { ...data, countries: [country('z', 'Zorro', 'Alpha'), country('n', 'Ñandú', 'Zeta')] };
    expect(countriesView(two, 'es').countries.map((c) => c.country.id)).toEqual(['n', 'z']);
    expect(countriesView(two, 'en').countries.map((c) => c.country.id)).toEqual(['z', 'n']);
  });
});

describe('a country card', () => {
  it('counts institutions, accounts and the website features present of those recorded', () => {
    const card = (id: string) => {
      const { institutions, accounts, features } = countryCardView(data, data.countries.find((c) => c.id === id)!);
      return { institutions, accounts, features };
    };
    expect(card('xr')).toEqual({ institutions: 3, accounts: 8, features: { present: 3, recorded: 4 } });
    // Freedonia: no accounts, two of the four features unknown.
    expect(card('xf')).toEqual({ institutions: 1, accounts: 0, features: { present: 1, recorded: 2 } });
  });
});
