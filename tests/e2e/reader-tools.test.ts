/**
 * Reader tools in Chromium, on the fixture site (tests/fixture-site) served on localhost under its
 * sub-path /atlas/: search per language with nothing loaded before the reader searches, chart tools
 * (show as table, PNG download, permalinks, data files), the country chooser, what stays without
 * JavaScript, and how the comparison behaves with many accounts: the fixture's seven countries hold
 * more than 60 accounts, so the comparison charts show one row per country.
 *
 * Expectations come from the fixture files: seven countries (Borduria xb, Elbonia xe, Freedonia xf,
 * Genovia xg, Kravia xk, Latveria xl, Ruritania xr); Freedonia has no account; 69 Twitter accounts
 * (4 of Ruritania, 13 in each bulk country) and 70 accounts with a creation date; Facebook and
 * YouTube figures only for Ruritania's ministry.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchBrowser, newContext, viewports, watchPage, type PageProblems } from '../support/browser.ts';
import { builtSite } from '../support/sites.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

const site = builtSite('fixture');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  server = await serveDist(site.dist, site.base);
  browser = await launchBrowser();
  context = await newContext(browser, { acceptDownloads: true });
  page = await context.newPage();
  problems = watchPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of the fixture site, which lives under /atlas/: "es/compare/" → "http://127.0.0.1:…/atlas/es/compare/". */
const at = (path: string) => `${server.url}${path}`;

async function open(path: string, p = page) {
  problems.reset();
  const response = await p.goto(at(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

async function drawn(figure: string, p = page) {
  await p.locator(`${figure} atlas-chart`).scrollIntoViewIfNeeded();
  await p.waitForFunction((sel) => document.querySelector<HTMLElement>(`${sel} atlas-chart`)?.dataset.drawn === 'true', figure, { timeout: 15_000 });
}

/** The path of each link a locator matches. */
const paths = (links: ReturnType<Page['locator']>) => links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search', () => {
  for (const [locale, query, other] of [
    ['es', 'Ruritania', 'en'],
    ['en', 'Freedonia', 'es'],
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
      // Pagefind comes from under the base path, like everything else.
      expect(fetched.some((u) => u.endsWith('/atlas/pagefind/pagefind.js'))).toBe(true);
      const hrefs = await paths(results);
      for (const href of hrefs) {
        expect(href.startsWith(`/atlas/${locale}/`), href).toBe(true);
        expect(href.startsWith(`/atlas/${other}/`), href).toBe(false);
      }
      // The country's own page is among the results.
      expect(hrefs).toContain(`/atlas/${locale}/countries/${query === 'Ruritania' ? 'xr' : 'xf'}/`);
      await expect.poll(() => page.locator('.search__status').textContent()).toMatch(new RegExp(query));
      // The excerpt marks the match; the address keeps the query, so the search can be shared.
      await expect.poll(() => page.locator('.search__results mark').count()).toBeGreaterThan(0);
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

  it('searches under the sub-path and links results there', async () => {
    await open('en/search/?q=Kravia');
    const results = page.locator('.search__results li a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await paths(results);
    for (const href of hrefs) expect(href.startsWith('/atlas/en/'), href).toBe(true);
    expect(hrefs).toContain('/atlas/en/countries/xk/');
    const response = await page.request.get(`${server.origin}${hrefs[0]}`);
    expect(response.status()).toBe(200);
    expect(problems.list.join('\n')).toBe('');
  });
});

describe('chart tools', () => {
  it('shows the table until the chart is drawn, then the picture, and the table at the press of a real button (mouse and keyboard)', async () => {
    const fig = '#chart-followers-twitter';
    const table = page.locator(`${fig} .chart__table`);
    const canvas = page.locator(`${fig} canvas`);
    const toggle = page.locator(`${fig} button[data-chart-tool="table"]`);
    // Hold back the chart code until the page has been looked at without it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const chunk = /\/_astro\/chart-render\.[^/]*\.js$/;
    let requested = false;
    await page.route(chunk, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    try {
      await open('es/compare/');
      await page.locator(`${fig} atlas-chart`).scrollIntoViewIfNeeded();
      await expect.poll(() => requested).toBe(true);
      // Before drawing, the table is what there is, and no button that cannot work yet.
      expect(await table.isVisible()).toBe(true);
      expect(await canvas.isVisible()).toBe(false);
      expect(await toggle.isVisible()).toBe(false);
    } finally {
      release();
    }
    await drawn(fig);
    await page.unroute(chunk);
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await canvas.isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(false);
    expect(await toggle.textContent()).toBe('Ver como tabla');

    // The button says what it will show: the table, then the chart again.
    await toggle.click();
    expect(await table.isVisible()).toBe(true);
    expect(await canvas.isVisible()).toBe(false);
    expect(await toggle.textContent()).toBe('Ver como gráfico');

    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.textContent()).toBe('Ver como tabla');
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
    // Drawing can move what is above the chart: wait for the page to settle on the target.
    await expect.poll(() => page.locator('#chart-views-youtube').evaluate((el) => Math.abs(el.getBoundingClientRect().top))).toBeLessThan(80);

    await page.goto('about:blank');
    await open('es/compare/#chart-views-youtube-table');
    await drawn('#chart-views-youtube');
    await expect.poll(() => page.locator('#chart-views-youtube').getAttribute('data-view')).toBe('table');
    expect(await page.locator('#chart-views-youtube-table').isVisible()).toBe(true);

    // The permalink beside a table is an ordinary link to its anchor.
    await open('en/compare/');
    await page.locator('a[href="#table-features"]').click();
    expect(new URL(page.url()).hash).toBe('#table-features');
    await expect.poll(async () => (await page.locator('#table-features').boundingBox())?.y ?? Infinity).toBeLessThan(100);
    expect(problems.list.join('\n')).toBe('');
  });

  it('serves the CSV and JSON the links point to, under the sub-path, with every account (not only the charted ones)', async () => {
    await open('en/compare/');
    const hrefs = await page.locator('#chart-followers-twitter a[download]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => new URL(h).pathname).sort()).toEqual(['/atlas/data/followers-twitter.csv', '/atlas/data/followers-twitter.json']);
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.text();
      expect(body).toContain('@MAE_Ruritania');
      // Borduria's first embassy is not its top account, so the chart leaves it out; the data keeps it.
      expect(body).toContain('@BorduriaEmb01');
    }
  });
});

describe('compare countries', () => {
  const visible = (sel: string) => page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
  const status = () => page.locator('.chooser__status').textContent();

  it('narrows tables and charts to the ticked countries and keeps the choice in the address', async () => {
    await open('en/compare/');
    expect(await page.locator('.chooser').isVisible()).toBe(true);
    expect(await status()).toBe('Comparing 7 of 7 countries.');
    await drawn('#chart-followers-twitter');
    const chart = page.locator('#chart-followers-twitter atlas-chart');

    await page.getByRole('button', { name: 'None' }).click();
    expect(await status()).toBe('No country is ticked: all are shown.');
    expect(new URL(page.url()).searchParams.has('countries')).toBe(false);
    expect(await chart.getAttribute('data-countries')).toBeNull();

    await page.getByRole('checkbox', { name: /Borduria/ }).check();
    expect(await status()).toBe('Tick at least two countries to compare (now 1).');
    expect(new URL(page.url()).searchParams.get('countries')).toBe('xb');

    await page.getByRole('checkbox', { name: /Freedonia/ }).check();
    expect(await status()).toBe('Comparing 2 of 7 countries.');
    expect(new URL(page.url()).searchParams.get('countries')).toBe('xb,xf');
    expect(await visible('#table-features [data-country="xr"]')).toBe(0);
    expect(await visible('#table-presence [data-country="xr"]')).toBe(0);
    expect(await visible('#table-features [data-country="xb"]')).toBeGreaterThan(0);
    expect(await visible('#table-features [data-country="xf"]')).toBeGreaterThan(0);
    // Charts are redrawn with Borduria's top account only (Freedonia has none): one bar, so the smallest frame.
    expect(await chart.getAttribute('data-countries')).toBe('xb xf');
    await expect.poll(() => chart.locator('.chart__canvas').getAttribute('data-height')).toBe('10rem');
    // The charts' tables keep the chosen countries' rows only (hidden behind the picture, but there at the press of "show as table").
    const deselected = (sel: string) => page.locator(sel).evaluateAll((rows) => rows.map((r) => r.classList.contains('is-deselected')));
    expect(await deselected('figure.chart tbody tr[data-country="xr"]')).toEqual(expect.arrayContaining([true]));
    expect(await deselected('figure.chart tbody tr[data-country="xr"]')).not.toContain(false);
    expect(await deselected('#chart-followers-twitter tbody tr[data-country="xb"]')).toEqual([false]);
    for (const row of await page.locator('figure.chart tbody tr[data-country="xr"]').all()) expect(await row.isVisible()).toBe(false);
    // A chart with no bar left (only Ruritania has YouTube figures) shows its table rather than an empty frame.
    await drawn('#chart-views-youtube');
    await expect.poll(() => page.locator('#chart-views-youtube .chart__canvas').isVisible()).toBe(false);
    expect(await page.locator('#chart-views-youtube .chart__table').isVisible()).toBe(true);
    expect(await page.locator('#chart-views-youtube tbody tr[data-country="xr"]').first().isVisible()).toBe(false);
    // Its legend keeps only the countries chosen.
    expect(await page.locator('#chart-accounts-timeline .chart__legend li[data-country]').evaluateAll((lis) => lis.filter((li) => (li as HTMLElement).checkVisibility()).map((li) => li.getAttribute('data-country')))).toEqual(['xb']);

    // Keyboard: Space unticks a box, Enter on "All" ticks every country again.
    await page.getByRole('checkbox', { name: /Freedonia/ }).focus();
    await page.keyboard.press('Space');
    expect(await status()).toBe('Tick at least two countries to compare (now 1).');
    await page.getByRole('button', { name: 'All' }).focus();
    await page.keyboard.press('Enter');
    expect(await status()).toBe('Comparing 7 of 7 countries.');
    expect(await chart.getAttribute('data-countries')).toBeNull();
    expect(new URL(page.url()).searchParams.has('countries')).toBe(false);
    expect(await visible('#table-features [data-country="xr"]')).toBeGreaterThan(0);
    expect(problems.list.join('\n')).toBe('');
  });

  // A choice that leaves a chart no bar draws no chart object; the next choice must still draw it.
  it('draws a chart again once countries with bars are ticked after a choice that left it empty', async () => {
    await open('en/compare/?countries=xb,xf');
    await drawn('#chart-views-youtube');
    const frame = page.locator('#chart-views-youtube .chart__canvas');
    expect(await frame.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'All' }).click();
    expect(await page.locator('#chart-views-youtube atlas-chart').getAttribute('data-countries')).toBeNull();
    await expect.poll(() => frame.isVisible(), { timeout: 5_000 }).toBe(true);
  });

  it('opens a shared comparison from the address', async () => {
    await open('es/compare/?countries=xr,xf');
    expect(await page.getByRole('checkbox', { name: /Borduria/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Ruritania/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Freedonia/ }).isChecked()).toBe(true);
    expect(await status()).toBe('Se comparan 2 de 7 países.');
    expect(await visible('#table-features [data-country="xb"]')).toBe(0);
    expect(await visible('#table-features [data-country="xr"]')).toBeGreaterThan(0);
  });

  it('without JavaScript shows every country, every table and no chart buttons', async () => {
    const noscript = await newContext(browser, { javaScriptEnabled: false, viewport: viewports.phone });
    const p = await noscript.newPage();
    await p.goto(at('es/compare/'));
    expect(await p.locator('.chooser').isVisible()).toBe(false);
    for (const id of ['xb', 'xe', 'xf', 'xg', 'xk', 'xl', 'xr']) expect(await p.locator(`#table-features thead [data-country="${id}"]`).isVisible(), id).toBe(true);
    expect(await p.locator('button[data-chart-tool]').evaluateAll((b) => b.filter((x) => (x as HTMLElement).checkVisibility()).length)).toBe(0);
    const tables = await p.locator('figure.chart table').all();
    expect(tables.length).toBe(4);
    // Off-screen figures are laid out only as they near the viewport (content-visibility): scrolled to, as a reader does.
    for (const table of tables) {
      await table.scrollIntoViewIfNeeded();
      expect(await table.isVisible()).toBe(true);
    }
    expect(await p.locator('a[href="#table-presence"]').isVisible()).toBe(true);
    await p.goto(at('en/search/'));
    expect(await p.locator('[data-search-noscript]').isVisible()).toBe(true);
    await noscript.close();
  });

  it('finds a country in the chooser, compares just two of seven, and fits a phone', async () => {
    await page.setViewportSize(viewports.phone);
    try {
      await open('en/compare/');
      const boxes = page.locator('.chooser__list input[type="checkbox"]');
      expect(await boxes.count()).toBe(7);
      // The list scrolls inside its own box instead of pushing the tables off the page, however many countries there are.
      const list = await page.locator('.chooser__list').evaluate((el) => ({ height: el.getBoundingClientRect().height, maxHeight: getComputedStyle(el).maxHeight, overflowY: getComputedStyle(el).overflowY }));
      expect(list.overflowY).toBe('auto');
      expect(list.maxHeight).not.toBe('none');
      expect(list.height).toBeLessThanOrEqual(parseFloat(list.maxHeight));
      expect(list.height).toBeLessThan(300);

      const find = page.getByRole('searchbox', { name: 'Find a country' });
      const shown = () =>
        page.locator('.chooser__list li').evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
      // Any part of the name, whatever the case, or the code.
      await find.fill('NIA');
      expect(await shown()).toEqual(['Elbonia XE', 'Freedonia XF', 'Ruritania XR']);
      await find.fill('xk');
      expect(await shown()).toEqual(['Kravia XK']);
      await find.fill('zz');
      expect(await shown()).toEqual([]);
      expect(await page.locator('.chooser__nomatch').textContent()).toBe('No country matches “zz”.');
      await find.fill('');
      expect((await shown()).length).toBe(7);

      await page.getByRole('button', { name: 'None' }).click();
      expect(await status()).toBe('No country is ticked: all are shown.');
      await find.fill('ruritania');
      await page.getByRole('checkbox', { name: /Ruritania/ }).check();
      await find.fill('borduria');
      await page.getByRole('checkbox', { name: /Borduria/ }).check();
      expect(await status()).toBe('Comparing 2 of 7 countries.');
      const headers = await page.locator('#table-features thead th').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).checkVisibility()).map((th) => th.textContent!.trim()));
      expect(headers).toEqual(['Content', 'Borduria', 'Ruritania']);
      await drawn('#chart-followers-twitter');
      expect(await page.locator('#chart-followers-twitter atlas-chart').getAttribute('data-countries')).toBe('xb xr');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewports.phone.width);
      expect(problems.list.join('\n')).toBe('');
    } finally {
      await page.setViewportSize(viewports.desktop);
    }
  });
});

describe('more than 60 accounts: one row per country', () => {
  const chart = (id: string) => page.locator(`#chart-${id}`);
  const rowCountries = (id: string) =>
    chart(id)
      .locator('tbody tr[data-country]')
      .evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-country')))]);

  it('ranks the top Twitter account of each country with an account, highest first, and says how many accounts that leaves out', async () => {
    await open('en/compare/');
    expect(await chart('followers-twitter').locator('figcaption').textContent()).toBe('Twitter followers: the top official account of each country, March 2020 to May 2024');
    // Ruritania's ministry (123,456 in 2020), then the bulk countries' 13th embassies: Elbonia 5,120 … Borduria 1,120.
    // Freedonia has no account, so no row.
    expect(await rowCountries('followers-twitter')).toEqual(['xr', 'xe', 'xl', 'xk', 'xg', 'xb']);
    expect(await chart('followers-twitter').locator('tbody th[scope="row"]').count()).toBe(6);
    const values = await chart('followers-twitter')
      .locator('tbody tr:not(.chart__later) td[data-value]')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    expect(values).toEqual([123456, 5120, 4120, 3120, 2120, 1120]);
    // 4 Twitter accounts in Ruritania and 13 in each of five bulk countries.
    expect(await chart('followers-twitter').locator('.chart__source').textContent()).toContain('This chart shows 6 of 69 accounts');
    await drawn('#chart-followers-twitter');
    expect(problems.list.join('\n')).toBe('');
  });

  it('shows the first account of each country in the timeline', async () => {
    await open('en/compare/');
    expect((await rowCountries('accounts-timeline')).sort()).toEqual(['xb', 'xe', 'xg', 'xk', 'xl', 'xr']);
    expect(await chart('accounts-timeline').locator('tbody th[scope="row"]').count()).toBe(6);
    // Ruritania has 5 accounts with a creation date, each bulk country 13.
    expect(await chart('accounts-timeline').locator('.chart__source').textContent()).toContain('This chart shows 6 of 70 accounts');
  });

  it('keeps a chart with few accounts per account, and states a single figure as a sentence', async () => {
    await open('en/compare/');
    expect(await chart('followers-facebook').locator('figcaption').textContent()).toBe('Facebook followers of official accounts, March 2020');
    expect(await chart('followers-facebook').locator('.chart__statement').textContent()).toBe('MAE Facebook: almost 500,000 followers (March 2020)');
    expect(await chart('followers-facebook').locator('tbody th[scope="row"]').count()).toBe(1);
    expect(await chart('followers-facebook').locator('.chart__source').textContent()).not.toContain('This chart shows');
  });

  it('summarises an entry’s chart of every country too, and keeps the one that names its country per account', async () => {
    await open('en/articles/estudio-ficticio/');
    expect(await page.locator('#chart-accounts-timeline figcaption').textContent()).toBe('When each country opened its first official account, 2010');
    expect(await page.locator('#chart-accounts-timeline tbody th[scope="row"]').count()).toBe(6);
    // <Chart id="followers-twitter" countries="xr" />: Ruritania's 4 Twitter accounts, each on its own row.
    expect(await page.locator('#chart-followers-twitter-xr figcaption').textContent()).toBe('Twitter followers of official accounts, March 2020 to May 2024');
    expect(await page.locator('#chart-followers-twitter-xr tbody th[scope="row"]').count()).toBe(4);
  });
});

describe('language switch', () => {
  // Every page's switch is checked without a browser (gates-static: same page, other language, and
  // back); here, that a reader follows it with the keyboard alone.
  // The fixture has three languages, so the switch is a menu: Enter opens it, Tab reaches a language.
  const switchTo = async (lang: string, path: string) => {
    await page.locator('header .lang-menu summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('header .lang-menu').getAttribute('open')).not.toBeNull();
    const link = page.locator(`header a[data-lang-switch][hreflang="${lang}"]`);
    for (let tabs = 0; tabs < 5 && !(await link.evaluate((a) => a === document.activeElement)); tabs++) await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL((u) => u.pathname === path), page.keyboard.press('Enter')]);
  };

  it('takes the keyboard to the same page in the other language and back, through the language menu', async () => {
    await open('es/countries/xr/');
    await switchTo('en', '/atlas/en/countries/xr/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await switchTo('es', '/atlas/es/countries/xr/');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(problems.list).toEqual([]);
  });
});
