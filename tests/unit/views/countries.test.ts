/** The list of countries, in each language's order. */
import { describe, expect, it } from 'vitest';
import type { AtlasData, CountryRecord } from '../../../src/lib/model.ts';
import { countriesView } from '../../../src/lib/views/countries.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();

describe('the countries page', () => {
  it("sorts by the page language's names and alphabet", () => {
    const country = (id: string, es: string, en: string) => ({ ...data.countries[0]!, id, name: { es, en } }) as CountryRecord;
    const two: AtlasData = { ...data, countries: [country('z', 'Zorro', 'Alpha'), country('n', 'Ñandú', 'Zeta')] };
    expect(countriesView(two, 'es').countries.map((c) => c.id)).toEqual(['n', 'z']);
    expect(countriesView(two, 'en').countries.map((c) => c.id)).toEqual(['z', 'n']);
  });
});
