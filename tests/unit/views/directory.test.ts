/** The account directory's view on the fixture tree: 73 accounts in six countries (Freedonia has none). */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/schemas/country.ts';
import { byDate, directoryView } from '../../../src/lib/views/directory.ts';
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
