/**
 * End to end in Chromium against the built site served on localhost, for every URL in the sitemap:
 * loads with no console error, no failed request and no request to another origin (the CSP is in
 * force, so a blocked inline script shows up here too); charts draw and keep their tables; the
 * page fits 390 px and 1280 px wide; the language switch lands on the same page in the other
 * language and back; with JavaScript off, the tables and the text are all there; nothing moves
 * when the scripts run after the first paint (what they show or hide holds its place from the start).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { distDir } from '../support/dist.ts';
import { launchBrowser, newContext, viewports, watchPage, type PageProblems } from '../support/browser.ts';
import { basePath, sitemapPaths } from '../support/sitemap.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

// Each test opens a page two or three times in Chromium: room for a slow, busy CI machine.
vi.setConfig({ testTimeout: 90_000 });

const paths = sitemapPaths();

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** One reusable tab per situation, each with its problem log. */
const tabs = {} as Record<'desktop' | 'phone' | 'noscript', { page: Page; problems: PageProblems }>;

beforeAll(async () => {
  server = await serveDist(distDir, basePath);
  browser = await launchBrowser();
  const situations = {
    desktop: { viewport: viewports.desktop },
    phone: { viewport: viewports.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    noscript: { viewport: viewports.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 1, javaScriptEnabled: false },
  } as const;
  for (const [name, options] of Object.entries(situations)) {
    const context = await newContext(browser, options);
    contexts.push(context);
    const page = await context.newPage();
    tabs[name as keyof typeof tabs] = { page, problems: watchPage(page, server.origin) };
  }
});

/**
 * Layout shifts since the page started loading. All of them: Chromium marks some as after "recent
 * input" when the page has had none, and these tests never type or click before measuring.
 */
function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const found: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as PerformanceEntry & { value: number; sources?: { node?: Node | null }[] };
            if (shift.value < 0.001) continue;
            const moved = (shift.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 70) : String(s.node)));
            found.push(`${shift.value.toFixed(3)} at ${Math.round(shift.startTime)} ms: ${moved.join(' | ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(found), 500);
      }),
  );
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(tab: { page: Page; problems: PageProblems }, path: string): Promise<void> {
  tab.problems.reset();
  const response = await tab.page.goto(server.origin + path, { waitUntil: 'load' });
  expect(response?.status(), `${path} answered HTTP ${response?.status()}`).toBe(200);
}

/** Scrolls each chart into view, waits for it to draw, and reports what it found. */
async function drawCharts(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const charts = page.locator('atlas-chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    const name = (await chart.evaluate((el) => el.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? el.closest('[id]')?.id ?? `chart ${i + 1}`)) as string;
    try {
      await page.waitForFunction((el) => (el as HTMLElement).dataset.drawn === 'true', await chart.elementHandle(), { timeout: 10_000 });
    } catch {
      problems.push(`chart "${name}" was not drawn within 10 s of being scrolled into view`);
      continue;
    }
    const result = await chart.evaluate((el) => {
      const canvas = el.querySelector('canvas');
      if (!canvas) return { error: 'no <canvas>' };
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return { error: `empty canvas ${canvas.width}x${canvas.height}` };
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) painted++;
      const box = canvas.getBoundingClientRect();
      const figure = el.closest('figure');
      const table = figure?.querySelector('table');
      return { painted, total: canvas.width * canvas.height, width: box.width, height: box.height, rows: table?.querySelectorAll('tbody tr').length ?? -1 };
    });
    if ('error' in result) problems.push(`chart "${name}": ${result.error}`);
    else {
      if (result.painted < 500) problems.push(`chart "${name}" is blank (${result.painted} painted pixels of ${result.total})`);
      if (result.width < 100 || result.height < 100) problems.push(`chart "${name}" is too small to read (${Math.round(result.width)}x${Math.round(result.height)} px)`);
      if (result.rows < 1) problems.push(`chart "${name}" has no data table with rows in its figure`);
    }
  }
  return problems;
}

/** The page must not scroll sideways: only its own scroll boxes (tables) may. */
async function horizontalOverflow(page: Page): Promise<string | undefined> {
  const { scrollWidth, innerWidth, culprit } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Name the widest element that sticks out, to make the failure easy to fix.
    let culprit = '';
    let widest = width;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > widest + 1 && getComputedStyle(el).position !== 'fixed') {
        let clipped = false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') {
            clipped = true;
            break;
          }
        }
        if (!clipped) {
          widest = r.right;
          culprit = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(r.right)} px)`;
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprit };
  });
  return scrollWidth > innerWidth ? `page scrolls sideways: scrollWidth ${scrollWidth} > viewport ${innerWidth}${culprit ? `; widest: ${culprit}` : ''}` : undefined;
}

/**
 * What a reader can read on the page: each table (by caption) and each block of text in <main>,
 * as "tag|text" keys, visible ones only. UI that only works with JavaScript says so with
 * data-requires-js and is left out.
 */
async function readable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
    const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const out: string[] = [];
    for (const el of document.querySelectorAll('main table, main :is(h1, h2, h3, h4, p, li, dt, dd, figcaption, caption, blockquote, td, th)')) {
      if (el.closest('template, [data-requires-js]')) continue;
      const text = el.tagName === 'TABLE' ? norm(el.querySelector('caption')?.textContent ?? el.querySelector('tr')?.textContent) : norm(el.textContent);
      if (text && visible(el)) out.push(`${el.tagName.toLowerCase()}|${text}`);
    }
    return out;
  });
}

/** Readable text per page with JavaScript on, at phone width (filled by the first test of each page). */
const readableWithJs = new Map<string, string[]>();

describe.each(paths)('%s', (path) => {
  it('loads cleanly, draws its charts and fits 1280 px and 390 px', async () => {
    const problems: string[] = [];
    for (const name of ['desktop', 'phone'] as const) {
      const tab = tabs[name];
      await open(tab, path);
      const width = viewports[name].width;
      problems.push(...(await drawCharts(tab.page)).map((p) => `${width} px: ${p}`));
      const overflow = await horizontalOverflow(tab.page);
      if (overflow) problems.push(`${width} px: ${overflow}`);
      if (name === 'phone') readableWithJs.set(path, await readable(tab.page));
      problems.push(...tab.problems.list.map((p) => `${width} px: ${p}`));
    }
    expect(problems.join('\n')).toBe('');
  });

  it('holds its layout when its scripts run after the first paint: no layout shift', async () => {
    // On a slow phone the page is painted before its module scripts run, so anything they show,
    // hide or fill in must already hold its place. Made certain here: the page's module scripts
    // are set aside, and put back only once the first frame is painted.
    const context = await newContext(browser, { viewport: viewports.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.route(
      (url) => url.origin === server.origin,
      async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const body = (await response.text()).replaceAll('<script type="module"', '<script type="text/atlas-later"');
        await route.fulfill({ response, body });
      },
    );
    await page.addInitScript(() => {
      addEventListener('DOMContentLoaded', () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            for (const later of document.querySelectorAll('script[type="text/atlas-later"]')) {
              const script = document.createElement('script');
              script.type = 'module';
              if (later.getAttribute('src')) script.src = later.getAttribute('src')!;
              else script.textContent = later.textContent;
              later.replaceWith(script);
            }
            (window as unknown as { __scriptsBack: boolean }).__scriptsBack = true;
          }, 100),
        ),
      );
    });
    const tab = { page, problems: watchPage(page, server.origin) };
    await open(tab, path);
    await page.waitForFunction(() => (window as unknown as { __scriptsBack?: boolean }).__scriptsBack === true);
    await page.waitForTimeout(300);
    expect((await layoutShifts(page)).join('\n')).toBe('');
    expect(tab.problems.list.join('\n')).toBe('');
    await context.close();
  });

  it('language switch lands on the same page in the other language and back (keyboard)', async () => {
    const localized = /^[a-z]{2}(-[A-Za-z]+)?$/.test(path.slice(basePath.length).split('/')[0] ?? '');
    if (!localized) return; // the root language choice and similar pages have no switch
    const { page, problems } = tabs.desktop;
    await open(tabs.desktop, path);
    const lang = await page.locator('html').getAttribute('lang');
    const switches = await page.locator('header a[data-lang-switch]').evaluateAll((links) =>
      links.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname, hreflang: a.getAttribute('hreflang') })),
    );
    expect(switches.length, `${path} has no language switch (header a[data-lang-switch])`).toBeGreaterThan(0);
    for (const [i, target] of switches.entries()) {
      if (i > 0) await open(tabs.desktop, path);
      await page.locator(`header a[data-lang-switch][hreflang="${target.hreflang}"]`).focus();
      await Promise.all([page.waitForURL((u) => u.pathname === target.href), page.keyboard.press('Enter')]);
      expect(await page.locator('html').getAttribute('lang'), `switch from ${path} lands on a page in ${target.hreflang}`).toBe(target.hreflang);
      // The landing page says it is the same page: its alternate for our language is where we came from.
      const back = page.locator(`header a[data-lang-switch][hreflang="${lang}"]`);
      expect(await back.count(), `${target.href} has a switch back to ${lang}`).toBe(1);
      expect(new URL((await back.getAttribute('href'))!, server.origin).pathname, `${target.href} switches back to ${path}`).toBe(path);
      await back.focus();
      await Promise.all([page.waitForURL((u) => u.pathname === path), page.keyboard.press('Enter')]);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(problems.list.join('\n')).toBe('');
    }
  });

  it('with JavaScript off, the tables and the text are all there', async () => {
    if (!readableWithJs.has(path)) {
      await open(tabs.phone, path);
      await drawCharts(tabs.phone.page);
      readableWithJs.set(path, await readable(tabs.phone.page));
    }
    const tab = tabs.noscript;
    await open(tab, path);
    const without = new Set(await readable(tab.page));
    // Whatever a reader sees with JavaScript, they see without it (at the same width).
    const missing = [...new Set(readableWithJs.get(path))]
      .filter((key) => !without.has(key))
      .map((key) => `without JavaScript, this is missing or hidden: <${key.replace('|', '> "')}" (mark UI that needs JavaScript with data-requires-js)`);
    // Every table is shown without JavaScript (with it, a drawn chart may fold its table away),
    // unless a reader folded it (closed <details>) or it belongs to JavaScript-only UI.
    missing.push(
      ...(await tab.page.evaluate(() =>
        [...document.querySelectorAll('table')]
          .filter((t) => !t.closest('template, details:not([open]), [data-requires-js]'))
          .flatMap((t) => {
            const label = (t.querySelector('caption')?.textContent ?? t.id).replace(/\s+/g, ' ').trim().slice(0, 80);
            const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
            if (!visible(t)) return [`without JavaScript, table "${label}" is hidden`];
            const hidden = [...t.querySelectorAll('tr')].filter((tr) => !visible(tr)).length;
            return hidden ? [`without JavaScript, table "${label}" hides ${hidden} rows`] : [];
          }),
      )),
    );
    const textLength = await tab.page.evaluate(() => (document.querySelector('main') as HTMLElement | null)?.innerText.trim().length ?? 0);
    if (textLength < 40) missing.push('without JavaScript, <main> has (almost) no text');
    const overflow = await horizontalOverflow(tab.page);
    if (overflow) missing.push(`${viewports.phone.width} px without JavaScript: ${overflow}`);
    expect([...missing, ...tab.problems.list].join('\n')).toBe('');
  });
});
