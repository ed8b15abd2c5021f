/**
 * Gates in Chromium over a built site served on localhost (one browser, reusable tabs per
 * situation), for any page of any content:
 * - at 1280 px: loads with no console error, failed request or request to another origin (the CSP
 *   is in force, so a blocked inline script shows up too); charts draw and keep their tables; no
 *   sideways scroll; no text box narrower than its longest word, nothing cut off by a box that does
 *   not scroll; the header on one row (and at 1024 px, page by page: headerAt); axe-core (WCAG 2.0/2.1/2.2 A and AA plus best practice) with 0 violations in
 *   the light scheme and, for contrast, the dark one; charts are named images described by their
 *   tables, every mark named in text, colours 3:1; keyboard: the skip link first, Tab reaches every
 *   control with a visible focus of 3:1, form controls respond to the keyboard;
 * - at 390 px, with the page's module scripts held back until the first frame is painted (as on a
 *   slow phone): no layout shift when they run; then the same load and layout checks, and every link
 *   of the main navigation reachable (on screen or behind its menu button); then with JavaScript off
 *   everything a reader could read with it is still there (UI that needs JavaScript is marked
 *   data-requires-js) and every table shows.
 * (The language switch is checked without a browser: tests/support/gates/links.ts.)
 * Each function returns the problems found, one line each; a page passes with none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser, newContext, viewports, watchPage, type PageProblems } from '../browser.ts';
import { serveDist, type RunningServer } from '../static-server.ts';
import type { BuiltSite } from '../sites.ts';
import { colourVar, PALETTE_SIZE } from '../../../src/lib/chart-colours.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Colours chart-render.ts's theme() reads for data marks (one per country, src/lib/chart-colours.ts) and for text, by CSS variable. */
const chartSeriesVars = Array.from({ length: PALETTE_SIZE }, (_, slot) => colourVar(slot));
const chartTextVar = '--text';
const chartBackgroundVar = '--bg';

interface Tab {
  page: Page;
  problems: PageProblems;
}

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
        // Buffered entries arrive in the observer's first callback; two frames later there are no more.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(found)));
      }),
  );
}

/**
 * Scrolls each chart into view, waits for it to draw, and reports what it found. All in one call
 * into the page: a round trip per chart (and Playwright's wait for a scrolled element to hold
 * still) cost a chart-heavy page about a second.
 */
async function drawCharts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const problems: string[] = [];
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (const [i, el] of [...document.querySelectorAll<HTMLElement>('atlas-chart')].entries()) {
      const name = el.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? el.closest('[id]')?.id ?? `chart ${i + 1}`;
      el.scrollIntoView({ block: 'center' });
      const until = performance.now() + 10_000;
      while (el.dataset.drawn !== 'true' && performance.now() < until) await frame();
      if (el.dataset.drawn !== 'true') {
        problems.push(`chart "${name}" was not drawn within 10 s of being scrolled into view`);
        continue;
      }
      const canvas = el.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx || canvas.width === 0 || canvas.height === 0) {
        problems.push(`chart "${name}": ${canvas ? `empty canvas ${canvas.width}x${canvas.height}` : 'no <canvas>'}`);
        continue;
      }
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) painted++;
      const box = canvas.getBoundingClientRect();
      const rows = el.closest('figure')?.querySelector('table')?.querySelectorAll('tbody tr').length ?? -1;
      if (painted < 500) problems.push(`chart "${name}" is blank (${painted} painted pixels of ${canvas.width * canvas.height})`);
      if (box.width < 100 || box.height < 100) problems.push(`chart "${name}" is too small to read (${Math.round(box.width)}x${Math.round(box.height)} px)`);
      if (rows < 1) problems.push(`chart "${name}" has no data table with rows in its figure`);
    }
    return problems;
  });
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
 * Layout defects a reader sees at once and no other gate catches:
 * - a box of text narrower than its longest word (a card's "8 de 10 funciones" one letter a line);
 *   words longer than 24 characters (addresses, handles) may break;
 * - content cut off by a box that hides its overflow instead of scrolling (numbers off a phone).
 * Each problem names the element.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    // Text hidden for the eye but read by screen readers (a 1 px box, clipped) is left alone.
    const srOnly = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width <= 1 && r.height <= 1;
    };
    const skip = (el: Element): boolean => Boolean(el.closest('.visually-hidden, .skip-link, svg, canvas, template, [hidden]')) || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || srOnly(el) || (el.parentElement ? srOnly(el.parentElement) : false);
    const measure = document.createElement('canvas').getContext('2d')!;
    const hides = (o: string) => o === 'hidden' || o === 'clip';
    for (const el of document.querySelectorAll('body *')) {
      // Words as the browser may break lines: at spaces, and after a hyphen, dash or slash.
      const texts = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!texts.length || skip(el)) continue;
      const style = getComputedStyle(el);
      if (style.display.startsWith('inline') && style.display !== 'inline-block') continue;
      measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      let widest = '';
      let width = 0;
      for (const word of texts.flatMap((n) => n.textContent!.split(/\s+|(?<=[-‐–—/])/))) {
        if (!word || word.length > 24) continue;
        const w = measure.measureText(word).width;
        if (w > width) [widest, width] = [word, w];
      }
      const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (width > inner + 1) out.push(`${name(el)} is ${Math.round(inner)} px wide, narrower than its word "${widest}" (${Math.round(width)} px): its text breaks inside words`);
      // Its own text cut off: a box that hides what overflows, holding more than it shows.
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} cuts off its own text (${el.scrollWidth} px of text in ${el.clientWidth} px)`);
    }
    // Content cut off by a box that hides what overflows: few boxes do, so each checks its descendants.
    const clippers = [...document.querySelectorAll('main, main *, header, header *')].filter((a) => {
      const st = getComputedStyle(a);
      return (hides(st.overflowX) || hides(st.overflowY)) && !skip(a);
    });
    for (const a of clippers) {
      const st = getComputedStyle(a);
      const box = a.getBoundingClientRect();
      for (const el of a.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || skip(el)) continue;
        const cutX = hides(st.overflowX) && (r.left < box.left - 1 || r.right > box.right + 1);
        const cutY = hides(st.overflowY) && (r.top < box.top - 1 || r.bottom > box.bottom + 1);
        if (cutX || cutY) {
          out.push(`${name(el)} is cut off by ${name(a)}, which hides what overflows instead of scrolling`);
          break;
        }
      }
    }
    return [...new Set(out)].slice(0, 20);
  });
}

/** The header's items share one row (from 1024 px up the header must not wrap). */
async function headerRows(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    // The header's items: its children, or those of the one wrapper it holds.
    let inner = document.querySelector('header');
    if (!inner) return undefined;
    while (inner.children.length === 1) inner = inner.firstElementChild as HTMLElement;
    const items = [...inner.children].filter((c) => c.checkVisibility() && c.getBoundingClientRect().height > 0);
    const first = items[0]?.getBoundingClientRect();
    const below = items.filter((c) => first && c.getBoundingClientRect().top >= first.bottom - 1);
    return below.length ? `the header wraps onto a second row at ${innerWidth} px: ${below.map((c) => c.tagName.toLowerCase() + (c.className ? `.${String(c.className).split(' ')[0]}` : '')).join(', ')}` : undefined;
  });
}

/** On a phone every link of the main navigation can be reached: on screen, or behind a menu button that shows it. */
async function navigationReach(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nav = document.querySelector('header nav');
    if (!nav) return [];
    const menus = [...nav.querySelectorAll('details')].filter((d) => !d.open && d.querySelector('summary')?.checkVisibility());
    menus.forEach((d) => (d.open = true));
    const links = [...nav.querySelectorAll('a')];
    const shown = links.filter((a) => a.checkVisibility({ visibilityProperty: true }));
    const out = shown.length ? [] : ['no link of the main navigation can be reached'];
    // The screen's width, not the window's: a phone browser widens the window to a page that overflows.
    const screen = document.documentElement.clientWidth;
    for (const a of shown) {
      const r = a.getBoundingClientRect();
      if (r.left < 0 || r.right > screen + 1) out.push(`navigation link "${a.textContent?.trim()}" is off the screen (${Math.round(r.left)}–${Math.round(r.right)} px of ${screen})`);
    }
    menus.forEach((d) => (d.open = false));
    return out;
  });
}


interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

async function axe(page: Page, options: object): Promise<AxeViolation[]> {
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
async function chartProblems(page: Page): Promise<string[]> {
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
        // series in one chart have distinct names (the legend shows them filled / outlined).
        // What was drawn (read from the figure's table): <atlas-chart>.drawn, set by the element.
        const payload = el.drawn && el.drawn.payload;
        if (!payload) { out.push(title + ': no record of what was drawn'); return; }
        const labels = payload.labels || [];
        if (labels.some((l) => !String(l).trim())) out.push(title + ': a mark has no text label');
        if (new Set(labels).size !== labels.length) out.push(title + ': two marks share a label, so only colour tells them apart');
        if (payload.datasets && payload.datasets.length > 1 && new Set(payload.datasets.map((d) => d.label)).size !== payload.datasets.length) out.push(title + ': two series share a name');
        // Where colour stands for a country, the legend names each colour.
        if (new Set(payload.labelCountries).size > 1 && !figure.querySelector('.chart__legend li[data-country]')) out.push(title + ': colours stand for countries but no legend names them');
      });
      return out;
    })()`,
  )) as string[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Presses Tab `times` times. The key events go to Chromium's DevTools protocol all at once, to be
 * handled in order, rather than one round trip each as page.keyboard.press() makes: on a page with
 * a hundred links that is 1.4 s against 0.2 s, and every page of the site is walked.
 */
async function pressTab(page: Page, times: number): Promise<void> {
  if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page));
  const session = await sessions.get(page)!;
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  const events: Promise<unknown>[] = [];
  for (let i = 0; i < times; i++) events.push(session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...tab }), session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }));
  await Promise.all(events);
}

/** Tab through the whole page: the skip link first, every control reached with a visible focus. */
async function keyboardProblems(page: Page): Promise<string[]> {
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
  // Real Tab presses move the focus; a listener notes each stop. How each stop looks is measured
  // afterwards in one pass in the page (focusing each again, as the keyboard left it), rather than
  // with a round trip to the page after every press.
  await page.evaluate(() => {
    const w = window as unknown as { __kbStops: Element[] };
    w.__kbStops = [];
    document.addEventListener('focusin', (e) => w.__kbStops.push(e.target as Element));
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await pressTab(page, total + 2);
  const stops = (await page.evaluate(`(() => {
    const { ratio, backgroundOf } = (${contrastSource.toString()})();
    const out = [];
    const seen = new Set();
    for (const el of window.__kbStops) {
      if (seen.has(el)) break; // wrapped around
      seen.add(el);
      el.focus();
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const shadow = s.boxShadow !== 'none';
      const r = el.getBoundingClientRect();
      out.push({
        index: el.getAttribute('data-kb-index'),
        name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"',
        visible: outline || shadow,
        contrast: outline ? ratio(s.outlineColor, backgroundOf(el.parentElement)) : null,
        inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.width > 0 && r.height > 0,
        skip: el.classList.contains('skip-link') || el.getAttribute('href') === '#main',
      });
    }
    return out;
  })()`)) as { index: string | null; name: string; visible: boolean; contrast: number | null; inView: boolean; skip: boolean }[];
  const reached = new Set<number>();
  for (const [step, stop] of stops.entries()) {
    if (step === 0 && hasSkip && !stop.skip) failures.push(`the first Tab stop is ${stop.name}, not the skip link`);
    if (step === 0 && stop.skip && !stop.inView) failures.push('the skip link is not on screen when focused');
    if (stop.index === null) continue;
    reached.add(Number(stop.index));
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
  return failures;
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

/** Tables hidden, or rows hidden, without JavaScript (a closed <details> or JS-only UI excepted). */
async function hiddenTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .filter((t) => !t.closest('template, details:not([open]), [data-requires-js]'))
      .flatMap((t) => {
        const label = (t.querySelector('caption')?.textContent ?? t.id).replace(/\s+/g, ' ').trim().slice(0, 80);
        const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        if (!visible(t)) return [`without JavaScript, table "${label}" is hidden`];
        const hidden = [...t.querySelectorAll('tr')].filter((tr) => !visible(tr)).length;
        return hidden ? [`without JavaScript, table "${label}" hides ${hidden} rows`] : [];
      }),
  );
}

export interface BrowserGates {
  /** 1280 px: clean load, charts, no sideways scroll, axe (light and dark), charts' accessibility, keyboard. */
  desktop(path: string): Promise<string[]>;
  /**
   * 390 px: no layout shift when the scripts run after the first paint; clean load, charts, no
   * sideways scroll; then without JavaScript nothing readable is lost.
   */
  phone(path: string): Promise<string[]>;
  /**
   * The header on one row at `width` (1024 px: the narrowest desktop). The header is one component,
   * the same on every page of a language, so one page per language is enough.
   */
  headerAt(path: string, width: number): Promise<string[]>;
  /** Both gates on one page. */
  all(path: string): Promise<string[]>;
  close(): Promise<void>;
}

interface Tabs {
  desktop: Tab;
  noscript: Tab;
  /** A phone whose module scripts are held back until the first frame is painted. */
  late: Tab;
}

const phoneOptions = { viewport: viewports.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } as const;

/**
 * Serves a built site and opens Chromium on it. `path`s are URL paths with the base ("/atlas/es/").
 * `parallel` sets of tabs let that many pages be checked at once (Vitest's concurrent tests): most
 * of a page's time is spent waiting for loads and frames, not computing.
 */
export async function openBrowserGates(site: BuiltSite, parallel = 1): Promise<BrowserGates> {
  const server: RunningServer = await serveDist(site.dist, site.base);
  const browser: Browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const tab = async (options: Parameters<typeof newContext>[1]): Promise<Tab> => {
    const context = await newContext(browser, options);
    contexts.push(context);
    const page = await context.newPage();
    return { page, problems: watchPage(page, server.origin) };
  };
  const lateTab = async (): Promise<Tab> => {
    // On a slow phone the page is painted before its module scripts run, so anything they show,
    // hide or fill in must already hold its place. Made certain here: the page's module scripts
    // are set aside, and put back only once the first frame is painted.
    const t = await tab(phoneOptions);
    await t.page.route(
      (url) => url.origin === server.origin,
      async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const body = (await response.text()).replaceAll('<script type="module"', '<script type="text/atlas-later"');
        await route.fulfill({ response, body });
      },
    );
    await t.page.addInitScript(() => {
      addEventListener('DOMContentLoaded', () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const loading: Promise<unknown>[] = [];
            for (const later of document.querySelectorAll('script[type="text/atlas-later"]')) {
              const script = document.createElement('script');
              script.type = 'module';
              if (later.getAttribute('src')) {
                script.src = later.getAttribute('src')!;
                loading.push(
                  new Promise((done) => {
                    script.addEventListener('load', done);
                    script.addEventListener('error', done);
                  }),
                );
              } else script.textContent = later.textContent;
              later.replaceWith(script);
            }
            // Back and run: every module script loaded (and so executed), inline ones included.
            void Promise.all(loading).then(() => ((window as unknown as { __scriptsRan: boolean }).__scriptsRan = true));
          }, 100),
        ),
      );
    });
    return t;
  };

  // A pool of tab sets: a gate takes a free set, and gives it back when done.
  const free: Tabs[] = [];
  for (let i = 0; i < parallel; i++) free.push({ desktop: await tab({ viewport: viewports.desktop }), noscript: await tab({ ...phoneOptions, javaScriptEnabled: false }), late: await lateTab() });
  const waiting: ((tabs: Tabs) => void)[] = [];
  async function withTabs<T>(use: (tabs: Tabs) => Promise<T>): Promise<T> {
    const tabs = free.pop() ?? (await new Promise<Tabs>((resolve) => waiting.push(resolve)));
    try {
      return await use(tabs);
    } finally {
      const next = waiting.shift();
      if (next) next(tabs);
      else free.push(tabs);
    }
  }

  async function open(t: Tab, path: string): Promise<string[]> {
    t.problems.reset();
    const response = await t.page.goto(server.origin + path, { waitUntil: 'load' });
    return response?.status() === 200 ? [] : [`${path} answered HTTP ${response?.status()}`];
  }

  const gates = {
    desktop: (path: string) =>
      withTabs(async (tabs) => {
        const { page, problems } = tabs.desktop;
        await page.emulateMedia({ colorScheme: 'light' });
        const out = await open(tabs.desktop, path);
        out.push(...(await drawCharts(page)));
        await page.evaluate(() => window.scrollTo(0, 0));
        const overflow = await horizontalOverflow(page);
        if (overflow) out.push(overflow);
        out.push(...(await layoutProblems(page)));
        const rows = await headerRows(page);
        if (rows) out.push(rows);
        out.push(report(path, await axe(page, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })));
        out.push(...(await chartProblems(page)).map((p) => `light: ${p}`));
        // The dark scheme applies live: no reload needed for contrast and the chart colours.
        await page.emulateMedia({ colorScheme: 'dark' });
        out.push(report(`${path} (dark)`, await axe(page, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] })));
        out.push(...(await chartProblems(page)).map((p) => `dark: ${p}`));
        await page.emulateMedia({ colorScheme: 'light' });
        out.push(...(await keyboardProblems(page)).map((p) => `keyboard: ${p}`));
        return [...out, ...problems.list].filter(Boolean).map((p) => `1280 px: ${p}`);
      }),

    phone: (path: string) =>
      withTabs(async (tabs) => {
        // One load serves both: the scripts are held back until the first paint (the layout-shift
        // check), then run, and the page is checked as a phone reader sees it.
        const t = tabs.late;
        const out = await open(t, path);
        await t.page.waitForFunction(() => (window as unknown as { __scriptsRan?: boolean }).__scriptsRan === true);
        // The scripts ran: wait for the charts near the screen to draw (the chart code is fetched
        // then), and for two more frames, so that whatever they changed has been laid out.
        await t.page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLElement>('atlas-chart')].every((el) => el.getBoundingClientRect().top > innerHeight + 300 || el.dataset.drawn === 'true'),
        );
        await t.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        out.push(...(await layoutShifts(t.page)).map((p) => `layout shift once the scripts run after the first paint: ${p}`));
        out.push(...(await drawCharts(t.page)));
        const overflow = await horizontalOverflow(t.page);
        if (overflow) out.push(overflow);
        out.push(...(await layoutProblems(t.page)), ...(await navigationReach(t.page)));
        const withJs = await readable(t.page);
        out.push(...t.problems.list);
        const noscript = tabs.noscript;
        out.push(...(await open(noscript, path)));
        const without = new Set(await readable(noscript.page));
        // Whatever a reader sees with JavaScript, they see without it (at the same width).
        out.push(
          ...[...new Set(withJs)]
            .filter((key) => !without.has(key))
            .map((key) => `without JavaScript, this is missing or hidden: <${key.replace('|', '> "')}" (mark UI that needs JavaScript with data-requires-js)`),
        );
        // Every table is shown without JavaScript (with it, a drawn chart may fold its table away).
        out.push(...(await hiddenTables(noscript.page)));
        const textLength = await noscript.page.evaluate(() => (document.querySelector('main') as HTMLElement | null)?.innerText.trim().length ?? 0);
        if (textLength < 40) out.push('without JavaScript, <main> has (almost) no text');
        const noscriptOverflow = await horizontalOverflow(noscript.page);
        if (noscriptOverflow) out.push(`without JavaScript: ${noscriptOverflow}`);
        out.push(...noscript.problems.list.map((p) => `without JavaScript: ${p}`));
        return out.map((p) => `390 px: ${p}`);
      }),

    headerAt: (path: string, width: number) =>
      withTabs(async (tabs) => {
        const { page } = tabs.desktop;
        const out = await open(tabs.desktop, path);
        await page.setViewportSize({ width, height: viewports.desktop.height });
        const rows = await headerRows(page);
        await page.setViewportSize(viewports.desktop);
        return rows ? [...out, rows] : out;
      }),

    async all(path: string) {
      // Each gate's problems already start with its width.
      return [...(await gates.desktop(path)), ...(await gates.phone(path))];
    },

    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
    },
  };
  return gates;
}

/**
 * The pages a browser gate needs to open: every page, except that of the filter listings
 * (`<lang>/<section>/tags/<tag>/`, `<lang>/<section>/countries/<id>/`) only the first of each language,
 * section and filter, and of the embed pages (`<lang>/embed/<chart>/`, one template showing a chart
 * that its own pages show too) only the first of each language. Those are one template listing entries that the section's own listing page
 * shows too, and their number grows with every tag and country (hundreds at scale); the gates
 * without a browser still read every one of them.
 */
export function pagesToOpen(paths: string[], base: string): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const filter = /^([^/]+\/(?:[^/]+\/(?:tags|countries)|embed))\/[^/]+\/$/.exec(path.slice(base.length));
    if (!filter) return true;
    if (seen.has(filter[1]!)) return false;
    seen.add(filter[1]!);
    return true;
  });
}
