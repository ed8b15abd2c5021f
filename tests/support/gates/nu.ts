/**
 * The W3C's Nu HTML Checker (vnu-jar, run with the machine's Java) over every page of a built site,
 * in one run: the reference validator, which finds what html-validate lets through (a script after
 * </html>, an article or section without a heading). Errors and warnings both count. One kind of
 * message is left out: the checker reads the pages from disk, where the Content-Security-Policy's
 * 'self' matches nothing, so it reports every stylesheet and script as blocked. The policy is
 * checked by gates/security.ts and, in force, by the browser gates.
 */
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { createRequire } from 'node:module';
import type { BuiltSite } from '../sites.ts';

const jar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Every error and warning, one line each: "es/directory/index.html:1: error: Stray start tag “script”." */
export function nuProblems(site: BuiltSite): string[] {
  // A larger thread stack, as the checker's README advises: with Java's default it can stop on a
  // long page with "StackOverflowError while evaluating HTML schema", printed instead of a report.
  const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--skip-non-html', '--filterpattern', '.*Content Security Policy.*', site.dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return [`the Nu HTML Checker could not run (${run.error.message}): it needs Java (Debian: apt-get install -y default-jre-headless)`];
  // The report is JSON on stderr; anything else means the checker did not check.
  if (run.stdout.trim()) return [`the Nu HTML Checker stopped: ${run.stdout.trim().slice(0, 300)}`];
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    return [`the Nu HTML Checker gave no report (exit ${run.status}): ${run.stderr.trim().slice(0, 300)}`];
  }
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'warning' || m.type === 'non-document-error')
    .map((m) => `${m.url ? relative(site.dist, new URL(m.url).pathname) : '(site)'}:${m.lastLine ?? 0}: ${m.subType ?? m.type}: ${m.message}${m.extract ? ` (${m.extract.trim().slice(0, 80)})` : ''}`);
}
