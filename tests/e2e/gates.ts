/**
 * Browser gates (tests/support/gates/browser.ts) over the pages of a built site: by default every
 * sitemap URL and every other built page (the 404 page, the root language choice) but redirect pages, filter listings
 * but one of each kind (see pagesToOpen). Pages are checked
 * a few at a time (concurrent tests, one set of tabs each), and the sites in separate files, so that
 * Vitest runs them side by side.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openBrowserGates, pagesToOpen, type BrowserGates } from '../support/gates/browser.ts';
import { allPages, builtSite, isRedirectPage, siteLocales, type SiteName } from '../support/sites.ts';
import { sitemapPaths } from '../support/sitemap.ts';

/** Pages checked at once: enough to fill the waits for loads and frames on a 2-core machine. */
const PARALLEL = 2;

/**
 * `only`: URL paths with the base to check instead of every page (each must exist). `part`: this
 * file checks every `part[1]`-th page starting at `part[0]`, so that several files (and so several
 * browsers, in Vitest's workers) share a site's pages.
 */
export function browserGates(name: SiteName, { only, part = [0, 1] }: { only?: string[]; part?: [number, number] } = {}): void {
  // Each test opens a page two or three times in Chromium, beside others: room for a busy CI machine.
  vi.setConfig({ testTimeout: 120_000, maxConcurrency: PARALLEL });
  const site = builtSite(name);
  const sitemap = sitemapPaths(site);
  // Redirect pages (old addresses) are left out: the browser would leave them for their target, which is checked itself.
  const built = allPages(site)
    .filter((p) => !isRedirectPage(site, p))
    .map((p) => `${site.base}${p.replace(/^\//, '')}`);
  const paths = (only ?? pagesToOpen([...sitemap, ...built.filter((p) => !sitemap.includes(p))], site.base)).filter((_, i) => i % part[1] === part[0]);
  let gates: BrowserGates;

  beforeAll(async () => {
    gates = await openBrowserGates(site, PARALLEL);
  });
  afterAll(async () => {
    await gates?.close();
  });

  it('has the pages to check', () => {
    expect(sitemap.length).toBeGreaterThan(1);
    for (const path of paths) expect(built, path).toContain(path);
  });

  it.each(Object.keys(siteLocales(site)))('keeps the header on one row at 1024 px (%s; the header is the same on every page of a language)', async (locale) => {
    expect((await gates.headerAt(`${site.base}${locale}/`, 1024)).join('\n')).toBe('');
  });

  describe.concurrent.each(paths)('%s', (path) => {
    it('at 1280 px: loads cleanly, draws its charts, fits, passes axe (light and dark) and works by keyboard', async () => {
      expect((await gates.desktop(path)).join('\n')).toBe('');
    });
    it('at 390 px: holds its layout when its scripts run after the first paint, loads cleanly, draws its charts, fits, and keeps every text and table without JavaScript', async () => {
      expect((await gates.phone(path)).join('\n')).toBe('');
    });
  });
}
