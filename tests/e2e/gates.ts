/**
 * Browser gates (tests/support/gates/browser.ts) over every page of a built site: every sitemap URL
 * and every other built page (the 404 page, the root language choice). One file per site so that
 * Vitest runs the sites side by side.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openBrowserGates, type BrowserGates } from '../support/gates/browser.ts';
import { allPages, builtSite, type SiteName } from '../support/sites.ts';
import { sitemapPaths } from '../support/sitemap.ts';

export function browserGates(name: SiteName): void {
  // Each test opens a page two or three times in Chromium: room for a slow, busy CI machine.
  vi.setConfig({ testTimeout: 90_000 });
  const site = builtSite(name);
  const sitemap = sitemapPaths(site);
  const others = allPages(site)
    .map((p) => `${site.base}${p.replace(/^\//, '')}`)
    .filter((p) => !sitemap.includes(p));
  let gates: BrowserGates;

  beforeAll(async () => {
    gates = await openBrowserGates(site);
  });
  afterAll(async () => {
    await gates?.close();
  });

  it('has pages in its sitemap', () => {
    expect(sitemap.length).toBeGreaterThan(1);
  });

  describe.each([...sitemap, ...others])('%s', (path) => {
    it('at 1280 px: loads cleanly, draws its charts, fits, passes axe (light and dark) and works by keyboard', async () => {
      expect((await gates.desktop(path)).join('\n')).toBe('');
    });
    it('at 390 px: loads cleanly, draws its charts, fits, and keeps every text and table without JavaScript', async () => {
      expect((await gates.phone(path)).join('\n')).toBe('');
    });
    it('holds its layout when its scripts run after the first paint', async () => {
      expect((await gates.layoutShift(path)).join('\n')).toBe('');
    });
    it('switches language to the same page and back (keyboard)', async () => {
      expect((await gates.languageSwitch(path)).join('\n')).toBe('');
    });
  });
}
