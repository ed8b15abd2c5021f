/**
 * Reference validation for entries: an unknown country or source id in an entry's frontmatter stops
 * the content check (run by `npm run check` and before every build), naming the file and the id.
 * Each case edits a temporary copy of the fictional fixture tree (tests/fixture-site/content), never
 * the real content/; line numbers are those of the fixture files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content-check.ts';
import { contentCopy } from '../support/entries.ts';

let copy: ReturnType<typeof contentCopy> | undefined;
afterEach(() => copy?.cleanup());

/** Replaces `from` by `to` in one file of a fresh copy of the fixture tree and returns the check's messages. */
function checkWith(file: string, from: string, to: string, ...fixtures: string[]): string[] {
  copy = contentCopy(...fixtures);
  const path = join(copy.content, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return checkContent(copy.content, copy.root).problems.map(formatProblem);
}

describe('entry references', () => {
  it('the fixture entries pass', () => {
    copy = contentCopy();
    expect(checkContent(copy.content, copy.root).problems.map(formatProblem)).toEqual([]);
  });

  it('an unknown country id names the file, the line, the field and the id', () => {
    const messages = checkWith('articles/es/estudio-ficticio.mdx', 'countries: [xr, xf]', 'countries: [xr, xq]');
    expect(messages).toHaveLength(1);
    // Line 9: the frontmatter's countries line, counting the opening "---" as line 1.
    expect(messages[0]).toMatch(/^content\/articles\/es\/estudio-ficticio\.mdx:9: countries\[1\]: unknown country id/);
    expect(messages[0]).toContain('"xq"');
  });

  it('an unknown source id names the file, the line, the field and the id', () => {
    const messages = checkWith('interviews/en/entrevista-ficticia.mdx', 'sources: [fixture-interview-original]', 'sources: [fixture-interview-original, invented-2099]');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/interviews\/en\/entrevista-ficticia\.mdx:10: sources\[1\]: unknown source id/);
    expect(messages[0]).toContain('"invented-2099"');
  });

  it('points at the line of the bad id in an entry with fewer fields', () => {
    const messages = checkWith('articles/en/english-only-note.mdx', 'countries: [xr]', 'countries: [xq]');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/articles\/en\/english-only-note\.mdx:7: countries\[0\]: /);
  });

  it('a body citation of an unknown source names the file and the id', () => {
    const messages = checkWith('articles/es/estudio-ficticio.mdx', '<PullQuote source="fixture-essay"', '<PullQuote source="nobody-1999"');
    expect(messages.some((m) => m.startsWith('content/articles/es/estudio-ficticio.mdx:') && m.includes('"nobody-1999"'))).toBe(true);
  });

  it("a body citation in single quotes (<Cite id='…'/>) is checked too", () => {
    const messages = checkWith('articles/en/estudio-ficticio.mdx', "<Cite id='fixture-blog-undated'/>", "<Cite id='nobody-1999'/>");
    expect(messages.some((m) => m.startsWith('content/articles/en/estudio-ficticio.mdx:') && m.includes('"nobody-1999"'))).toBe(true);
  });

  it('an unknown chart id in a body names the file and the id', () => {
    copy = contentCopy('entries-unknown-chart');
    const messages = checkContent(copy.content, copy.root).problems.map(formatProblem);
    for (const locale of ['es', 'en']) {
      expect(messages.some((m) => m.startsWith(`content/articles/${locale}/grafico-desconocido.mdx:`) && m.includes('"followers-myspace"'))).toBe(true);
    }
  });
});

describe('translation twins', () => {
  it('an entry marked single-language needs no twin (solo-en-espanol, english-only-note)', () => {
    copy = contentCopy();
    expect(existsSync(join(copy.content, 'articles/es/solo-en-espanol.mdx'))).toBe(true);
    expect(existsSync(join(copy.content, 'articles/en/solo-en-espanol.mdx'))).toBe(false);
    expect(existsSync(join(copy.content, 'articles/es/english-only-note.mdx'))).toBe(false);
    expect(checkContent(copy.content, copy.root).problems.map(formatProblem)).toEqual([]);
  });

  it('an entry may be written in some of the languages only, without marking it', () => {
    expect(checkWith('articles/es/solo-en-espanol.mdx', 'singleLanguage: true\n', '')).toEqual([]);
  });
});
