/**
 * Content gates without a browser, over every page of both built sites: the real one (whatever
 * content/ holds) and the fictional fixture (served under /atlas/, with the edge cases an author may
 * add). Nothing here knows what either site contains: the page list is whatever the build wrote.
 * - valid HTML (html-validate, tests/support/gates/html.ts, page by page; the W3C's Nu HTML Checker,
 *   gates/nu.ts, over both sites in one run: no error, no warning);
 * - internal links, assets and anchors resolve under the base path, and links into the other
 *   language say so; sitemaps, feeds and stylesheets point only at files that exist (gates/links.ts);
 *   external links are listed in test-results/external-links-<site>.json, never fetched; the language
 *   switch of every page leads to the same page in the other language, which switches back;
 * - a strict Content-Security-Policy that allows everything on the page, and nothing loaded from
 *   another origin (gates/security.ts);
 * - every footnote mark ("*", "†") explained on its page (gates/notes.ts);
 * - page-weight budgets (scripts/budgets.ts), with the report printed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBudgets, formatReport, measureSite } from '../../scripts/budgets.ts';
import { htmlErrors } from '../support/gates/html.ts';
import { nuProblems } from '../support/gates/nu.ts';
import { footnoteProblems } from '../support/gates/notes.ts';
import { cssLinkProblems, languageSwitchProblems, linkProblems, xmlLinkProblems } from '../support/gates/links.ts';
import { cspProblems, foreignLoads } from '../support/gates/security.ts';
import { allPages, builtSite, readPage, type SiteName } from '../support/sites.ts';

/** Where reports go: ATLAS_REPORT_DIR, or test-results/ (git-ignored). */
const reportDir = process.env.ATLAS_REPORT_DIR ?? join(process.cwd(), 'test-results');

const siteNames: SiteName[] = ['real', 'fixture'];
/** The Nu HTML Checker's report on both sites, from one run, made when the first site asks. */
let nuReport: Map<string, string[]> | undefined;

describe.each(siteNames)('the %s site', (name) => {
  const site = builtSite(name);
  const pages = allPages(site);
  const external = new Map<string, Set<string>>();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  describe.each(pages)('%s', (page) => {
    it('is valid HTML', async () => {
      expect((await htmlErrors(site, page)).join('\n')).toBe('');
    });
    it('has internal links and anchors that resolve and stay in the language', () => {
      expect(linkProblems(site, page, external).join('\n')).toBe('');
    });
    it('switches language to the same page in the other language, which switches back here', () => {
      expect(languageSwitchProblems(site, page).join('\n')).toBe('');
    });
    it('explains every footnote mark it uses', () => {
      expect(footnoteProblems(page, readPage(site, page)).join('\n')).toBe('');
    });
    it('has a strict CSP that allows everything on the page', () => {
      expect(cspProblems(site, page).join('\n')).toBe('');
    });
  });

  // One Java process over both sites: seconds on an idle machine, more on a busy one.
  it('passes the Nu HTML Checker with no error and no warning', () => {
    nuReport ??= nuProblems(siteNames.map(builtSite));
    expect(nuReport.get(site.dist)!.join('\n')).toBe('');
  }, 180_000);

  it('has sitemaps and feeds that point only at pages that exist', () => {
    expect(xmlLinkProblems(site).join('\n')).toBe('');
  });

  it('has stylesheets that point only at files that exist', () => {
    expect(cssLinkProblems(site).join('\n')).toBe('');
  });

  it('loads nothing from another origin (HTML, CSS, JS)', () => {
    expect(foreignLoads(site).join('\n')).toBe('');
  });

  it('keeps every page within its weight budget', () => {
    const weights = measureSite(site.dist, site.base);
    console.log(`Page weights of the ${name} site:\n${formatReport(weights)}`);
    expect(checkBudgets(weights).map((v) => JSON.stringify(v)).join('\n')).toBe('');
  });

  afterAll(() => {
    const links = [...external].sort(([a], [b]) => a.localeCompare(b)).map(([url, from]) => ({ url, pages: [...from].sort() }));
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, `external-links-${name}.json`), `${JSON.stringify({ note: 'External links in the built site, listed and not fetched.', count: links.length, links }, null, 2)}\n`);
  });
});
