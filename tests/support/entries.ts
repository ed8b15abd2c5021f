/**
 * Articles and interviews read straight from the files (no Astro), as the EntrySummary list that
 * src/lib/atlas.ts builds (the fixture tree by default), and temporary copies of that tree with more
 * fixture files laid over them.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { articleSchema, interviewSchema } from '../../src/schemas/entry.ts';
import { citedSources, countWords } from '../../src/lib/entries.ts';
import { isLocale } from '../../src/i18n/config.ts';
import type { EntryKind, EntrySummary } from '../../src/lib/model.ts';
import { fixtureContentDir } from './content.ts';

export const fixturesDir = join(process.cwd(), 'tests', 'fixtures');

/** Every entry under `<dir>/{articles,interviews}/<locale>/<slug>.mdx`, parsed with the real schemas. */
export function loadEntriesFromFiles(dir = fixtureContentDir): EntrySummary[] {
  const out: EntrySummary[] = [];
  for (const kind of ['articles', 'interviews'] as EntryKind[]) {
    const base = join(dir, kind);
    if (!existsSync(base)) continue;
    for (const locale of readdirSync(base).sort()) {
      if (!isLocale(locale)) continue;
      for (const file of readdirSync(join(base, locale)).filter((f) => f.endsWith('.mdx')).sort()) {
        const split = splitFrontmatter(readFileSync(join(base, locale, file), 'utf8'));
        if (split.kind !== 'yaml') throw new Error(`${kind}/${locale}/${file}: no YAML frontmatter`);
        const fm = (kind === 'articles' ? articleSchema : interviewSchema).parse(parse(split.yaml) ?? {});
        const slug = basename(file, '.mdx');
        out.push({ kind, locale, slug, entryId: `${locale}/${slug}`, data: fm, words: countWords(split.body), cited: citedSources(split.body) });
      }
    }
  }
  return out;
}

/** A temporary copy of the fixture content tree with the given fixture folders copied over it; `cleanup()` removes it. */
export function contentCopy(...fixtures: string[]): { root: string; content: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-entries-'));
  const content = join(root, 'content');
  cpSync(fixtureContentDir, content, { recursive: true });
  for (const name of fixtures) cpSync(join(fixturesDir, name), content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  return { root, content, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
