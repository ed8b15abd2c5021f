/**
 * Reading and writing frontmatter with gray-matter, with its JavaScript engines disabled:
 * frontmatter is data, never code. A `---js` (or any non-YAML) block is refused.
 */
import matter from 'gray-matter';
import { Document, isPair, isScalar, parse, stringify } from 'yaml';

const refuse = (language: string) => () => {
  throw new Error(`executable frontmatter ("---${language}") is not allowed`);
};

/** gray-matter options used everywhere: YAML only, parsed by `yaml` (no custom tags, no functions). */
export const safeMatterOptions = {
  language: 'yaml',
  engines: {
    yaml: { parse: (text: string) => (parse(text) ?? {}) as object, stringify: (data: object) => stringify(data) },
    js: { parse: refuse('js'), stringify: refuse('js') },
    javascript: { parse: refuse('javascript'), stringify: refuse('javascript') },
    coffee: { parse: refuse('coffee'), stringify: refuse('coffee') },
    json: { parse: refuse('json'), stringify: refuse('json') },
  },
} as const;

export type Split =
  | { kind: 'yaml'; yaml: string; body: string; bodyLine: number }
  | { kind: 'executable'; language: string }
  | { kind: 'missing' }
  /** Opened by "---" but never closed: the build's parser refuses it, so the check must too. */
  | { kind: 'unclosed' };

/** Splits a Markdown/MDX file into its raw YAML frontmatter and body, without evaluating anything. */
export function splitFrontmatter(text: string): Split {
  // A byte-order mark, left by some editors, is not part of the text.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const open = /^---([^\n]*)\n/.exec(text);
  if (!open) return { kind: 'missing' };
  const language = open[1]!.trim();
  if (language && language !== 'yaml') return { kind: 'executable', language };
  if (!/^---[ \t]*$/m.test(text.slice(open[0].length))) return { kind: 'unclosed' };
  // Only split here: the YAML is parsed by the caller, which reports syntax errors with their lines.
  const file = matter(text, { ...safeMatterOptions, engines: { ...safeMatterOptions.engines, yaml: { ...safeMatterOptions.engines.yaml, parse: () => ({}) } }, excerpt: false });
  const yaml = file.matter.replace(/^\n/, '');
  const bodyLine = text.slice(0, text.length - file.content.length).split('\n').length;
  return { kind: 'yaml', yaml, body: file.content, bodyLine };
}

/** Reads a Markdown/MDX file's frontmatter data and body (YAML only; throws on executable frontmatter). */
export function readFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const file = matter(text, safeMatterOptions);
  return { data: file.data as Record<string, unknown>, body: file.content };
}

/**
 * Writes a Markdown/MDX file from frontmatter data and a body. `comments` puts a YAML comment above
 * a top-level field (how to fill it in); `header` goes above the first field.
 */
export function writeFrontmatter(data: object, body: string, comments: Record<string, string> = {}, header?: string): string {
  const withComments = (value: object) => {
    const doc = new Document(value);
    if (header) doc.commentBefore = ` ${header.split('\n').join('\n ')}`;
    const items = (doc.contents as { items?: unknown[] } | null)?.items ?? [];
    for (const item of items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const comment = comments[String(item.key.value)];
      if (comment) item.key.commentBefore = ` ${comment.split('\n').join('\n ')}`;
    }
    return doc.toString({ lineWidth: 0 });
  };
  return matter.stringify(body, data, { ...safeMatterOptions, engines: { ...safeMatterOptions.engines, yaml: { ...safeMatterOptions.engines.yaml, stringify: withComments } } });
}
