/** The comparison page's view on the fixture tree (seven countries, three institution kinds in use). */
import { describe, expect, it } from 'vitest';
import { chunks, compareView } from '../../../src/lib/views/compare.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();

describe('the comparison page', () => {
  it('has a presence row per institution kind in use, and every chart', () => {
    const view = compareView(data, 'es');
    expect(view.parts).toHaveLength(1);
    expect(view.parts[0]!.part).toBeUndefined();
    expect(view.parts[0]!.presence.map((r) => r.kind.id)).toEqual(['government', 'foreign-ministry', 'trade-promotion']);
    expect(view.parts[0]!.features.totals).toHaveLength(7);
    expect(view.charts.map((s) => s.id)).toEqual(['followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline']);
  });

  it('cuts the two study tables into parts past the countries a table holds', () => {
    // Seven fixture countries at three a table: parts of 3, 3 and 1, in atlas order, numbered.
    const view = compareView(data, 'es', 3);
    expect(view.parts.map((p) => p.countries.length)).toEqual([3, 3, 1]);
    expect(view.parts.map((p) => p.part)).toEqual([{ index: 1, count: 3 }, { index: 2, count: 3 }, { index: 3, count: 3 }]);
    expect(view.parts.flatMap((p) => p.countries.map((c) => c.id))).toEqual(data.countries.map((c) => c.id));
    expect(view.parts.map((p) => p.features.totals.length)).toEqual([3, 3, 1]);
  });

  it('chunks lists into runs, and an empty list into one empty run', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([1, 2], 2)).toEqual([[1, 2]]);
    expect(chunks([], 10)).toEqual([[]]);
  });
});
