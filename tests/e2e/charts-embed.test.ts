/**
 * Embedding a chart on another site, in Chromium, on the fixture site (served under /atlas/ with its
 * `_headers` applied as Netlify or Cloudflare Pages would): a page served from a second local origin
 * (another port) frames the chart with the code the "Embed" control gives, and the chart draws
 * inside the frame; the same page framing an ordinary page of the atlas is refused. Also: the PNG
 * and SVG exports carry the chart's credits.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from '../support/browser.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { builtSite } from '../support/sites.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

const site = builtSite('fixture');
const rules = parseHeadersFile(readFileSync(join(site.dist, '_headers'), 'utf8'));

let atlas: RunningServer;
let other: { origin: string; close(): Promise<void>; html: string };
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The second origin: one page whose body the test sets. */
async function serveOther(): Promise<typeof other> {
  const state = { html: '' };
  const server: Server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(state.html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(state, { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) });
}

beforeAll(async () => {
  atlas = await serveDist(site.dist, site.base);
  other = await serveOther();
  browser = await launchBrowser();
  context = await newContext(browser, { acceptDownloads: true });
  // The atlas's responses get the headers of its _headers file, frames included.
  await context.route(`${atlas.origin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, new URL(route.request().url()).pathname) } });
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await atlas?.close();
  await other?.close();
});

/** The "Embed" control's code for a chart of a page of the atlas, pointed at the local server instead of the site's address. */
async function embedCode(path: string, figure: string): Promise<string> {
  await page.goto(`${atlas.url}${path}`);
  await page.locator(`${figure} atlas-chart`).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => document.querySelector<HTMLElement>(`${sel} atlas-chart`)?.dataset.drawn === 'true', figure);
  const button = page.locator(`${figure} button[data-chart-tool="embed"]`);
  await button.click();
  // The tool is fetched on the first click.
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
  const code = await page.locator(`${figure}-embed textarea`).inputValue();
  const canonical = new URL(await page.locator('link[rel="canonical"]').getAttribute('href') as string);
  return code.replace(`${canonical.origin}${site.base}`, atlas.url);
}

async function frameOf(html: string): Promise<Frame> {
  other.html = `<!doctype html><html lang="en"><title>Another site</title><h1>Another site</h1>${html}</html>`;
  await page.goto(other.origin);
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  // A lazy frame in view starts loading at once; wait until it has left about:blank (for a page or, refused, an error page).
  await expect.poll(() => frame.url()).toMatch(/^(http|chrome-error):/);
  return frame;
}

describe('a chart embedded on another site', () => {
  it('gives <iframe> code for the chart’s embed page, lazy and titled', async () => {
    const code = await embedCode('en/compare/', '#chart-followers-twitter');
    expect(code).toMatch(new RegExp(`^<iframe src="${atlas.url}en/embed/followers-twitter/" title="Twitter followers: [^"]+" width="100%" height="\\d+" style="border:0" loading="lazy"></iframe>$`));
    // A country page's chart keeps its country (YouTube views: few enough accounts that the embed page shows each one).
    expect(await embedCode('es/countries/xr/', '#chart-views-youtube')).toContain(`src="${atlas.url}es/embed/views-youtube/?countries=xr"`);
  });

  it('draws inside a frame on a page of another origin', async () => {
    const frame = await frameOf(await embedCode('en/compare/', '#chart-accounts-timeline'));
    expect(new URL(frame.url()).origin).toBe(atlas.origin);
    expect(new URL(page.url()).origin).not.toBe(atlas.origin);
    await frame.locator('atlas-chart').scrollIntoViewIfNeeded();
    await frame.waitForFunction(() => document.querySelector<HTMLElement>('atlas-chart')?.dataset.drawn === 'true', undefined, { timeout: 15_000 });
    const painted = await frame.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(500);
    // Its context travels with it: the dated title, the legend and the footer with source and licence.
    expect(await frame.locator('figcaption').textContent()).toMatch(/^When each country opened its first official account, 2010$/);
    expect(await frame.locator('.chart__legend').textContent()).toContain('Ruritania');
    expect(await frame.locator('.chart__credit').textContent()).toMatch(/Licence: CC BY 4\.0/);
  });

  it('keeps the other pages of the atlas out of frames', async () => {
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    const frame = await frameOf(`<iframe src="${atlas.url}en/compare/" title="A page that may not be framed"></iframe>`);
    await page.waitForLoadState('load');
    expect(await frame.evaluate(() => document.title).catch(() => '')).not.toMatch(/Atlas/);
    expect(messages.join('\n')).toMatch(/frame-ancestors/);
  });
});

describe('exports with their credits', () => {
  it('downloads the chart as SVG and as PNG, the SVG holding title, legend, values, source, date, address and licence', async () => {
    await page.goto(`${atlas.url}en/compare/`);
    const figure = page.locator('#chart-views-youtube');
    await figure.locator('atlas-chart').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#chart-views-youtube atlas-chart')?.dataset.drawn === 'true');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-chart-tool="svg"]').click()]);
    expect(svgDownload.suggestedFilename()).toBe('atlas-views-youtube-en.svg');
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    // MAE's YouTube channel: "more than 750,000" views in March 2020, "more than 987,654" on 15 January 2025 (xr.yaml).
    for (const expected of ['YouTube views of official accounts, March 2020 to 15 January 2025', 'more than 750,000', 'more than 987,654', 'March 2020', '15 January 2025', 'Licence: CC BY 4.0', `${site.site}${site.base}en/compare/#chart-views-youtube`]) {
      expect(svg, expected).toContain(expected);
    }
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-chart-tool="png"]').click()]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the SVG's size.
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(png.readUInt32BE(16)).toBe(width * 2);
  });
});
