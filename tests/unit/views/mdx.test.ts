/** Tables and charts embedded in an entry, resolved from the props an author writes. */
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../../src/lib/charts.ts';
import { mdxChartView, mdxTableView } from '../../../src/lib/views/mdx.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();
const ctx = { data, charts: chartSpecs(data), file: 'content/articles/en/x.mdx' };

describe('an embedded chart', () => {
  it('of every country is anchored by its id alone', () => {
    const view = mdxChartView(ctx, { id: 'views-youtube' });
    expect([view.spec.id, view.anchor, view.countries.length]).toEqual(['views-youtube', 'chart-views-youtube', 7]);
  });

  it('of chosen countries keeps their order and names them in its anchor', () => {
    const view = mdxChartView(ctx, { id: 'followers-twitter', countries: 'xr, xb' });
    expect(view.countries.map((c) => c.id)).toEqual(['xr', 'xb']);
    expect(view.anchor).toBe('chart-followers-twitter-xr-xb');
  });

  it('with an unknown id names the file, the prop and the valid ids', () => {
    expect(() => mdxChartView(ctx, { id: 'posts-twitter' })).toThrow(
      'content/articles/en/x.mdx: <Chart id>: unknown id "posts-twitter" (expected one of "followers-twitter", "followers-facebook", "views-youtube", "accounts-timeline")',
    );
  });
});

describe('an embedded comparison table', () => {
  it('presence: the institution kinds the chosen countries have', () => {
    const view = mdxTableView(ctx, { table: 'presence', countries: 'xf' });
    expect(view.anchor).toBe('table-presence-xf');
    expect(view.kind === 'presence' && view.rows.map((r) => r.kind.id)).toEqual(['foreign-ministry']);
  });

  it('features: one total per country', () => {
    const view = mdxTableView(ctx, { table: 'features' });
    expect(view.anchor).toBe('table-features');
    expect(view.kind === 'features' && view.table.totals.length).toBe(7);
  });

  it('of an unknown table names the two that exist', () => {
    expect(() => mdxTableView(ctx, { table: 'network' })).toThrow('<ComparisonTable table>: unknown id "network" (expected one of "presence", "features")');
  });
});
