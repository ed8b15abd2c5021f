/**
 * Gate: valid HTML. html-validate (config: .htmlvalidate.json, the recommended preset) over a built
 * page, errors only. JSON has no comments, so each rule the config changes is listed here with its
 * one-line reason:
 * - long-title off: titles are authors' entry titles (the study's own is over 70 characters) plus
 *   the site name; title length is a search-snippet heuristic, not validity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { pageFile, type BuiltSite } from '../sites.ts';

// The built site lives outside the repository, so the config is loaded explicitly rather than
// searched for next to each file.
const config = JSON.parse(readFileSync(join(process.cwd(), '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));

const describeMessage = (page: string, m: Message) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? `\n    at ${m.selector}` : ''}`;

/** html-validate's errors on one built page ("/es/compare/"), one line each. */
export async function htmlErrors(site: BuiltSite, page: string): Promise<string[]> {
  const file = pageFile(site, page);
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  return report.results
    .flatMap((r) => r.messages)
    .filter((m) => m.severity === 2)
    .map((m) => describeMessage(page, m));
}
