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

/**
 * Every error and warning of each site, one line each ("es/directory/index.html:1: error: Stray
 * start tag “script”."), by the site's folder. One Java process for all the sites given: starting
 * the checker costs more than checking a site. Java's quick-start settings (the first compiler tier
 * only, one garbage-collector thread) halve its CPU time for a run this short.
 */
export function nuProblems(sites: BuiltSite[]): Map<string, string[]> {
  const problems = new Map(sites.map((s) => [s.dist, [] as string[]]));
  const all = (line: string) => new Map(sites.map((s) => [s.dist, [line]]));
  // A larger thread stack, as the checker's README advises: with Java's default it can stop on a
  // long page with "StackOverflowError while evaluating HTML schema", printed instead of a report.
  const java = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const run = spawnSync('java', [...java, '-jar', jar, '--format', 'json', '--skip-non-html', '--filterpattern', '.*Content Security Policy.*', ...sites.map((s) => s.dist)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return all(`the Nu HTML Checker could not run (${run.error.message}): it needs Java (Debian: apt-get install -y default-jre-headless)`);
  // The report is JSON on stderr; anything else means the checker did not check.
  if (run.stdout.trim()) return all(`the Nu HTML Checker stopped: ${run.stdout.trim().slice(0, 300)}`);
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    return all(`the Nu HTML Checker gave no report (exit ${run.status}): ${run.stderr.trim().slice(0, 300)}`);
  }
  for (const m of messages.filter((m) => m.type === 'error' || m.subType === 'warning' || m.type === 'non-document-error')) {
    const file = m.url ? new URL(m.url).pathname : undefined;
    const site = sites.find((s) => file?.startsWith(`${s.dist}/`));
    const line = `${file && site ? relative(site.dist, file) : (file ?? '(site)')}:${m.lastLine ?? 0}: ${m.subType ?? m.type}: ${m.message}${m.extract ? ` (${m.extract.trim().slice(0, 80)})` : ''}`;
    // A message the checker ties to no page of a site counts against every site.
    for (const list of site ? [problems.get(site.dist)!] : [...problems.values()]) list.push(line);
  }
  return problems;
}
