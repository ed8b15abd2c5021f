/**
 * Valid HTML: html-validate (config: .htmlvalidate.json) over every built page, 0 errors.
 * The page list is whatever the build wrote, so new pages are covered without editing this file.
 *
 * .htmlvalidate.json is the recommended preset; JSON has no comments, so each rule it changes is
 * listed here with its one-line reason:
 * - long-title off: titles are authors' entry titles (the study's own is over 70 characters) plus
 *   the site name; title length is a search-snippet heuristic, not validity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPages, distDir } from '../support/dist.ts';

// The built site lives outside the repository (ATLAS_OUT_DIR), so the config is loaded explicitly
// rather than searched for next to each file.
const config = JSON.parse(readFileSync(join(process.cwd(), '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));

const fileOf = (page: string) => join(distDir, page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : '');

function describeMessage(page: string, m: Message): string {
  return `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? `\n    at ${m.selector}` : ''}`;
}

describe('valid HTML (html-validate)', () => {
  const pages = allPages();

  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it.each(pages)('%s has no errors', async (page) => {
    const report = await validator.validateString(readFileSync(fileOf(page), 'utf8'), fileOf(page));
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    expect(errors.map((m) => describeMessage(page, m)).join('\n')).toBe('');
  });
});
