/**
 * MDX renders a plain function component through Astro's JSX runtime: each documented component is
 * wrapped in one that adds the page's context, so that authors write only `<Chart id="..." />`.
 */
import { jsx } from 'astro/jsx-runtime';
import type { MdxContext } from './context';
import { mdxComponentNames, type MdxComponentName } from '../../lib/mdx';
import { withBase } from '../../lib/site-links';
import { basePath } from '../../i18n/routes';

type Render = (props: Record<string, unknown>) => unknown;
type Bound = Record<MdxComponentName | 'a' | 'img', Render>;

/** Binds exactly the documented components (src/lib/mdx.ts): one missing or extra stops the build. */
export function withContext(components: Record<MdxComponentName, unknown>, ctx: MdxContext): Bound {
  const given = Object.keys(components).sort().join(', ');
  const expected = [...mdxComponentNames].sort().join(', ');
  if (given !== expected) throw new Error(`src/components/mdx/MdxContent.astro: the components bound (${given}) must be those of src/lib/mdx.ts (${expected})`);
  const bound = {} as Bound;
  for (const name of mdxComponentNames) bound[name] = (props) => jsx(components[name], { ...props, ctx });
  // Markdown links and images written from the site's root ("/es/compare/") get the base path.
  bound.a = (props) => jsx('a', { ...props, href: withBase(String(props.href ?? ''), basePath) });
  bound.img = (props) => jsx('img', { ...props, src: withBase(String(props.src ?? ''), basePath) });
  return bound;
}
