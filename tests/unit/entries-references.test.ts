/**
 * Reference validation for entries: an unknown country or source id in an entry's frontmatter stops
 * the content check (run by `npm run check` and before every build), naming the file and the id.
 * Each case edits a temporary copy of content/, never the real files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content-check.ts';
import { contentCopy } from '../support/entries.ts';

let copy: ReturnType<typeof contentCopy> | undefined;
afterEach(() => copy?.cleanup());

/** Replaces `from` by `to` in one file of a fresh copy of content/ and returns the check's messages. */
function checkWith(file: string, from: string, to: string, ...fixtures: string[]): string[] {
  copy = contentCopy(...fixtures);
  const path = join(copy.content, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return checkContent(copy.content, copy.root).problems.map(formatProblem);
}

describe('entry references', () => {
  it('the real entries pass', () => {
    copy = contentCopy();
    expect(checkContent(copy.content, copy.root).problems.map(formatProblem)).toEqual([]);
  });

  it('an unknown country id names the file, the field and the id', () => {
    const messages = checkWith('articles/es/diplomacia-publica-digital-mexico-chile.mdx', 'countries: [mx, cl]', 'countries: [mx, ar]');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/articles\/es\/diplomacia-publica-digital-mexico-chile\.mdx:\d+: countries\[1\]: unknown country id/);
    expect(messages[0]).toContain('"ar"');
  });

  it('an unknown source id names the file, the field and the id', () => {
    const messages = checkWith('interviews/en/arturo-sarukhan-redes-sociales-diplomacia.mdx', 'sources: [ojeda-sarukhan-interview, digital-diplomacy-blog]', 'sources: [ojeda-sarukhan-interview, sarukhan-2099]');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/interviews\/en\/arturo-sarukhan-redes-sociales-diplomacia\.mdx:\d+: sources\[1\]: unknown source id/);
    expect(messages[0]).toContain('"sarukhan-2099"');
  });

  it('points at the line of the bad id', () => {
    const messages = checkWith('articles/en/diplomacia-y-era-digital.mdx', 'countries: [mx]', 'countries: [xx]');
    const lines = readFileSync(join(copy!.content, 'articles/en/diplomacia-y-era-digital.mdx'), 'utf8').split('\n');
    const line = Number(/:(\d+):/.exec(messages[0]!)![1]);
    expect(lines[line - 1]).toContain('countries: [xx]');
  });

  it('a body citation of an unknown source names the file and the id', () => {
    const messages = checkWith('articles/es/diplomacia-y-era-digital.mdx', '<PullQuote source="sarukhan-digital-age"', '<PullQuote source="nobody-1999"');
    expect(messages.some((m) => m.startsWith('content/articles/es/diplomacia-y-era-digital.mdx:') && m.includes('"nobody-1999"'))).toBe(true);
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
  it('an entry marked single-language needs no twin (fixture)', () => {
    copy = contentCopy('entries-single-language');
    expect(checkContent(copy.content, copy.root).problems.map(formatProblem)).toEqual([]);
  });

  it('an entry without its twin and not marked single-language is reported', () => {
    const messages = checkWith('articles/es/solo-en-espanol.mdx', 'singleLanguage: true\n', '', 'entries-single-language');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('content/articles/es/solo-en-espanol.mdx:1: singleLanguage:');
    expect(messages[0]).toContain('content/articles/en/solo-en-espanol.mdx');
  });
});
