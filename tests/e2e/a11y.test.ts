/**
 * Accessibility in Chromium, on every built page of both languages (and the root and 404 pages):
 * - axe-core with WCAG 2.0/2.1/2.2 A and AA rules plus best practices: 0 violations (charts drawn
 *   first); colour contrast again in the dark colour scheme;
 * - keyboard: Tab reaches the skip link first, Enter moves focus to <main>; every visible control
 *   (links, the language switch, filters) is reached by Tab and shows a visible focus indicator
 *   with at least 3:1 contrast; checkboxes, radios and selects respond to the keyboard;
 * - charts (with the axe run, light and dark): the canvas is an image with an accessible name,
 *   described by its table; every mark is named in text, so colour is never the only cue; chart
 *   colours have at least 3:1 contrast against the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allPages, distDir } from '../support/dist.ts';
import { launchBrowser, newContext, watchPage, type PageProblems } from '../support/browser.ts';
import { basePath } from '../support/sitemap.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Colours chart-render.ts's theme() reads for data marks (series) and for text, by CSS variable. */
const chartSeriesVars = ['--accent', '--accent-2', '--yes'];
const chartTextVar = '--text';
const chartBackgroundVar = '--bg';

// Every built page (the sitemap leaves out 404.html, which must be accessible too).
const pages = allPages().map((p) => `${basePath}${p.replace(/^\//, '')}`);

// Each test opens a page two or three times in Chromium: room for a slow, busy CI machine.
vi.setConfig({ testTimeout: 90_000 });

let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  server = await serveDist(distDir, basePath);
  browser = await launchBrowser();
  const context = await newContext(browser);
  page = await context.newPage();
  problems = watchPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.emulateMedia({ colorScheme });
  problems.reset();
  const response = await page.goto(server.origin + path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
}

async function drawAllCharts() {
  const charts = page.locator('atlas-chart');
  for (let i = 0; i < (await charts.count()); i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => (el as HTMLElement).dataset.drawn === 'true', await charts.nth(i).elementHandle(), { timeout: 10_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

async function axe(options: object): Promise<AxeViolation[]> {
  // evaluate() runs through DevTools, so the page's CSP (which forbids inline scripts) does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (opts) => {
    const results = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, opts);
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html })) }));
  }, options);
}

function report(path: string, violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${path}: [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.slice(0, 8).map((n) => `    at ${JSON.stringify(n.target)}: ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
        ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
      ].join('\n'),
    )
    .join('\n');
}

/** Contrast ratio of two CSS colours as the browser computes them (WCAG relative luminance). */
function contrastSource() {
  const parse = (c: string): [number, number, number, number] | undefined => {
    const m = c.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
    if (!m) return undefined;
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [parseFloat(m[1]!), parseFloat(m[2]!), parseFloat(m[3]!), a];
  };
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  /** Resolves any CSS colour to rgb() through the browser. */
  const resolve = (c: string) => {
    const probe = document.createElement('span');
    probe.style.color = c;
    document.body.append(probe);
    const out = getComputedStyle(probe).color;
    probe.remove();
    return out;
  };
  const ratio = (a: string, b: string) => {
    const x = parse(resolve(a));
    const y = parse(resolve(b));
    if (!x || !y) return NaN;
    const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (l1! + 0.05) / (l2! + 0.05);
  };
  /** The colour behind an element: the first ancestor with an opaque background. */
  const backgroundOf = (el: Element | null): string => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] >= 0.99) return getComputedStyle(e).backgroundColor;
    }
    return 'rgb(255, 255, 255)';
  };
  return { ratio, backgroundOf };
}

/** Charts: named images described by their tables, a text label for every mark, 3:1 colours. */
async function chartProblems(): Promise<string[]> {
  if ((await page.locator('atlas-chart').count()) === 0) return [];
  return (await page.evaluate(
    `(() => {
      const { ratio } = (${contrastSource.toString()})();
      const out = [];
      const css = getComputedStyle(document.documentElement);
      const v = (n) => css.getPropertyValue(n).trim();
      const bg = v(${JSON.stringify(chartBackgroundVar)});
      for (const name of ${JSON.stringify(chartSeriesVars)}) {
        const r = ratio(v(name), bg);
        if (!(r >= 3)) out.push('chart colour ' + name + ' (' + v(name) + ') has ' + r.toFixed(2) + ':1 contrast against the page (' + bg + '), needs 3:1');
      }
      const tr = ratio(v(${JSON.stringify(chartTextVar)}), bg);
      if (!(tr >= 4.5)) out.push('chart text colour has ' + tr.toFixed(2) + ':1 contrast, needs 4.5:1');
      document.querySelectorAll('atlas-chart').forEach((el, i) => {
        const figure = el.closest('figure');
        const title = (figure?.querySelector('figcaption')?.textContent || 'chart ' + (i + 1)).trim();
        const canvas = el.querySelector('canvas');
        if (!canvas) { out.push(title + ': no canvas'); return; }
        if (canvas.getAttribute('role') !== 'img') out.push(title + ': the canvas is not role="img"');
        const labelled = (canvas.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent || '').join(' ');
        const name = (canvas.getAttribute('aria-label') || labelled).trim();
        if (name.length < 5) out.push(title + ': the canvas has no accessible name');
        const described = (canvas.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean).map((id) => document.getElementById(id));
        if (!described.some((d) => d && (d.tagName === 'TABLE' || d.querySelector('table')))) out.push(title + ': the canvas is not described by its table (aria-describedby)');
        if (!figure || !figure.querySelector('table tbody tr')) out.push(title + ': no data table in the figure');
        // Colour is never the only cue: every bar or point is named by a text label, and
        // series in one chart have distinct names (the legend draws them filled / outlined).
        let payload;
        try { payload = JSON.parse(el.getAttribute('data-chart') || ''); } catch { out.push(title + ': unreadable chart data'); return; }
        const labels = payload.labels || [];
        if (labels.some((l) => !String(l).trim())) out.push(title + ': a mark has no text label');
        if (new Set(labels).size !== labels.length) out.push(title + ': two marks share a label, so only colour tells them apart');
        if (payload.datasets && payload.datasets.length > 1 && new Set(payload.datasets.map((d) => d.label)).size !== payload.datasets.length) out.push(title + ': two series share a name');
      });
      return out;
    })()`,
  )) as string[];
}

describe.each(pages)('%s', (path) => {
  it('axe: no WCAG 2.2 A/AA or best-practice violations; charts named, described, not colour alone, 3:1 (light and dark)', async () => {
    await open(path, 'light');
    await drawAllCharts();
    const light = await axe({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    const lightCharts = await chartProblems();
    // The dark scheme applies live: no reload needed for contrast and the chart colours.
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await axe({ runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] });
    const darkCharts = await chartProblems();
    expect(
      [report(path, light), report(`${path} (dark)`, dark), ...lightCharts.map((p) => `light: ${p}`), ...darkCharts.map((p) => `dark: ${p}`), ...problems.list].filter(Boolean).join('\n'),
    ).toBe('');
  });

  it('keyboard: skip link, focus order reaches every control, visible focus', async () => {
    await open(path);
    // Charts first: a drawn chart may fold its table away, and the set of controls must be stable.
    await drawAllCharts();
    const failures: string[] = [];
    const skip = page.locator('a.skip-link, a[href="#main"]').first();
    const hasSkip = (await skip.count()) > 0;
    const hasHeader = (await page.locator('header').count()) > 0;
    if (hasHeader && !hasSkip) failures.push('no skip link before the header');

    // Tab through the whole page, recording each stop and how its focus looks.
    const walk = await page.evaluate(`(${(() => {
      const all = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], iframe, [contenteditable="true"]')];
      const focusable = all.filter((el) => {
        const h = el as HTMLElement;
        if (h.matches(':disabled') || h.tabIndex < 0 || h.closest('[inert]')) return false;
        return h.checkVisibility({ visibilityProperty: true }) || h.classList.contains('skip-link');
      });
      focusable.forEach((el, i) => el.setAttribute('data-kb-index', String(i)));
      return focusable.length;
    }).toString()})()`);
    const total = walk as number;
    const reached = new Set<number>();
    const contrast = `(${contrastSource.toString()})()`;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let step = 0; step < total + 5; step++) {
      await page.keyboard.press('Tab');
      const stop = (await page.evaluate(`(() => {
        const { ratio, backgroundOf } = ${contrast};
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        const shadow = s.boxShadow !== 'none';
        const r = el.getBoundingClientRect();
        const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.width > 0 && r.height > 0;
        const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
        return {
          index: el.getAttribute('data-kb-index'),
          name,
          visible: outline || shadow,
          contrast: outline ? ratio(s.outlineColor, backgroundOf(el.parentElement)) : null,
          inView,
          skip: el.classList.contains('skip-link') || el.getAttribute('href') === '#main',
        };
      })()`)) as { index: string | null; name: string; visible: boolean; contrast: number | null; inView: boolean; skip: boolean } | null;
      if (!stop) continue;
      if (step === 0 && hasSkip && !stop.skip) failures.push(`the first Tab stop is ${stop.name}, not the skip link`);
      if (step === 0 && stop.skip && !stop.inView) failures.push('the skip link is not on screen when focused');
      if (stop.index === null) continue;
      const index = Number(stop.index);
      if (reached.has(index)) break; // wrapped around
      reached.add(index);
      if (!stop.visible) failures.push(`${stop.name}: no visible focus indicator (outline of 2 px or more, or a box-shadow)`);
      else if (stop.contrast !== null && !(stop.contrast >= 3)) failures.push(`${stop.name}: focus outline contrast ${stop.contrast.toFixed(2)}:1 against its background (needs 3:1)`);
      if (!stop.inView) failures.push(`${stop.name}: focused but not in view`);
    }
    if (reached.size < total) {
      const missed = await page.evaluate((seen) => [...document.querySelectorAll('[data-kb-index]')].filter((el) => !seen.includes(Number(el.getAttribute('data-kb-index')))).map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`), [...reached]);
      failures.push(`Tab never reaches ${missed.length} of ${total} controls: ${missed.slice(0, 10).join(', ')}`);
    }

    // The skip link (the first Tab stop, checked above): Enter moves focus into <main>.
    if (hasSkip) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await skip.focus();
      await page.keyboard.press('Enter');
      const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
      if (!inMain) failures.push('Enter on the skip link does not move focus into <main>');
    }

    // Form controls (filters) respond to the keyboard.
    const controls = await page.locator('main input[type="checkbox"]:visible, main input[type="radio"]:visible, main select:visible').all();
    for (const control of controls) {
      const kind = await control.evaluate((el) => (el.tagName === 'SELECT' ? 'select' : (el as HTMLInputElement).type));
      const label = await control.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? el.id);
      await control.focus();
      if (kind === 'checkbox') {
        const before = await control.isChecked();
        await page.keyboard.press('Space');
        if ((await control.isChecked()) === before) failures.push(`checkbox "${label}" does not toggle with Space`);
        await page.keyboard.press('Space');
      } else if (kind === 'select') {
        const options = await control.evaluate((el) => (el as HTMLSelectElement).options.length);
        const before = await control.inputValue();
        await page.keyboard.press('ArrowDown');
        if (options > 1 && (await control.inputValue()) === before) {
          await page.keyboard.press('ArrowUp');
          if ((await control.inputValue()) === before) failures.push(`select "${label}" does not change with the arrow keys`);
        }
      }
    }
    expect([...failures, ...problems.list].join('\n')).toBe('');
  });
});
