/**
 * The build's own MDX guard (a Vite plugin in src/integrations/content-guard.ts): whatever page asks
 * for an entry, its MDX is refused before compilation if it imports, exports, evaluates or uses an
 * unknown component, with the same file:line: field: message as `npm run check`.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxGuardPlugin, mdxSourceProblems } from '../../src/integrations/content-guard.ts';
import { formatProblem } from '../../src/lib/content-check.ts';

const root = '/project';
const plugin = mdxGuardPlugin(root);
const transform = (code: string, id: string) => (plugin.transform as { handler: (code: string, id: string) => unknown }).handler.call({}, code, id);
const fm = '---\ntitle: T\nsummary: S\npublished: 2020-01-01\nauthors: [A]\n---\n\n';

describe('the MDX guard in the build', () => {
  it('lets documented components and Markdown through', () => {
    expect(transform(`${fm}# Hi\n\n<CountryCard country="mx" />\n\n[link](https://example.org)\n`, '/project/content/articles/es/x.mdx')).toBeNull();
  });

  it.each([
    ['an import', "import X from 'x'\n", 8, 'import statements are not allowed'],
    ['an unknown component', '<Evil />\n', 8, 'unknown component <Evil>'],
    ['a script', 'Text <script>alert(1)</script>\n', 8, 'scripts are not allowed'],
    ['an expression', 'Year {new Date().getFullYear()}\n', 8, 'JavaScript expressions in braces are not allowed'],
  ])('refuses %s, naming file and line', (_what, body, line, message) => {
    expect(() => transform(`${fm}${body}`, '/project/content/articles/es/x.mdx')).toThrow(`content/articles/es/x.mdx:${line}: (mdx): ${message}`);
  });

  it('refuses executable frontmatter', () => {
    const problems = mdxSourceProblems("---js\n{ title: 'x' }\n---\n\nText\n", 'content/articles/es/x.mdx');
    expect(problems.map(formatProblem)).toEqual(['content/articles/es/x.mdx:1: (frontmatter): frontmatter in "js" is not allowed: frontmatter is data, never code (expected YAML frontmatter opened by a plain "---" line)']);
  });

  it('refuses MDX outside content/, where only a symbolic link in content/ could lead (Vite names the real path)', () => {
    expect(() => transform('# A private note\n', '/home/someone/notes/private.mdx')).toThrow('MDX outside content/ is not compiled: /home/someone/notes/private.mdx');
    expect(() => transform('# Site code\n', '/project/src/pages/x.mdx')).toThrow('MDX outside content/ is not compiled');
  });

  it('judges a link in content/ by where it leads', () => {
    const project = mkdtempSync(join(tmpdir(), 'atlas-guard-'));
    try {
      mkdirSync(join(project, 'content', 'articles', 'es'), { recursive: true });
      writeFileSync(join(project, 'outside.mdx'), '# Outside\n');
      symlinkSync(join(project, 'outside.mdx'), join(project, 'content', 'articles', 'es', 'link.mdx'));
      const guard = mdxGuardPlugin(project).transform as { handler: (code: string, id: string) => unknown };
      expect(() => guard.handler.call({}, '# Outside\n', join(project, 'content', 'articles', 'es', 'link.mdx'))).toThrow('MDX outside content/ is not compiled');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('the documented components', () => {
  // src/lib/mdx.ts is the one list of components; what it cannot see is the documentation and the
  // .astro file of each, so those are held to it here.
  it('are the ones src/components/mdx/README.md documents, each with its .astro file', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { mdxComponentNames } = await import('../../src/lib/mdx.ts');
    const dir = join(process.cwd(), 'src', 'components', 'mdx');
    const documented = [...readFileSync(join(dir, 'README.md'), 'utf8').matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...mdxComponentNames].sort());
    for (const name of mdxComponentNames) expect(existsSync(join(dir, `${name}.astro`)), `${name}.astro`).toBe(true);
  });
});
