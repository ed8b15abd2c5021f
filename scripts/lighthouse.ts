/**
 * `npm run lighthouse`: Lighthouse (mobile, its default simulated throttling) on the local preview of
 * the built site, in Debian's Chromium; prints performance, accessibility, best-practices and SEO
 * scores per page and what keeps a score under 100. Not part of `npm test` (about ten seconds a page).
 *
 *   npm run build && npm run lighthouse [-- --min 100] [-- --performance] [-- /es/some/page/ ...]
 *
 * Reads the site from dist/ (or ATLAS_OUT_DIR), serves it with `astro preview` (compressed, as hosts
 * do) and never downloads a browser: Chromium comes from /usr/bin/chromium (or ATLAS_CHROMIUM).
 * Full JSON reports go to the system temp folder (printed at the end). Exits 1 when a score is
 * under --min (default 100).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumPath, deployTarget, outDir } from '../src/lib/deploy.ts';

const root = process.cwd();
const dist = resolve(root, outDir());
const { base } = deployTarget();
const chromium = chromiumPath();

/** Home, a country, the comparison and the study article, in both languages. */
const DEFAULT_PAGES = [
  '/es/',
  '/en/',
  '/es/countries/mx/',
  '/en/countries/mx/',
  '/es/compare/',
  '/en/compare/',
  '/es/articles/diplomacia-publica-digital-mexico-chile/',
  '/en/articles/diplomacia-publica-digital-mexico-chile/',
];
const ALL_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/**
 * `--performance` measures performance only (what `npm run bench -- --lighthouse` needs): quicker, and
 * the accessibility audit, which measures every element, is what runs past Lighthouse's own time
 * limit on the 200-country comparison page when the machine is loaded (PROTOCOL_TIMEOUT).
 */
const CATEGORIES: readonly (typeof ALL_CATEGORIES)[number][] = process.argv.includes('--performance') ? ['performance'] : ALL_CATEGORIES;
/** Flags of the machine's closed network (see the CI notes): no background calls, no updates. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-extensions'];

/** Starts a process and resolves with the first match of `ready` in its output. */
function startAndWait(cmd: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => fail(new Error(`${cmd} did not start within 30 s:\n${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = output.replace(/\x1b\[[0-9;]*m/g, '').match(ready);
      if (match) {
        clearTimeout(timer);
        done({ child, match });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${cmd} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function stop(child: ChildProcess | undefined) {
  if (child?.pid && child.exitCode === null) child.kill('SIGTERM');
}

async function main() {
  const args = process.argv.slice(2);
  const minIndex = args.indexOf('--min');
  const min = minIndex >= 0 ? Number(args[minIndex + 1]) : 100;
  const pages = args.filter((a, i) => a.startsWith('/') && (minIndex < 0 || i !== minIndex + 1));
  const targets = pages.length ? pages : DEFAULT_PAGES;

  if (!existsSync(join(dist, 'es', 'index.html'))) {
    console.error(`lighthouse: no built site in ${dist}; run \`npm run build\` first.`);
    process.exit(2);
  }
  if (!existsSync(chromium)) {
    console.error(`lighthouse: no Chromium at ${chromium} (Debian: apt-get install -y chromium; or set ATLAS_CHROMIUM).`);
    process.exit(2);
  }

  const reports = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
  const profile = join(reports, 'profile');
  let preview: ChildProcess | undefined;
  let browser: ChildProcess | undefined;
  const cleanUp = () => {
    stop(browser);
    stop(preview);
  };
  process.on('exit', cleanUp);

  try {
    // The preview (`npm run preview`): astro preview of the built site, run with this very Node.
    // --ignore-lock: a preview someone else started (npm start) is left alone, and never measured:
    // only this server's own "Local" address is taken.
    const astro = realpathSync(join(root, 'node_modules', '.bin', 'astro'));
    const port = 4400 + Math.floor(Math.random() * 500);
    const args = [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)];
    const started = await startAndWait(process.execPath, args, /Local\s+(http:\/\/(?:127\.0\.0\.1|localhost):\d+)/, {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    preview = started.child;
    const origin = started.match[1]!.replace('localhost', '127.0.0.1');

    const chrome = await startAndWait(chromium, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], /DevTools listening on ws:\/\/[^:]+:(\d+)\//);
    browser = chrome.child;
    const debugPort = Number(chrome.match[1]);

    console.log(`Lighthouse ${CATEGORIES.join(', ')} (mobile) on ${origin}${base}, Chromium ${chromium}`);
    const rows: { path: string; scores: Record<string, number>; below: string[] }[] = [];
    for (const path of targets) {
      const url = `${origin}${base}${path.replace(/^\//, '')}`;
      const result = await lighthouse(url, { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`no Lighthouse result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      // What costs points: audits with a weight in a category that scored under 1.
      const below = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => {
            const audit = lhr.audits[ref.id]!;
            return `${c}: ${ref.id} (${audit.displayValue ?? `score ${Math.round((audit.score ?? 0) * 100)}`})`;
          }),
      );
      const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`);
      rows.push({ path, scores, below });
      writeFileSync(join(reports, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}.json`), JSON.stringify(lhr));
      console.log(`  ${path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}  [${metrics.join('; ')}]`);
    }

    const width = Math.max(...rows.map((r) => r.path.length), 4);
    console.log(`\n${'page'.padEnd(width)}  ${CATEGORIES.map((c) => ({ performance: 'perf', accessibility: 'a11y', 'best-practices': 'best', seo: ' seo' })[c]).join('  ')}`);
    for (const r of rows) console.log(`${r.path.padEnd(width)}  ${CATEGORIES.map((c) => String(r.scores[c]).padStart(4)).join('  ')}`);
    const low = rows.filter((r) => CATEGORIES.some((c) => r.scores[c]! < min));
    const notes = rows.filter((r) => r.below.length);
    if (notes.length) {
      console.log('\nAudits that cost points:');
      for (const r of notes) console.log(`  ${r.path}\n    ${r.below.join('\n    ')}`);
    }
    console.log(`\nReports: ${reports}`);
    rmSync(profile, { recursive: true, force: true });
    if (low.length) {
      console.error(`\n${low.length} page(s) under ${min} in some category.`);
      process.exitCode = 1;
    } else console.log(`\nAll scores >= ${min}.`);
  } finally {
    cleanUp();
  }
}

await main();
