/**
 * The maps in Chromium. On the real build: a reader clicks Mexico on the home page's map (found by
 * its accessible name, not by its place) and lands on Mexico's page; the map's links are reached by
 * keyboard, with a visible focus. On the fixture build (seven fictional countries, each a dot from its
 * `mapPoint`): the comparison maps follow the country chooser, and the maps print, in grey, whole.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchPage, type PageProblems } from '../support/browser.ts';
import { builtSite, type SiteName } from '../support/sites.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let context: BrowserContext;
const servers: Partial<Record<SiteName, RunningServer>> = {};

beforeAll(async () => {
  for (const name of ['real', 'fixture'] as const) {
    const site = builtSite(name);
    servers[name] = await serveDist(site.dist, site.base);
  }
  browser = await launchBrowser();
  context = await newContext(browser);
});

afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server?.close();
});

async function open(site: SiteName, path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const server = servers[site]!;
  const problems = watchPage(page, server.origin);
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return { page, problems };
}

describe('the home page map (real content)', () => {
  for (const [locale, name] of [
    ['es', 'México'],
    ['en', 'Mexico'],
  ] as const) {
    it(`takes a reader who clicks ${name} to its page (${locale})`, async () => {
      const { page, problems } = await open('real', `${locale}/`);
      const map = page.getByRole('group', { name: locale === 'es' ? 'Los países del atlas en el mapa' : 'The atlas countries on the map' });
      await map.getByRole('link', { name, exact: true }).click();
      await page.waitForURL(`**/${locale}/countries/mx/`);
      expect(await page.locator('h1').textContent()).toBe(name);
      expect(problems.list).toEqual([]);
      await page.close();
    });
  }

  it('is reached by keyboard, one country link after another, each with a visible focus ring', async () => {
    const { page } = await open('real', 'en/');
    const links = page.locator('figure.map--locator a');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    // Tab until the first map link has the focus; the map's links follow each other in the tab order.
    let guard = 0;
    while (!(await page.evaluate(() => !!document.activeElement?.closest('figure.map--locator'))) && guard++ < 60) await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement!;
        const style = getComputedStyle(a);
        return { name: a.getAttribute('aria-label'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
    const names: (string | null)[] = [];
    for (let i = 0; i < count; i++) {
      const f = await focused();
      expect(f.outline).toBe('solid');
      expect(f.width).toBeGreaterThanOrEqual(2);
      names.push(f.name);
      await page.keyboard.press('Tab');
    }
    // In the page language's alphabetical order.
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!, 'en')));
    await page.close();
  });
});

describe('the comparison maps (fixture)', () => {
  it('fade the countries left out by the chooser, and keep them in place', async () => {
    const { page, problems } = await open('fixture', 'en/compare/');
    const ruritania = page.locator('figure.map--choropleth g[data-country="xr"]');
    expect(await ruritania.count()).toBe(3);
    await page.getByRole('button', { name: 'None' }).click();
    await page.getByRole('checkbox', { name: /Borduria/ }).check();
    await page.getByRole('checkbox', { name: /Freedonia/ }).check();
    const state = (sel: string) =>
      page.locator(sel).evaluateAll((gs) => gs.map((g) => ({ deselected: g.classList.contains('is-deselected'), display: getComputedStyle(g).display, opacity: getComputedStyle(g).opacity })));
    for (const s of await state('figure.map--choropleth g[data-country="xr"]')) {
      expect(s.deselected).toBe(true);
      expect(s.display).not.toBe('none');
      expect(Number(s.opacity)).toBeLessThan(0.5);
    }
    for (const s of await state('figure.map--choropleth g[data-country="xb"]')) expect(s).toEqual({ deselected: false, display: 'inline', opacity: '1' });
    // The maps' table follows the choice like the other tables (scrolled to: off-screen tables are not laid out, content-visibility).
    await page.locator('#table-maps').scrollIntoViewIfNeeded();
    expect(await page.locator('#table-maps tr[data-country="xr"]').isVisible()).toBe(false);
    expect(await page.locator('#table-maps tr[data-country="xb"]').isVisible()).toBe(true);
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('print whole, with their legends, in grey, no taller than half a page', async () => {
    const { page } = await open('fixture', 'es/compare/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const report = await page.evaluate(() =>
      [...document.querySelectorAll('figure.map')].map((f) => {
        const svg = f.querySelector('svg.map__svg')!;
        const land = getComputedStyle(f.querySelector('.map__land')!).fill;
        return { height: svg.getBoundingClientRect().height, legend: getComputedStyle(f.querySelector('.map__legend')!).display, land, breakInside: getComputedStyle(f).breakInside };
      }),
    );
    expect(report).toHaveLength(3);
    for (const r of report) {
      expect(r.height).toBeGreaterThan(100);
      // 11 cm at 96 px to the inch.
      expect(r.height).toBeLessThanOrEqual((11 / 2.54) * 96 + 1);
      expect(r.legend).not.toBe('none');
      expect(r.land).toBe('rgb(221, 221, 221)');
      expect(r.breakInside).toBe('avoid');
    }
    await page.close();
  });
});
