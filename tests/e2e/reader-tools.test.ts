/**
 * Reader tools in Chromium against built sites served on localhost:
 * - the built site (dist/ or ATLAS_OUT_DIR): search per language with nothing loaded before the
 *   reader searches, chart tools (show as table, PNG download, permalinks), the country chooser,
 *   and what stays without JavaScript;
 * - a temporary copy of the project with 60 extra made-up countries, built under the sub-path
 *   /atlas/: the chooser stays usable with 62 countries, the comparison charts show one row per
 *   country, and search honours the base path.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { distDir } from '../support/dist.ts';
import { launchBrowser, newContext, viewports, watchPage, type PageProblems } from '../support/browser.ts';
import { basePath } from '../support/sitemap.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';
import { tempProject, type TempProject } from '../support/temp-project.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  server = await serveDist(distDir, basePath);
  browser = await launchBrowser();
  context = await newContext(browser, { acceptDownloads: true });
  page = await context.newPage();
  problems = watchPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Path under the base the site was built for: "es/compare/" → "/es/compare/" or "/atlas/es/compare/". */
const at = (path: string) => `${server.origin}${basePath}${path}`;

async function open(path: string, p = page) {
  problems.reset();
  const response = await p.goto(at(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

async function drawn(figure: string, p = page) {
  await p.locator(`${figure} atlas-chart`).scrollIntoViewIfNeeded();
  await p.waitForFunction((sel) => document.querySelector<HTMLElement>(`${sel} atlas-chart`)?.dataset.drawn === 'true', figure, { timeout: 15_000 });
}

describe('search', () => {
  for (const [locale, query, other] of [
    ['es', 'Chile', 'en'],
    ['en', 'Mexico', 'es'],
  ] as const) {
    it(`finds pages in ${locale} only, and fetches Pagefind only once the reader types`, async () => {
      const fetched: string[] = [];
      const record = (r: { url(): string }) => fetched.push(r.url());
      page.on('request', record);
      await open(`${locale}/search/`);
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
      await expect.poll(() => page.locator('[data-search-noscript]').isVisible()).toBe(false);

      await page.getByRole('searchbox').fill(query);
      const results = page.locator('.search__results li a');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      page.off('request', record);
      expect(fetched.some((u) => u.endsWith(`${basePath}pagefind/pagefind.js`))).toBe(true);
      const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const href of hrefs) {
        expect(href.startsWith(`${basePath}${locale}/`), href).toBe(true);
        expect(href.startsWith(`${basePath}${other}/`), href).toBe(false);
      }
      expect(await page.locator('.search__status').textContent()).toMatch(new RegExp(query));
      // The excerpt marks the match; the address keeps the query, so the search can be shared.
      expect(await page.locator('.search__results mark').count()).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      expect(problems.list.join('\n')).toBe('');

      // A result leads to a page of the same language.
      await Promise.all([page.waitForURL((u) => u.pathname === hrefs[0]), results.first().click()]);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    });
  }

  it('runs a search given in the address and says so when nothing matches', async () => {
    await open('es/search/?q=zzzxqy');
    await expect.poll(() => page.locator('.search__status').textContent(), { timeout: 15_000 }).toMatch(/No hay resultados para «zzzxqy»/);
    expect(await page.locator('.search__results').isVisible()).toBe(false);
    expect(problems.list.join('\n')).toBe('');
  });
});

describe('chart tools', () => {
  it('shows the picture once drawn, and the table at the press of a real button (mouse and keyboard)', async () => {
    await open('es/compare/');
    const fig = '#chart-followers-twitter';
    const table = page.locator(`${fig} .chart__table`);
    const canvas = page.locator(`${fig} canvas`);
    const toggle = page.locator(`${fig} button[data-chart-tool="table"]`);
    expect(await table.isVisible()).toBe(true); // before drawing, the table is what there is
    await drawn(fig);
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await canvas.isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await toggle.textContent()).toBe('Ver como tabla');

    await toggle.click();
    expect(await table.isVisible()).toBe(true);
    expect(await canvas.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await canvas.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await table.isVisible()).toBe(true);
    expect(problems.list.join('\n')).toBe('');
  });

  it('downloads the drawn chart as a PNG with its title and credit', async () => {
    await open('en/compare/');
    const fig = '#chart-views-youtube';
    await drawn(fig);
    const button = page.locator(`${fig} button[data-chart-tool="png"]`);
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe('Download PNG');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('atlas-views-youtube-en.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const { width: canvasWidth, height: canvasHeight } = await page.locator(`${fig} canvas`).evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
    // Wider and taller than the canvas: a margin, the title above and the credit below.
    expect(png.readUInt32BE(16)).toBeGreaterThan(canvasWidth);
    expect(png.readUInt32BE(20)).toBeGreaterThan(canvasHeight + 30);
    expect(png.length).toBeGreaterThan(5_000);
    expect(problems.list.join('\n')).toBe('');
  });

  it('lands a permalink on its chart, and a permalink to a chart’s table on the table', async () => {
    await open('es/compare/#chart-views-youtube');
    await drawn('#chart-views-youtube');
    await page.waitForTimeout(300);
    const top = await page.locator('#chart-views-youtube').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(80);

    await page.goto('about:blank');
    await open('es/compare/#chart-followers-facebook-table');
    await drawn('#chart-followers-facebook');
    await expect.poll(() => page.locator('#chart-followers-facebook').getAttribute('data-view')).toBe('table');
    expect(await page.locator('#chart-followers-facebook-table').isVisible()).toBe(true);

    // The permalink beside a table is an ordinary link to its anchor.
    await open('en/compare/');
    const link = page.locator('a[href="#table-features"]');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#table-features');
    const box = await page.locator('#table-features').boundingBox();
    expect(box!.y).toBeLessThan(100);
    expect(problems.list.join('\n')).toBe('');
  });

  it('serves the CSV and JSON the links point to', async () => {
    await open('en/compare/');
    for (const href of await page.locator('#chart-followers-twitter a[download]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.text();
      expect(body).toContain('@SRE_mx');
    }
  });
});

describe('compare countries', () => {
  const visible = (sel: string) => page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);

  it('narrows tables and charts to the ticked countries and keeps the choice in the address', async () => {
    await open('en/compare/');
    const chooser = page.locator('.chooser');
    expect(await chooser.isVisible()).toBe(true);
    expect(await page.locator('.chooser__status').textContent()).toBe('Comparing 2 of 2 countries.');
    await drawn('#chart-followers-twitter');

    await page.getByRole('checkbox', { name: /Mexico/ }).uncheck();
    expect(await visible('#table-features [data-country="mx"]')).toBe(0);
    expect(await visible('#table-presence [data-country="mx"]')).toBe(0);
    expect(await visible('#table-features [data-country="cl"]')).toBeGreaterThan(0);
    expect(await page.locator('.chooser__status').textContent()).toBe('Tick at least two countries to compare (now 1).');
    expect(new URL(page.url()).searchParams.get('countries')).toBe('cl');
    // Charts are redrawn with Chile's accounts only: one bar, so the smallest frame.
    const chart = page.locator('#chart-followers-twitter atlas-chart');
    expect(await chart.getAttribute('data-countries')).toBe('cl');
    await expect.poll(() => chart.locator('.chart__canvas').getAttribute('data-height')).toBe('10rem');
    for (const row of await page.locator('figure.chart tbody tr[data-country="mx"]').all()) expect(await row.isVisible()).toBe(false);
    // A chart with no bar left (Chile has no Facebook figure) shows its table rather than an empty frame.
    await drawn('#chart-followers-facebook');
    expect(await page.locator('#chart-followers-facebook .chart__canvas').isVisible()).toBe(false);
    expect(await page.locator('#chart-followers-facebook .chart__table').isVisible()).toBe(true);
    expect(await page.locator('#chart-followers-facebook tbody tr[data-country="cl"]').first().isVisible()).toBe(true);

    // Keyboard: Space ticks the box back.
    await page.getByRole('checkbox', { name: /Mexico/ }).focus();
    await page.keyboard.press('Space');
    expect(await page.locator('.chooser__status').textContent()).toBe('Comparing 2 of 2 countries.');
    expect(await chart.getAttribute('data-countries')).toBeNull();
    expect(new URL(page.url()).searchParams.has('countries')).toBe(false);
    expect(await visible('#table-features [data-country="mx"]')).toBeGreaterThan(0);
    expect(problems.list.join('\n')).toBe('');
  });

  it('opens a shared comparison from the address', async () => {
    await open('es/compare/?countries=mx');
    expect(await page.getByRole('checkbox', { name: /Chile/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /México/ }).isChecked()).toBe(true);
    expect(await visible('#table-features [data-country="cl"]')).toBe(0);
    expect(await visible('#table-features [data-country="mx"]')).toBeGreaterThan(0);
  });

  it('without JavaScript shows every country, every table and no chart buttons', async () => {
    const noscript = await newContext(browser, { javaScriptEnabled: false, viewport: viewports.phone });
    const p = await noscript.newPage();
    await p.goto(at('es/compare/'));
    expect(await p.locator('.chooser').isVisible()).toBe(false);
    for (const id of ['cl', 'mx']) expect(await p.locator(`#table-features thead [data-country="${id}"]`).isVisible()).toBe(true);
    expect(await p.locator('button[data-chart-tool]').evaluateAll((b) => b.filter((x) => (x as HTMLElement).checkVisibility()).length)).toBe(0);
    for (const table of await p.locator('figure.chart table').all()) expect(await table.isVisible()).toBe(true);
    expect(await p.locator('a[href="#table-presence"]').isVisible()).toBe(true);
    await p.goto(at('en/search/'));
    expect(await p.locator('[data-search-noscript]').isVisible()).toBe(true);
    await noscript.close();
  });
});

describe('at scale, under a sub-path: 62 countries, site served at /atlas/', () => {
  const extra = 60;
  let project: TempProject;
  let scaled: RunningServer;
  let tab: Page;
  let tabProblems: PageProblems;

  beforeAll(async () => {
    project = tempProject('atlas-reader-scale-');
    const template = parse(project.read('countries/mx.yaml')) as { institutions: { accounts: { handle?: string; url?: string }[] }[] };
    // An account belongs to one country (the content check says so): the copies' accounts get no handle or address.
    for (const account of template.institutions.flatMap((i) => i.accounts ?? [])) {
      delete account.handle;
      delete account.url;
    }
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let n = 1; n <= extra; n++) {
      // Made-up countries (not data): Q*, X* and Z* codes are not assigned to real countries.
      const iso = `${'QXZ'[Math.floor((n - 1) / 26)]}${letters[(n - 1) % 26]}`;
      const country = { ...template, iso, name: { es: `País de prueba ${n}`, en: `Test country ${n}` } };
      project.write(`countries/t${String(n).padStart(2, '0')}.yaml`, stringify(country));
    }
    // An entry that embeds a chart of every country (no `countries`): summarised as on the comparison page.
    project.write(
      'articles/en/every-country-chart.mdx',
      [
        '---',
        'title: Twitter followers across the atlas',
        'summary: "A test entry that embeds the Twitter chart for every country."',
        'published: 2026-11-24',
        'authors: ["Digital Diplomacy Atlas team"]',
        'tags: []',
        'countries: []',
        'sources: [benayas-2021]',
        'singleLanguage: true',
        '---',
        '',
        'Every country at once:',
        '',
        '<Chart id="followers-twitter" />',
        '',
      ].join('\n'),
    );
    // Vitest puts BASE_URL, MODE, DEV and PROD in process.env, and the child build would take them
    // for its own import.meta.env: name the ones a production build under /atlas/ has.
    const result = project.build({ ATLAS_BASE: '/atlas/', BASE_URL: '/atlas/', MODE: 'production', DEV: '', PROD: '1' });
    if (result.status !== 0) throw new Error(`the scaled build failed:\n${result.output.slice(-3000)}`);
    scaled = await serveDist(project.outDir, '/atlas/');
    tab = await context.newPage();
    tabProblems = watchPage(tab, scaled.origin);
  }, 300_000);

  afterAll(async () => {
    await scaled?.close();
    project?.remove();
  });

  it('finds a country in the chooser, compares just two of 62, and fits a phone', async () => {
    await tab.setViewportSize(viewports.phone);
    await tab.goto(`${scaled.url}en/compare/`);
    const boxes = tab.locator('.chooser__list input[type="checkbox"]');
    expect(await boxes.count()).toBe(extra + 2);
    // The list scrolls inside its own box instead of pushing the tables off the page.
    const listHeight = await tab.locator('.chooser__list').evaluate((el) => el.getBoundingClientRect().height);
    expect(listHeight).toBeLessThan(300);

    await tab.getByRole('searchbox', { name: 'Find a country' }).fill('test country 4');
    const shown = await tab.locator('.chooser__list li').evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.textContent!.trim()));
    expect(shown.map((s) => s.replace(/\s+/g, ' '))).toEqual(['Test country 4 QD', ...Array.from({ length: 10 }, (_, i) => `Test country ${40 + i} ${'QXZ'[Math.floor((39 + i) / 26)]}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[(39 + i) % 26]}`)]);
    await tab.getByRole('searchbox', { name: 'Find a country' }).fill('');
    await tab.getByRole('button', { name: 'None' }).click();
    expect(await tab.locator('.chooser__status').textContent()).toBe('No country is ticked: all are shown.');
    await tab.getByRole('searchbox', { name: 'Find a country' }).fill('chile');
    await tab.getByRole('checkbox', { name: /Chile/ }).check();
    await tab.getByRole('searchbox', { name: 'Find a country' }).fill('mexico');
    await tab.getByRole('checkbox', { name: /Mexico/ }).check();
    expect(await tab.locator('.chooser__status').textContent()).toBe('Comparing 2 of 62 countries.');
    const headers = await tab.locator('#table-features thead th').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).checkVisibility()).map((th) => th.textContent!.trim()));
    expect(headers).toEqual(['Content', 'Chile', 'Mexico']);
    await tab.locator('#chart-followers-twitter atlas-chart').scrollIntoViewIfNeeded();
    await tab.waitForFunction(() => document.querySelector<HTMLElement>('#chart-followers-twitter atlas-chart')?.dataset.drawn === 'true');
    expect(await tab.locator('#chart-followers-twitter atlas-chart').getAttribute('data-countries')).toBe('cl mx');
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewports.phone.width);
    expect(tabProblems.list.join('\n')).toBe('');
  });

  it('shows one row per country in each comparison chart and in an entry’s chart of every country, and says how many accounts that leaves out', async () => {
    type Yaml = { institutions: { accounts?: { platform: string; created?: unknown[] }[] }[] };
    const accounts = (file: string) => (parse(project.read(file)) as Yaml).institutions.flatMap((i) => i.accounts ?? []);
    const countAll = (test: (a: { platform: string; created?: unknown[] }) => boolean) =>
      accounts('countries/cl.yaml').filter(test).length + (extra + 1) * accounts('countries/mx.yaml').filter(test).length;
    await tab.setViewportSize(viewports.desktop);
    await tab.goto(`${scaled.url}en/compare/`);
    const chart = (id: string) => tab.locator(`#chart-${id}`);
    for (const [id, total] of [
      ['followers-twitter', countAll((a) => a.platform === 'twitter')],
      ['accounts-timeline', countAll((a) => (a.created?.length ?? 0) > 0)],
    ] as const) {
      expect(await chart(id).locator('tbody tr[data-country]').evaluateAll((rows) => new Set(rows.map((r) => r.getAttribute('data-country'))).size)).toBe(extra + 2);
      expect(await chart(id).locator('tbody th[scope="row"]').count()).toBe(extra + 2);
      expect(await chart(id).locator('.chart__source').textContent()).toContain(`This chart shows ${extra + 2} of ${total.toLocaleString('en-GB')} accounts`);
    }
    expect(await chart('followers-twitter').locator('figcaption').textContent()).toBe('Followers on Twitter: the top account of each country');
    // The same in an entry that embeds the chart for every country; the study article names its two.
    await tab.goto(`${scaled.url}en/articles/every-country-chart/`);
    expect(await tab.locator('#chart-followers-twitter figcaption').textContent()).toBe('Followers on Twitter: the top account of each country');
    expect(await tab.locator('#chart-followers-twitter tbody th[scope="row"]').count()).toBe(extra + 2);
    await tab.goto(`${scaled.url}en/articles/diplomacia-publica-digital-mexico-chile/`);
    expect(await tab.locator('figure.chart figcaption', { hasText: 'Followers on Twitter' }).first().textContent()).toBe('Followers on Twitter, by account');
    await tab.goto(`${scaled.url}en/compare/`);
    // Highest figure first, so the chart reads as a ranking.
    const values = await chart('followers-twitter').locator('tbody td[data-value]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await chart('followers-twitter').locator('atlas-chart').scrollIntoViewIfNeeded();
    await tab.waitForFunction(() => document.querySelector<HTMLElement>('#chart-followers-twitter atlas-chart')?.dataset.drawn === 'true');
    expect(tabProblems.list.join('\n')).toBe('');
  });

  it('searches under the sub-path and links results there', async () => {
    await tab.goto(`${scaled.url}en/search/?q=Test%20country%2057`);
    const results = tab.locator('.search__results li a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const href of hrefs) expect(href.startsWith('/atlas/en/'), href).toBe(true);
    expect(hrefs).toContain('/atlas/en/countries/t57/');
    const response = await tab.request.get(`${scaled.origin}${hrefs[0]}`);
    expect(response.status()).toBe(200);
    expect(tabProblems.list.join('\n')).toBe('');
  });
});
