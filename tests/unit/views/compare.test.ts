/** The comparison page's view on the fixture tree (seven countries, three institution kinds in use). */
import { describe, expect, it } from 'vitest';
import { compareView } from '../../../src/lib/views/compare.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();

describe('the comparison page', () => {
  it('has a presence row per institution kind in use, and every chart', () => {
    const view = compareView(data, 'es');
    expect(view.presence.map((r) => r.kind.id)).toEqual(['government', 'foreign-ministry', 'trade-promotion']);
    expect(view.features.totals).toHaveLength(7);
    expect(view.charts.map((s) => s.id)).toEqual(['followers-twitter', 'followers-facebook', 'views-youtube', 'accounts-timeline']);
  });
});
