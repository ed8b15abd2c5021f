/**
 * MDX entries as the content check reads them: the documented components with their props (the one
 * list: the check, the renderer in src/components/mdx/ and `npm run new` take their names from it),
 * the parser, and the sources a body cites, read from the parsed tree rather than matched as text.
 */
import { mdxToMdast } from 'satteri';

export type PropKind = 'text' | 'country' | 'countries' | 'source' | 'chart' | { oneOf: string[] };

export interface ComponentSpec {
  required: Record<string, PropKind>;
  optional: Record<string, PropKind>;
}

/**
 * The components an entry may use without importing them, and their props (docs/authors-guide.*.md
 * shows an example of each). Props are plain strings: MDX expressions in braces are refused.
 */
export const mdxComponentProps = {
  ComparisonTable: { required: { table: { oneOf: ['presence', 'features'] } }, optional: { countries: 'countries', caption: 'text' } },
  Chart: { required: { id: 'chart' }, optional: { countries: 'countries', caption: 'text' } },
  CountryCard: { required: { country: 'country' }, optional: {} },
  PullQuote: { required: {}, optional: { source: 'source', attribution: 'text', cite: 'text' } },
  Cite: { required: { id: 'source' }, optional: { page: 'text', pages: 'text' } },
} satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof mdxComponentProps;

export const mdxComponentNames = Object.keys(mdxComponentProps) as MdxComponentName[];

export function isMdxComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(mdxComponentProps, name);
}

/** The kind of a documented component's prop, or undefined for an unknown component or prop. */
export function propKind(component: string, prop: string): PropKind | undefined {
  if (!isMdxComponent(component)) return undefined;
  const spec: ComponentSpec = mdxComponentProps[component];
  if (Object.hasOwn(spec.required, prop)) return spec.required[prop];
  return Object.hasOwn(spec.optional, prop) ? spec.optional[prop] : undefined;
}

export interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}

/** An MDX body (without frontmatter) as a syntax tree; throws "line:column: message" on a syntax error. */
export function parseMdx(body: string): MdastNode {
  return mdxToMdast(body, { features: { frontmatter: false } }) as unknown as MdastNode;
}

/**
 * Bibliography ids a body cites, in order of first use: the value of every source prop of a
 * documented component (`<Cite id>`, `<PullQuote source>`), however it is quoted. A body that does
 * not parse cites nothing here: the content check reports it and stops the build.
 */
export function citedSources(body: string): string[] {
  let tree: MdastNode;
  try {
    tree = parseMdx(body);
  } catch {
    return [];
  }
  const ids = new Set<string>();
  const visit = (node: MdastNode): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      for (const attr of node.attributes ?? []) {
        if (attr.name && typeof attr.value === 'string' && propKind(node.name, attr.name) === 'source') ids.add(attr.value);
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return [...ids];
}
