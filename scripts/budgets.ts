/**
 * `npm run budgets`: page-weight budgets over the built site (dist/, or ATLAS_OUT_DIR, or the folder
 * given as first argument). For every page it weighs, in gzip bytes, what a first visit must fetch
 * before the page is usable: the HTML, the render-blocking CSS and the eager JavaScript (module
 * scripts the page references and their static imports). Code fetched later is weighed apart: the
 * chart chunk (dynamically imported when a chart nears the viewport) has its own budget; what only
 * an interaction loads (the search UI) is listed, not counted. Prints a table per page type and
 * exits 1 past any budget.
 */
import { adminDir } from '../src/lib/deploy.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { deployTarget, outDir } from '../src/lib/deploy.ts';

/** 1 KB = 1000 bytes (as browsers' dev tools count), gzip at zlib's default level 6. */
export const KB = 1000;

/** The budgets, in gzip bytes. Change them here and nowhere else. */
export const BUDGETS: Budgets = {
  /**
   * Home, articles, interviews, listings, sources: everything before first use. 14 KB again since
   * the pages shed what they did not need (each page's own CSP hashes, the print rules off the
   * critical path, page-specific rules out of the shared stylesheet): the heaviest, the home page,
   * measured 12.2 KB (README, "Page-weight budgets"). It was 15 KB for a while, with the maps and the
   * charts' legends and footers (issues 15 and 17).
   */
  text: { total: 14 * KB, css: 12 * KB, eagerJs: 1 * KB },
  /**
   * Country, comparison, data, directory and search pages, before any chart code. 24 KB since the
   * study article with its charts reached 21 KB with the corrections of issue 13 (its text, a second
   * BibTeX record): an article's length is the author's, so the total leaves room for long ones.
   */
  data: { total: 24 * KB, css: 12 * KB, eagerJs: 20 * KB },
  /** The chart code fetched when a chart nears the viewport (chunk and its static imports). */
  chartCode: 50 * KB,
  /** Any page with everything it loads without interaction (HTML, CSS, JS, chart code, images). */
  anyPage: 200 * KB,
  /** Font files: none, the site uses system fonts. */
  fontFiles: 0,
};

export interface GroupBudget {
  /** HTML + blocking CSS + eager JS. */
  total: number;
  css: number;
  eagerJs: number;
}
export interface Budgets {
  text: GroupBudget;
  data: GroupBudget;
  chartCode: number;
  anyPage: number;
  fontFiles: number;
}
export type PageGroup = 'text' | 'data';

/**
 * Page types, matched in order (first match wins) on the path after the base and the locale ("countries/mx/").
 * Text pages may load no script but the no-flash theme script (its file name or inline code
 * mentions "theme"). A text page that embeds a chart (an article showing the study's figures) is
 * weighed as a data page, "<type> + charts": it needs the chart loader, and its figures carry their
 * tables. A page no pattern matches is "other" and held to the text budgets: give it a line here
 * when its route is added.
 */
export const PAGE_TYPES: { type: string; group: PageGroup; match: RegExp }[] = [
  { type: 'country', group: 'data', match: /^countries\/[^/]+\/$/ },
  { type: 'compare', group: 'data', match: /^compare\/(.*\/)?$/ },
  { type: 'data', group: 'data', match: /^(data|datasets|open-data)\/(.*\/)?$/ },
  { type: 'directory', group: 'data', match: /^(directory|accounts|atlas)\/(.*\/)?$/ },
  // A tool page: its script is the page's purpose (the search index itself loads only on a search).
  { type: 'search', group: 'data', match: /^search\/$/ },
  // A chart alone, for other sites to frame (issue 15): its table and the chart loader.
  { type: 'embed', group: 'data', match: /^embed\/[^/]+\/$/ },
  { type: 'home', group: 'text', match: /^$/ },
  { type: 'article', group: 'text', match: /^articles\/[^/]+\/$/ },
  { type: 'interview', group: 'text', match: /^interviews\/[^/]+\/$/ },
  { type: 'listing', group: 'text', match: /^(articles|interviews|entries|tags?|topics|countries)\/(.*\/)?$/ },
  { type: 'sources', group: 'text', match: /^(sources|bibliography)\/(.*\/)?$/ },
  { type: 'error', group: 'text', match: /^404(\.html|\/)$/ },
];

/** A lazily imported chunk whose file name matches this is the chart code; other lazy chunks load on interaction. */
export const CHART_CHUNK = /chart/i;
/** A page with a chart (the custom element that draws it). */
export const CHART_ELEMENT = /<atlas-chart\b/;
/** What text pages may run eagerly. */
export const THEME_SCRIPT = /theme/i;
const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

export interface PageWeight {
  /** URL path without the base, e.g. "/es/countries/mx/". */
  path: string;
  type: string;
  group: PageGroup;
  html: number;
  /** Render-blocking CSS: linked stylesheets (not media="print") plus inline <style>. */
  css: number;
  /** Eager JS: scripts and module preloads, their static imports, and inline scripts. */
  eagerJs: number;
  /** HTML + linked blocking CSS + eager JS files (inline CSS and JS are already in the HTML). */
  total: number;
  /** The stylesheet and script files counted in `total`. */
  cssFiles: number;
  jsFiles: number;
  /** Chart code the page fetches on demand (0 when it has none). */
  chartJs: number;
  /** Code only an interaction loads, e.g. the search UI (listed, not budgeted). */
  interactionJs: number;
  /** Images the page loads (bytes as served: images are compressed already). */
  images: number;
  /** total + chart code + images. */
  full: number;
  /** Script files and inline scripts (by a short label) loaded eagerly. */
  eagerScripts: string[];
  /** Chart entry chunks fetched on demand. */
  chartChunks: string[];
  fonts: string[];
  external: string[];
}

export interface SiteWeight {
  dir: string;
  pages: PageWeight[];
  /** Every chart chunk with the gzip bytes of it and its static imports. */
  chartChunks: { file: string; bytes: number }[];
  /** Font files in the site and @font-face rules in its CSS. */
  fonts: string[];
}

export interface Violation {
  path: string;
  rule: string;
  actual: number;
  limit: number;
  message: string;
}

/** Which page type a URL path (without base) is. */
export function classify(path: string): { type: string; group: PageGroup } {
  const segments = path.replace(/^\//, '').split('/');
  const first = segments[0] ?? '';
  const rest = /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(first) && segments.length > 1 ? segments.slice(1).join('/') : path.replace(/^\//, '');
  for (const t of PAGE_TYPES) if (t.match.test(rest)) return { type: t.type, group: t.group };
  return { type: 'other', group: 'text' };
}

const gzipCache = new Map<string, number>();
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 6 }).length;
}

interface Attrs {
  [name: string]: string | true;
}
function attributes(tag: string): Attrs {
  const out: Attrs = {};
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? true;
  return out;
}
const attr = (a: Attrs, name: string): string | undefined => (typeof a[name] === 'string' ? (a[name] as string) : undefined);

/** Static `import`/`export ... from` specifiers of a JS module (not `import()`). */
export function staticImports(code: string): string[] {
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`\n]+)\1/g;
  return [...code.matchAll(re)].map((m) => m[2]!);
}

/** Specifiers of `import("...")` with a literal string. */
export function dynamicImports(code: string): string[] {
  const re = /(?:^|[^\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g;
  return [...code.matchAll(re)].map((m) => m[2]!);
}

/** Weighs every page of a built site. `base` is the deployment sub-path ("/" or "/atlas/"). */
export function measureSite(dir: string, base = '/'): SiteWeight {
  const root = resolve(dir);
  const basePath = base.replace(/\/?$/, '/').replace(/^\/?/, '/');
  const fileSize = (file: string): number => {
    let n = gzipCache.get(file);
    if (n === undefined) gzipCache.set(file, (n = gzipSize(readFileSync(file))));
    return n;
  };

  /** A URL in a page or module (resolved against `fromUrl`) as a file in the site, or undefined if elsewhere. */
  const toFile = (ref: string, fromUrl: string, external: Set<string>): string | undefined => {
    const clean = ref.split(/[?#]/)[0]!;
    if (!clean || /^(data|blob|about|javascript|mailto):/i.test(clean)) return undefined;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(clean)) {
      external.add(ref);
      return undefined;
    }
    const url = clean.startsWith('/') ? clean : posix.join(posix.dirname(fromUrl.endsWith('/') ? `${fromUrl}x` : fromUrl), clean);
    const inSite = url.startsWith(basePath) ? url.slice(basePath.length) : url.replace(/^\//, '');
    const file = join(root, decodeURIComponent(inSite));
    return existsSync(file) ? file : undefined;
  };
  const urlOf = (file: string) => `${basePath}${relative(root, file).split('\\').join('/')}`;

  const moduleCache = new Map<string, { statics: string[]; dynamics: string[] }>();
  const moduleInfo = (file: string) => {
    let info = moduleCache.get(file);
    if (!info) {
      const code = readFileSync(file, 'utf8');
      const ext = new Set<string>();
      const resolveAll = (specs: string[]) => specs.map((s) => toFile(s, urlOf(file), ext)).filter((f): f is string => !!f);
      info = { statics: resolveAll(staticImports(code)), dynamics: resolveAll(dynamicImports(code)) };
      moduleCache.set(file, info);
    }
    return info;
  };
  /** A module and everything it imports statically. */
  const closure = (entries: string[], into = new Set<string>()): Set<string> => {
    const stack = [...entries];
    while (stack.length) {
      const f = stack.pop()!;
      if (into.has(f) || extname(f) === '.css') continue;
      into.add(f);
      stack.push(...moduleInfo(f).statics);
    }
    return into;
  };

  const cssCache = new Map<string, { imports: string[]; fonts: string[] }>();
  const cssInfo = (file: string, text = readFileSync(file, 'utf8')) => {
    let info = cssCache.get(file);
    if (!info) {
      const ext = new Set<string>();
      const imports = [...text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => toFile(m[1]!, urlOf(file), ext)).filter((f): f is string => !!f);
      const fonts = /@font-face/i.test(text) ? [`@font-face in ${relative(root, file) || 'inline <style>'}`] : [];
      info = { imports, fonts };
      cssCache.set(file, info);
    }
    return info;
  };

  const pages: PageWeight[] = [];
  const chartSizes = new Map<string, number>();
  const siteFonts = new Set<string>();

  for (const file of walk(root)) {
    if (FONT_FILE.test(file) && !relative(root, file).startsWith(`${adminDir}/`)) siteFonts.add(relative(root, file));
    if (!file.endsWith('.html')) continue;
    const rel = relative(root, file).split('\\').join('/');
    // The web editor is no page a reader loads: it has no budget (its size is in the README).
    if (rel.startsWith('pagefind/') || rel.startsWith(`${adminDir}/`)) continue;
    const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    const pageUrl = `${basePath}${path.slice(1)}`;
    const html = readFileSync(file, 'utf8');
    const external = new Set<string>();
    const fonts = new Set<string>();

    // Stylesheets that block rendering (and their @imports); inline <style> is weighed as CSS too.
    const blockingCss = new Set<string>();
    const otherFiles = new Set<string>();
    const eagerEntries: string[] = [];
    const eagerScripts: string[] = [];
    let inlineCss = '';
    let inlineJs = '';
    let images = 0;
    for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
      const a = attributes(m[0]);
      const rels = (attr(a, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(a, 'href');
      if (!href) continue;
      if (rels.includes('stylesheet')) {
        const f = toFile(href, pageUrl, external);
        if (!f) continue;
        const media = (attr(a, 'media') ?? 'all').toLowerCase();
        const target = media === 'print' || 'disabled' in a ? otherFiles : blockingCss;
        const stack = [f];
        while (stack.length) {
          const css = stack.pop()!;
          if (target.has(css)) continue;
          target.add(css);
          const info = cssInfo(css);
          info.fonts.forEach((x) => fonts.add(x));
          stack.push(...info.imports);
        }
      } else if (rels.includes('modulepreload') || (rels.includes('preload') && attr(a, 'as') === 'script')) {
        const f = toFile(href, pageUrl, external);
        if (f) eagerEntries.push(f), eagerScripts.push(relative(root, f));
      } else if (rels.includes('preload') && attr(a, 'as') === 'font') {
        fonts.add(`preloaded font ${href}`);
      }
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      inlineCss += m[1];
      if (/@font-face/i.test(m[1]!)) fonts.add('@font-face in inline <style>');
    }
    const lazyEntries: string[] = [];
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const a = attributes(`<script ${m[1]}>`);
      const type = (attr(a, 'type') ?? '').toLowerCase();
      if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue; // JSON data blocks
      const src = attr(a, 'src');
      if (src) {
        const f = toFile(src, pageUrl, external);
        if (f) eagerEntries.push(f), eagerScripts.push(relative(root, f));
      } else if (m[2]!.trim()) {
        inlineJs += m[2];
        const code = m[2]!;
        eagerScripts.push(`inline: ${code.trim().slice(0, 40).replace(/\s+/g, ' ')}`);
        const ext = new Set<string>();
        eagerEntries.push(...staticImports(code).map((s) => toFile(s, pageUrl, ext)).filter((f): f is string => !!f));
        lazyEntries.push(...dynamicImports(code).map((s) => toFile(s, pageUrl, ext)).filter((f): f is string => !!f));
      }
    }
    for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
      const src = attr(attributes(m[0]), 'src');
      const f = src ? toFile(src, pageUrl, external) : undefined;
      if (f) images += readFileSync(f).length;
    }

    const eager = closure(eagerEntries);
    for (const f of eager) lazyEntries.push(...moduleInfo(f).dynamics);
    let chartJs = 0;
    let interactionJs = 0;
    const chartChunks: string[] = [];
    const seenLazy = new Set(eager);
    for (const entry of new Set(lazyEntries)) {
      if (seenLazy.has(entry)) continue;
      const isChart = CHART_CHUNK.test(posix.basename(entry));
      const before = new Set(seenLazy);
      closure([entry], seenLazy);
      const bytes = [...seenLazy].filter((f) => !before.has(f)).reduce((n, f) => n + fileSize(f), 0);
      if (isChart) {
        chartJs += bytes;
        chartChunks.push(relative(root, entry));
        const alone = [...closure([entry])].filter((f) => !eager.has(f)).reduce((n, f) => n + fileSize(f), 0);
        chartSizes.set(relative(root, entry), alone);
      } else interactionJs += bytes;
    }

    const htmlBytes = gzipSize(html);
    const cssFiles = [...blockingCss].reduce((n, f) => n + fileSize(f), 0);
    const css = cssFiles + (inlineCss ? gzipSize(inlineCss) : 0);
    const jsFiles = [...eager].reduce((n, f) => n + fileSize(f), 0);
    const eagerJs = jsFiles + (inlineJs ? gzipSize(inlineJs) : 0);
    const total = htmlBytes + cssFiles + jsFiles;
    const routeType = classify(path);
    const withCharts = routeType.group === 'text' && (chartJs > 0 || CHART_ELEMENT.test(html));
    const { type, group } = withCharts ? { type: `${routeType.type} + charts`, group: 'data' as const } : routeType;
    pages.push({
      path,
      type,
      group,
      html: htmlBytes,
      css,
      eagerJs,
      total,
      cssFiles,
      jsFiles,
      chartJs,
      interactionJs,
      images,
      full: total + chartJs + images + [...otherFiles].reduce((n, f) => n + fileSize(f), 0),
      eagerScripts,
      chartChunks,
      fonts: [...fonts],
      external: [...external],
    });
    fonts.forEach((f) => siteFonts.add(f));
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));
  return {
    dir: root,
    pages,
    chartChunks: [...chartSizes].map(([file, bytes]) => ({ file, bytes })).sort((a, b) => a.file.localeCompare(b.file)),
    fonts: [...siteFonts].sort(),
  };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** Every budget a site breaks (empty when it passes). */
export function checkBudgets(site: SiteWeight, budgets: Budgets = BUDGETS): Violation[] {
  const out: Violation[] = [];
  const over = (path: string, rule: string, actual: number, limit: number, message: string) => {
    if (actual > limit) out.push({ path, rule, actual, limit, message: `${message}: ${kb(actual)} > ${kb(limit)}` });
  };
  for (const p of site.pages) {
    const b = budgets[p.group];
    over(p.path, 'total', p.total, b.total, `${p.type} page: HTML ${kb(p.html)} + CSS files ${kb(p.cssFiles)} + JS files ${kb(p.jsFiles)}`);
    over(p.path, 'css', p.css, b.css, `${p.type} page: CSS`);
    over(p.path, 'eagerJs', p.eagerJs, b.eagerJs, `${p.type} page: eager JS`);
    over(p.path, 'anyPage', p.full, budgets.anyPage, `${p.type} page with chart code and images`);
    if (p.group === 'text') {
      const others = p.eagerScripts.filter((s) => !THEME_SCRIPT.test(s));
      if (others.length) out.push({ path: p.path, rule: 'eagerJs', actual: p.eagerJs, limit: 0, message: `${p.type} page loads scripts other than the no-flash theme script: ${others.join(', ')}` });
    }
    if (p.external.length) out.push({ path: p.path, rule: 'external', actual: p.external.length, limit: 0, message: `loads from another origin: ${p.external.join(', ')}` });
  }
  for (const c of site.chartChunks) over(c.file, 'chartCode', c.bytes, budgets.chartCode, 'chart code loaded on demand');
  if (site.fonts.length > budgets.fontFiles) {
    out.push({ path: '(site)', rule: 'fontFiles', actual: site.fonts.length, limit: budgets.fontFiles, message: `the site uses system fonts, but loads: ${site.fonts.join(', ')}` });
  }
  return out;
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r, ri) => r.map((c, i) => (i === 0 || i === r.length - 1 || ri === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** The report: one table per page group, a row per page type, then chart code and fonts. */
export function formatReport(site: SiteWeight, budgets: Budgets = BUDGETS): string {
  const lines: string[] = [`Page weight of ${site.dir} (gzip level 6, 1 KB = 1000 B): ${site.pages.length} pages`];
  for (const group of ['text', 'data'] as const) {
    const pages = site.pages.filter((p) => p.group === group);
    if (!pages.length) continue;
    const b = budgets[group];
    lines.push('', `${group === 'text' ? 'Text pages' : 'Data and tool pages (before charts)'}: budget ${kb(b.total)} total, CSS ${kb(b.css)}, eager JS ${group === 'text' ? `${kb(b.eagerJs)} (theme script only)` : kb(b.eagerJs)}`);
    const rows = [['type', 'pages', 'total min', 'median', 'max', 'HTML', 'CSS', 'JS', 'full', 'worst page']];
    const types = [...new Set(pages.map((p) => p.type))];
    for (const type of types) {
      const of = pages.filter((p) => p.type === type);
      const worst = of.reduce((a, p) => (p.total > a.total ? p : a));
      const totals = of.map((p) => p.total);
      rows.push([type, String(of.length), kb(Math.min(...totals)), kb(median(totals)), kb(worst.total), kb(worst.html), kb(worst.css), kb(worst.eagerJs), kb(Math.max(...of.map((p) => p.full))), worst.path]);
    }
    lines.push(table(rows));
  }
  lines.push('', `HTML, CSS, JS: of the worst page of each type. full: the heaviest page of the type with chart code and images (budget ${kb(budgets.anyPage)}).`);
  lines.push(
    site.chartChunks.length
      ? `Chart code on demand (budget ${kb(budgets.chartCode)}): ${site.chartChunks.map((c) => `${c.file} ${kb(c.bytes)}`).join(', ')}`
      : 'Chart code on demand: none found',
  );
  const interaction = Math.max(0, ...site.pages.map((p) => p.interactionJs));
  if (interaction) lines.push(`Loaded only on interaction (not counted): up to ${kb(interaction)}`);
  lines.push(site.fonts.length ? `Fonts: ${site.fonts.join(', ')}` : 'Fonts: system fonts only (no font files, no @font-face)');
  return lines.join('\n');
}

function main() {
  const dir = resolve(process.argv[2] ?? outDir());
  if (!existsSync(dir)) {
    console.error(`budgets: ${dir} does not exist; build the site first (npm run build).`);
    process.exit(2);
  }
  const site = measureSite(dir, deployTarget().base);
  if (!site.pages.length) {
    console.error(`budgets: no HTML pages in ${dir}.`);
    process.exit(2);
  }
  console.log(formatReport(site));
  const violations = checkBudgets(site);
  const unclassified = site.pages.filter((p) => p.type === 'other');
  if (unclassified.length) console.log(`\nNote: held to the text budgets as "other" (add them to PAGE_TYPES in scripts/budgets.ts): ${unclassified.map((p) => p.path).join(', ')}`);
  if (violations.length) {
    console.error(`\nOver budget (${violations.length}):`);
    for (const v of violations) console.error(`  ${v.path}: ${v.message}`);
    process.exit(1);
  }
  console.log('\nAll budgets met.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
