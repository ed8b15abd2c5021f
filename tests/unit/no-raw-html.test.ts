/**
 * No raw HTML from strings: src/ and content/ never insert markup from a string, so content strings
 * are always escaped (the CSP and third-party gates over the built sites are in gates-static.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('no raw HTML from strings', () => {
  /** Source files where markup is written: components, layouts, pages, MDX content. */
  function sources(dir: string, out: string[] = []): string[] {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) sources(full, out);
      else if (/\.(astro|mdx|md|ts|tsx|jsx|js|mjs)$/.test(entry.name)) out.push(full);
    }
    return out;
  }

  it('src/ and content/ never use set:html, innerHTML or insertAdjacentHTML', () => {
    const root = process.cwd();
    const found: string[] = [];
    for (const file of [...sources(join(root, 'src')), ...sources(join(root, 'content'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/set:html|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found.join('\n')).toBe('');
  });
});
