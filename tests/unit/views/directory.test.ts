/** The account directory's view on the fixture tree: 73 accounts in six countries (Freedonia has none). */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/schemas/country.ts';
import { byDate, directoryPageCount, directoryView } from '../../../src/lib/views/directory.ts';
import { directoryPages } from '../../../src/lib/directory.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();

describe('the directory page', () => {
  const view = directoryView(data, 'en');

  it('lists the countries with accounts, with their counts, and says how many it shows', () => {
    expect(view.countries.map((c) => c.id)).toEqual(['xb', 'xe', 'xg', 'xk', 'xl', 'xr']);
    expect(view.countries.map((c) => c.accountsLabel)).toEqual(['13 accounts', '13 accounts', '13 accounts', '13 accounts', '13 accounts', '8 accounts']);
    expect(view.status).toBe('Showing 73 accounts of 73.');
    expect(directoryView(data, 'es').status).toBe('Se muestran 73 cuentas de 73.');
  });

  it('notes inferred dates (PROMO) and disagreeing dates (the YouTube channel)', () => {
    expect(view.notes).toEqual({ inferred: true, conflict: true });
  });

  it("groups an account's latest figures by date", () => {
    const mae = view.countries.find((c) => c.id === 'xr')!.institutions.find((i) => i.id === 'mae')!;
    expect(mae.accounts[0]!.latestByDate.map((g) => [g.asOf, g.items.map((o) => o.value)])).toEqual([
      ['2024-05', [234567]],
      ['2020-03', [4200]],
    ]);
  });
});

describe('figures grouped by date', () => {
  const o = (value: number, asOf: string, asOfStated = true) => ({ metric: 'followers', value, qualifier: 'exact', asOf, asOfStated, source: 's' }) as Observation;

  it('print a shared date once, keeping a stated date apart from an inferred one', () => {
    const groups = byDate([o(1, '2020-03'), o(2, '2024-05'), o(3, '2020-03'), o(4, '2020-03', false)]);
    expect(groups.map((g) => [g.asOf, g.stated, g.items.map((x) => x.value)])).toEqual([
      ['2020-03', true, [1, 3]],
      ['2024-05', true, [2]],
      ['2020-03', false, [4]],
    ]);
  });
});

describe('the directory in pages', () => {
  it('fits on one page at the real page size (73 accounts), with no page links', () => {
    const view = directoryView(data, 'en');
    expect(view.nav).toBeUndefined();
    expect(view.jump.every((j) => j.here && j.href === `#dir-${j.id}`)).toBe(true);
  });

  it('at 30 accounts a page: [Borduria, Elbonia] 26, [Genovia, Kravia] 26, [Latveria, Ruritania] 21; a country never split', () => {
    expect(directoryPages([{ count: 13 }, { count: 13 }, { count: 13 }, { count: 13 }, { count: 13 }, { count: 8 }], 30).map((p) => p.map((c) => c.count))).toEqual([[13, 13], [13, 13], [13, 8]]);
    // A country larger than a page gets a page of its own.
    expect(directoryPages([{ count: 5 }, { count: 40 }, { count: 5 }], 30).map((p) => p.map((c) => c.count))).toEqual([[5], [40], [5]]);
    expect(directoryPages([], 30)).toEqual([[]]);
    expect(directoryPageCount(data, 'en', 30)).toBe(3);
    const second = directoryView(data, 'en', 2, 30);
    expect(second.countries.map((c) => c.id)).toEqual(['xg', 'xk']);
    expect(second.status).toBe('Showing 26 accounts of 26.');
    expect(second.nav?.label).toBe('Page 2 of 3');
    expect(second.nav?.range).toBe('Genovia to Kravia');
    expect(second.nav?.prev).toBe('/en/directory/');
    expect(second.nav?.next).toBe('/en/directory/page/3/');
    // The jump list names every country, on whichever page it is.
    expect(second.jump.map((j) => j.href)).toEqual(['/en/directory/#dir-xb', '/en/directory/#dir-xe', '#dir-xg', '#dir-xk', '/en/directory/page/3/#dir-xl', '/en/directory/page/3/#dir-xr']);
    // The country filter offers them all.
    expect(second.facets.countries.map((c) => c.id)).toEqual(['xb', 'xe', 'xg', 'xk', 'xl', 'xr']);
    expect(directoryView(data, 'es', 3, 30).nav?.range).toBe('de Latveria a Ruritania');
  });
});
