/**
 * MDX renders a plain function component through Astro's JSX runtime: each documented component is
 * wrapped in one that adds the page's context, so that authors write only `<Chart id="..." />`.
 */
import { jsx } from 'astro/jsx-runtime';
import type { MdxContext } from './context';

export function withContext<K extends string>(components: Record<K, unknown>, ctx: MdxContext): Record<K, (props: Record<string, unknown>) => unknown> {
  const bound = {} as Record<K, (props: Record<string, unknown>) => unknown>;
  for (const name of Object.keys(components) as K[]) bound[name] = (props) => jsx(components[name], { ...props, ctx });
  return bound;
}
