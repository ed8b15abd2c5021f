/**
 * The maps' views on the fixture tree (tests/fixture-site/content/countries/): seven fictional
 * countries, each placed by its `mapPoint`. Expected classes are worked out by hand from the files:
 *
 * - website features present: Ruritania 3 of 4 (75%: "75% or more"); Borduria, Kravia and Elbonia 2 of
 *   4 and Freedonia 1 of the 2 it records (50%); Genovia and Latveria 1 of 4 (25%).
 * - largest audience of the ministry: Ruritania's "almost 500,000" on Facebook (100,000 to 1,000,000);
 *   the five bulk countries' top Twitter accounts, 1,120 to 5,120 (under 10,000); Freedonia has no account.
 * - missions with a website: Ruritania 58 of 62 counted in 2020 (93.5%); each bulk country 6+c of
 *   11+c (embassies, multilateral and other offices; its consulates' websites are not counted),
 *   55% to 67%; Freedonia has no network count.
 */
import { describe, expect, it } from 'vitest';
import { classOf, compareMapsView, locatorMapView } from '../../../src/lib/views/map.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();

describe('the locator map', () => {
  it("links every country to its page, in the page language's alphabetical order, each as a dot from its mapPoint", () => {
    const map = locatorMapView(data, 'en');
    expect(map.places.map((p) => p.name)).toEqual(['Borduria', 'Elbonia', 'Freedonia', 'Genovia', 'Kravia', 'Latveria', 'Ruritania']);
    expect(map.places.map((p) => p.href.replace(/^.*\/en\//, '/en/'))).toEqual(['xb', 'xe', 'xf', 'xg', 'xk', 'xl', 'xr'].map((id) => `/en/countries/${id}/`));
    for (const p of map.places) {
      expect(p.d).toBeUndefined();
      expect(p.dot).toBeDefined();
    }
    expect(map.description).toBe('World map with the atlas countries marked: Borduria, Elbonia, Freedonia, Genovia, Kravia, Latveria, and Ruritania. Each one links to its profile.');
    expect(locatorMapView(data, 'es').description).toBe('Mapa del mundo con los países del atlas marcados: Borduria, Elbonia, Freedonia, Genovia, Kravia, Latveria y Ruritania. Cada uno enlaza con su perfil.');
  });
});

describe('the comparison maps', () => {
  const view = compareMapsView(data, 'en');
  const map = (id: string) => view.maps.find((m) => m.id === id)!;
  const classes = (id: string) => Object.fromEntries(map(id).places.map((p) => [p.id, p.cls]));
  const legend = (id: string) => map(id).legend.map((l) => `${l.label}: ${l.count}`);

  it('puts each country in the class of its value, and a country without one in "no data"', () => {
    expect(classes('features')).toEqual({ xb: 'c3', xe: 'c3', xf: 'c3', xg: 'c2', xk: 'c3', xl: 'c2', xr: 'c4' });
    expect(classes('audience')).toEqual({ xb: 'c1', xe: 'c1', xf: 'none', xg: 'c1', xk: 'c1', xl: 'c1', xr: 'c3' });
    expect(classes('missions')).toEqual({ xb: 'c3', xe: 'c3', xf: 'none', xg: 'c3', xk: 'c3', xl: 'c3', xr: 'c4' });
  });

  it('gives the legend in words, with how many countries are in each class; "no data" only where a country has none', () => {
    expect(legend('features')).toEqual(['under 25%: 0 countries', '25% to under 50%: 2 countries', '50% to under 75%: 4 countries', '75% or more: 1 country']);
    expect(legend('audience')).toEqual(['under 10,000: 5 countries', '10,000 to under 100,000: 0 countries', '100,000 to under 1,000,000: 1 country', '1,000,000 or more: 0 countries', 'no data: 1 country']);
    expect(map('missions').legend.at(-1)).toEqual({ cls: 'none', label: 'no data', count: '1 country' });
  });

  it('describes each map in words: the highest and lowest values (all the countries that share one), and how many have none', () => {
    expect(map('features').description).toBe(
      'World map showing each atlas country by the share of its foreign ministry website’s features that are present, of those recorded. 7 countries have data: the highest value is Ruritania (3 of 4, 75%), and the lowest Genovia and Latveria (1 of 4, 25%). Each country’s figures are in the table after the maps.',
    );
    expect(map('audience').description).toContain('the highest value is Ruritania (almost 500,000 on Facebook), and the lowest Borduria (1,120 on Twitter). Countries without data: 1.');
  });

  it('gives every country a row of the fallback table, with each map’s figure in words', () => {
    const row = (id: string) => view.rows.find((r) => r.id === id)!;
    expect(row('xr')).toEqual({ id: 'xr', name: 'Ruritania', cells: ['3 of 4, 75%', 'almost 500,000 on Facebook', '58 of 62, 94%'] });
    expect(row('xf').cells).toEqual(['1 of 2, 50%', 'no data', 'no data']);
    expect(view.maps.every((m) => m.places.length === 7)).toBe(true);
    expect(view.shapes.map((s) => s.id)).toEqual(view.rows.map((r) => r.id));
  });

  it('writes the comparison page in Spanish with Spanish numbers', () => {
    // Intl writes a no-break space before the per cent sign in Spanish.
    const es = compareMapsView(data, 'es');
    expect(es.rows.find((r) => r.id === 'xr')!.cells).toEqual(['3 de 4, 75\u00a0%', 'casi 500.000 en Facebook', '58 de 62, 94\u00a0%']);
  });
});

describe('classOf', () => {
  it('puts a value on a break in the class above it', () => {
    const breaks = [0.25, 0.5, 0.75] as const;
    expect([0, 0.2499, 0.25, 0.5, 0.7499, 0.75, 1].map((v) => classOf(v, breaks))).toEqual(['c1', 'c1', 'c2', 'c3', 'c3', 'c4', 'c4']);
  });
});
