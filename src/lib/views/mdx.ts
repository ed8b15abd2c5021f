/**
 * The tables and charts an entry embeds (src/components/mdx/ComparisonTable.astro and Chart.astro):
 * the props an author wrote, resolved against the atlas, with an error naming the file for a wrong id.
 */
import type { ChartSpec } from '../charts.ts';
import { lookup, pickCountries } from '../entries.ts';
import { mdxComponentProps } from '../mdx.ts';
import type { AtlasData, CountryRecord } from '../model.ts';
import { featureTable, presenceTable, type FeatureTable, type PresenceRow } from '../tables.ts';

/** What of the entry page's context (src/components/mdx/context.ts) these need. */
interface Context {
  data: AtlasData;
  charts: ChartSpec[];
  file: string;
}

/** Countries named by `countries="..."` (all without it), and an anchor unique to that choice. */
function chosen(ctx: Context, base: string, only: string | undefined, what: string): { countries: CountryRecord[]; anchor: string } {
  const countries = pickCountries(ctx.data.countries, only, what, ctx.file);
  return { countries, anchor: `${base}${only ? `-${countries.map((c) => c.id).join('-')}` : ''}` };
}

export function mdxChartView(ctx: Context, props: { id: string; countries?: string }) {
  const spec = lookup(ctx.charts, props.id, '<Chart id>', ctx.file);
  return { spec, ...chosen(ctx, `chart-${spec.id}`, props.countries, '<Chart countries>') };
}

export type MdxTableView = { countries: CountryRecord[]; anchor: string } & ({ kind: 'presence'; rows: PresenceRow[] } | { kind: 'features'; table: FeatureTable });

export function mdxTableView(ctx: Context, props: { table: string; countries?: string }): MdxTableView {
  const tables = mdxComponentProps.ComparisonTable.required.table.oneOf.map((id) => ({ id }));
  const kind = lookup(tables, props.table, '<ComparisonTable table>', ctx.file).id;
  const { countries, anchor } = chosen(ctx, `table-${kind}`, props.countries, '<ComparisonTable countries>');
  return kind === 'presence' ? { kind, countries, anchor, rows: presenceTable(ctx.data, countries) } : { kind: 'features', countries, anchor, table: featureTable(ctx.data, countries) };
}
