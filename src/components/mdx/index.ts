/**
 * The components an entry may use without importing them (see ./README.md). Each is bound to the
 * page's context here, so that authors write only `<Chart id="followers-twitter" />`.
 */
import { jsx } from 'astro/jsx-runtime';
import type { MdxContext } from './context';
import ComparisonTable from './ComparisonTable.astro';
import Chart from './Chart.astro';
import CountryCard from './CountryCard.astro';
import PullQuote from './PullQuote.astro';
import Cite from './Cite.astro';

export type { MdxContext };

// MDX renders a plain function component through Astro's JSX runtime; the function adds the context.
const bind = (component: unknown, ctx: MdxContext) => (props: Record<string, unknown>) => jsx(component, { ...props, ctx });

/** The `components` prop for `<Content />`. Keys must match src/lib/mdx-components-list.ts. */
export function mdxComponents(ctx: MdxContext) {
  return {
    ComparisonTable: bind(ComparisonTable, ctx),
    Chart: bind(Chart, ctx),
    CountryCard: bind(CountryCard, ctx),
    PullQuote: bind(PullQuote, ctx),
    Cite: bind(Cite, ctx),
  };
}
