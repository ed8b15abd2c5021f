/**
 * Reader tools in Chromium, on the fixture site (tests/fixture-site) served on localhost under its
 * sub-path /atlas/, in both languages:
 * - the account directory filters by country, institution kind and platform, with the mouse and the
 *   keyboard, announces the count, keeps the choice in the address, and without JavaScript shows
 *   the full list;
 * - dark mode follows the system, the toggle overrides it and persists, the saved theme is in place
 *   before the body exists (no flash), and without JavaScript there is no toggle;
 * - print: no site chrome, charts as their tables (even once drawn), external link targets written
 *   out, references kept; page.pdf() renders.
 *
 * Counts come from the fixture files: 73 accounts. Ruritania (xr) has 8: its government 2 (Twitter,
 * Mastodon), its foreign ministry 5 (two on Twitter, Facebook, YouTube, Instagram) and its
 * trade-promotion agency 1 (Twitter). Borduria, Elbonia, Genovia, Kravia and Latveria have 13 Twitter
 * accounts each, all of their foreign ministries; Freedonia has none.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, newContext, viewports, watchPage, type PageProblems } from '../support/browser.ts';
import { builtSite } from '../support/sites.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

const site = builtSite('fixture');
const total = 73;
/** A page of the fixture site, which lives under /atlas/: "/es/directory/" → "http://127.0.0.1:…/atlas/es/directory/". */
const url = (path: string) => `${server.url}${path.replace(/^\//, '')}`;

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await serveDist(site.dist, site.base);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

async function tab(options: Parameters<typeof newContext>[1] = {}): Promise<{ page: Page; problems: PageProblems; context: BrowserContext }> {
  const context = await newContext(browser, options);
  contexts.push(context);
  const page = await context.newPage();
  return { page, problems: watchPage(page, server.origin), context };
}

async function open(page: Page, path: string) {
  const response = await page.goto(url(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

/** What the directory shows right now. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
    const rows = [...document.querySelectorAll('tr[data-p]')].filter(visible);
    return {
      rows: rows.length,
      platforms: [...new Set(rows.map((r) => r.getAttribute('data-p')))],
      countries: [...new Set(rows.map((r) => r.closest('[data-c]')!.getAttribute('data-c')))],
      kinds: [...new Set(rows.map((r) => r.closest('[data-k]')!.getAttribute('data-k')))],
      status: document.querySelector('[role="status"]')!.textContent!.trim(),
      empty: visible(document.querySelector('[data-empty]')!),
      search: location.search,
    };
  });
}

/** The status line, as each language writes it, for a count of the 73 accounts. */
const statusText = {
  es: (n: number) => (n === 1 ? `Se muestra 1 cuenta de ${total}.` : `Se muestran ${n} cuentas de ${total}.`),
  en: (n: number) => (n === 1 ? `Showing 1 account of ${total}.` : `Showing ${n} accounts of ${total}.`),
} as const;

for (const locale of ['es', 'en'] as const) {
  const path = `/${locale}/directory/`;
  const status = statusText[locale];

  describe(`account directory in the browser (${locale})`, () => {
    // One width per language: the filters work the same at both, and each width is seen in one language.
    for (const [width, viewport] of Object.entries(viewports).filter(([w]) => w === (locale === 'es' ? 'phone' : 'desktop'))) {
      it(`filters by platform, country and kind, announces the count and keeps the choice in the address (${width})`, async () => {
        const { page, problems } = await tab({ viewport });
        await open(page, path);
        expect(await page.isVisible('[data-filters]')).toBe(true);
        expect(await page.getAttribute('[role="status"]', 'role')).toBe('status');
        expect((await shown(page)).rows).toBe(total);

        // 69 Twitter accounts: Ruritania's 4 and the bulk countries' 5 × 13.
        await page.selectOption('select[name="platform"]', 'twitter');
        let s = await shown(page);
        expect(s.platforms).toEqual(['twitter']);
        expect(s.rows).toBe(69);
        expect(s.status).toBe(status(69));
        expect(s.search).toBe('?platform=twitter');

        // Ruritania's Twitter accounts: government, two of the ministry, trade promotion.
        await page.selectOption('select[name="country"]', 'xr');
        s = await shown(page);
        expect(s.countries).toEqual(['xr']);
        expect(s.rows).toBe(4);
        expect(s.status).toBe(status(4));

        // Ruritania's foreign ministry, on every platform.
        await page.selectOption('select[name="platform"]', '');
        await page.selectOption('select[name="kind"]', 'foreign-ministry');
        s = await shown(page);
        expect(s.kinds).toEqual(['foreign-ministry']);
        expect(s.rows).toBe(5);
        expect(new URLSearchParams(s.search).get('kind')).toBe('foreign-ministry');

        // A combination with no account says so: Ruritania's Mastodon account is its government's.
        await page.selectOption('select[name="platform"]', 'mastodon');
        s = await shown(page);
        expect(s.rows).toBe(0);
        expect(s.empty).toBe(true);
        expect(s.status).toBe(status(0));

        await page.click('[data-reset]');
        s = await shown(page);
        expect(s.rows).toBe(total);
        expect(s.status).toBe(status(total));
        expect(s.search).toBe('');
        expect(s.empty).toBe(false);

        // No horizontal scrolling of the page, whatever the width.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        expect(problems.list).toEqual([]);
      });
    }

    it('applies a filter given in the address, so a filtered view can be shared', async () => {
      const { page, problems } = await tab();
      await open(page, `${path}?country=xr&platform=youtube`);
      const s = await shown(page);
      expect(s.countries).toEqual(['xr']);
      expect(s.platforms).toEqual(['youtube']);
      // Ruritania's ministry channel, the only YouTube account: the singular form of the status.
      expect(s.rows).toBe(1);
      expect(s.status).toBe(status(1));
      expect(await page.inputValue('select[name="country"]')).toBe('xr');
      expect(await page.inputValue('select[name="platform"]')).toBe('youtube');
      expect(problems.list).toEqual([]);
    });

    it('works with the keyboard alone', async () => {
      const { page } = await tab();
      await open(page, path);
      await page.focus('select[name="country"]');
      // Tab order: country, kind, platform, clear.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).toBe('platform');
      // The first platform of the list is Twitter.
      await page.keyboard.press('ArrowDown');
      expect(await page.inputValue('select[name="platform"]')).toBe('twitter');
      let s = await shown(page);
      expect(s.platforms).toEqual(['twitter']);
      expect(s.rows).toBe(69);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-reset'))).toBe(true);
      await page.keyboard.press('Enter');
      s = await shown(page);
      expect(s.rows).toBe(total);
    });

    it('without JavaScript: the full list, no filter controls, working jump links', async () => {
      const { page, problems } = await tab({ javaScriptEnabled: false, viewport: viewports.phone });
      await open(page, path);
      expect(await page.isVisible('[data-filters]')).toBe(false);
      expect(await page.locator('tr[data-p]').count()).toBe(total);
      expect(await page.locator('tr[data-p]:visible').count()).toBe(total);
      // Freedonia has no account, so no section to jump to; Latveria is one of six.
      expect(await page.locator('.dir-jump a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#dir-xb', '#dir-xe', '#dir-xg', '#dir-xk', '#dir-xl', '#dir-xr']);
      await page.click('.dir-jump summary');
      await page.click('.dir-jump a[href="#dir-xl"]');
      expect(new URL(page.url()).hash).toBe('#dir-xl');
      await expect.poll(() => page.evaluate(() => Math.abs(document.getElementById('dir-xl')!.getBoundingClientRect().top))).toBeLessThan(50);
      expect(problems.list).toEqual([]);
    });
  });
}

describe('dark mode', () => {
  const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = 'rgb(21, 24, 29)';
  const light = 'rgb(253, 252, 250)';

  /**
   * Records, from before any page script, the theme attribute when <body> is first inserted, and
   * the body's background in the first frame (a requestAnimationFrame callback runs before the
   * frame is painted, and not while the stylesheet still blocks rendering).
   */
  const recordThemeAtBody = () => {
    const seen: { theme: string | null; firstFrame?: string }[] = [];
    (window as unknown as { __themeAtBody: typeof seen }).__themeAtBody = seen;
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      const entry: (typeof seen)[number] = { theme: document.documentElement.getAttribute('data-theme') };
      seen.push(entry);
      observer.disconnect();
      requestAnimationFrame(() => (entry.firstFrame = getComputedStyle(document.body).backgroundColor));
    }).observe(document, { childList: true, subtree: true });
  };

  /** What recordThemeAtBody saw, once the first frame is painted (on a busy machine that can come after "load"). */
  const themeAtBody = async (page: Page) => {
    await page.waitForFunction(() => (window as unknown as { __themeAtBody?: { firstFrame?: string }[] }).__themeAtBody?.[0]?.firstFrame !== undefined, undefined, { timeout: 10_000 });
    return page.evaluate(() => (window as unknown as { __themeAtBody: unknown }).__themeAtBody);
  };

  it('follows the system, and the toggle overrides it, persists, and is in force before the body exists', async () => {
    const { page, problems } = await tab({ colorScheme: 'dark', viewport: viewports.phone });
    await page.addInitScript(recordThemeAtBody);
    await open(page, '/es/countries/xr/');
    expect(await bg(page)).toBe(dark);
    const button = page.locator('header button[data-theme-toggle]');
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.evaluate((b) => (b as HTMLElement).innerText.trim() || b.textContent!.trim())).toBe('Modo oscuro');

    await page.evaluate(() => document.addEventListener('atlas:themechange', (e) => ((window as unknown as { __changed: unknown }).__changed = (e as CustomEvent).detail)));
    await button.click();
    expect(await bg(page)).toBe(light);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => localStorage.getItem('atlas-theme'))).toBe('light');
    expect(await page.evaluate(() => (window as unknown as { __changed: unknown }).__changed)).toBe('light');

    // Another page, and a reload: light from the very start.
    await open(page, '/en/directory/');
    expect(await themeAtBody(page)).toEqual([{ theme: 'light', firstFrame: light }]);
    expect(await bg(page)).toBe(light);

    // Back to the system's choice: nothing stored, the page follows the system again.
    await page.locator('header button[data-theme-toggle]').click();
    expect(await bg(page)).toBe(dark);
    expect(await page.evaluate(() => [localStorage.getItem('atlas-theme'), document.documentElement.getAttribute('data-theme')])).toEqual([null, null]);
    expect(problems.list).toEqual([]);
  });

  it('applies a saved dark choice on a light system before the body exists; keyboard toggles', async () => {
    const { page, context } = await tab({ colorScheme: 'light' });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) (localStorage.setItem('atlas-theme', 'dark'), sessionStorage.setItem('seeded', '1'));
    });
    await page.addInitScript(recordThemeAtBody);
    await open(page, '/en/');
    expect(await themeAtBody(page)).toEqual([{ theme: 'dark', firstFrame: dark }]);
    expect(await bg(page)).toBe(dark);
    await page.focus('header button[data-theme-toggle]');
    await page.keyboard.press('Enter');
    expect(await bg(page)).toBe(light);
    await page.keyboard.press('Space');
    expect(await bg(page)).toBe(dark);
    expect(await page.evaluate(() => localStorage.getItem('atlas-theme'))).toBe('dark');
  });

  it('redraws a drawn chart in the new theme colours when the reader switches theme', async () => {
    const { page, problems } = await tab({ colorScheme: 'light' });
    await open(page, '/en/countries/xr/');
    const chart = page.locator('atlas-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('atlas-chart[data-drawn]');
    await page.evaluate(() => {
      const w = window as unknown as { __drawn: number };
      w.__drawn = 0;
      document.addEventListener('atlas-chart:drawn', () => w.__drawn++);
    });
    await page.click('header button[data-theme-toggle]');
    await page.waitForFunction(() => (window as unknown as { __drawn: number }).__drawn > 0);
    expect(problems.list).toEqual([]);
  });

  it('without JavaScript: no toggle, and the system setting still applies', async () => {
    const { page } = await tab({ javaScriptEnabled: false, colorScheme: 'dark' });
    await open(page, '/es/');
    expect(await page.isVisible('header button[data-theme-toggle]')).toBe(false);
    expect(await bg(page)).toBe(dark);
  });
});

describe('print', () => {
  /**
   * A country page (charts), an article (references) and the directory (a long table), across both
   * languages (print styles do not depend on the language); how many charts each has (from the fixture).
   */
  const targets = [
    // Ruritania's four chart figures, one of them (Facebook: a single figure) a sentence, not drawn.
    { path: '/es/countries/xr/', charts: 3, figures: 4 },
    { path: '/en/articles/estudio-ficticio/', charts: 2, figures: 2 },
    { path: '/en/directory/', charts: 0, figures: 0 },
  ];
  /** Set ATLAS_PRINT_DIR to keep the PDFs and look at them. */
  const outDir = process.env.ATLAS_PRINT_DIR;
  if (outDir) mkdirSync(outDir, { recursive: true });

  for (const { path, charts, figures } of targets) {
    it(`${path}: content only, charts as tables, link targets written, references kept; renders to PDF`, async () => {
      const { page, problems } = await tab({ colorScheme: 'dark' });
      await open(page, path);
      // Draw every chart, as a reader who scrolled through the page would have before printing.
      const drawable = await page.locator('atlas-chart').all();
      expect(drawable.length).toBe(charts);
      for (const chart of drawable) await chart.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('atlas-chart')].every((c) => c.dataset.drawn === 'true'), undefined, { timeout: 15_000 });
      if (charts > 0) expect(await page.locator('canvas:visible').count()).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      const report = await page.evaluate(() => {
        const isShown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
        const external = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')].filter((a) => isShown(a) && !a.closest('.references'));
        return {
          chrome: ['.site-header', '.site-footer', '.skip-link', 'header nav', '.theme-toggle', '.lang-switch'].filter((s) => isShown(document.querySelector(s))),
          canvases: [...document.querySelectorAll('canvas')].filter(isShown).length,
          buttons: [...document.querySelectorAll('main button')].filter(isShown).length,
          chartTables: [...document.querySelectorAll('figure.chart')].map((f) => isShown(f.querySelector('table'))),
          externalShown: external.length,
          afterOk: external.every((a) => getComputedStyle(a, '::after').content === `" (${a.getAttribute('href')})"`),
          references: [...document.querySelectorAll('.references, [id="references"], [id="sources"]')].some(isShown),
          source: isShown(document.querySelector('.print-source')) ? document.querySelector('.print-source')!.textContent : null,
          background: getComputedStyle(document.body).backgroundColor,
          tables: [...document.querySelectorAll('main table')].filter(isShown).length,
        };
      });
      expect(report.chrome).toEqual([]);
      expect(report.canvases).toBe(0);
      expect(report.buttons).toBe(0);
      expect(report.chartTables).toEqual(Array(figures).fill(true));
      expect(report.afterOk).toBe(true);
      // The printed page says where it lives: the fixture is built for https://example.github.io/atlas/.
      expect(report.source).toContain(`https://example.github.io/atlas${path}`);
      expect(report.background).toBe('rgb(255, 255, 255)');
      if (!path.includes('/directory/')) expect(report.references).toBe(true);
      // Ruritania's websites and account addresses, and the interview's original publication, are external links.
      if (!path.includes('/articles/')) expect(report.externalShown).toBeGreaterThan(0);
      if (path.includes('/countries/') || path.includes('/directory/')) expect(report.tables).toBeGreaterThan(0);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      if (outDir) writeFileSync(join(outDir, `${path.replace(/\W+/g, '_')}.pdf`), pdf);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(0);
      expect(problems.list).toEqual([]);
    });
  }

  it('/es/: a link drawn as a button prints as black text with no background (paper drops backgrounds)', async () => {
    const { page } = await tab({ colorScheme: 'dark' });
    await open(page, '/es/');
    await page.emulateMedia({ media: 'print' });
    const button = await page.locator('main a.button').first().evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
    expect(button).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgba(0, 0, 0, 0)' });
  });
});
