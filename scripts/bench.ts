/**
 * `npm run bench`: the scale benchmark. Generates synthetic content (scripts/bench/generate.ts) into
 * a temporary copy of the project, builds it, then builds a bare Astro site with the same number of
 * trivial pages in the same run, and prints pages, seconds, pages per second and peak memory of
 * both, their ratio, and the weight of the heaviest pages at that scale. Exits 1 when a target is
 * missed. Nothing is written inside the repository.
 *
 *   npm run bench -- [--countries 200] [--articles 1000] [--interviews 20] [--ref <git-rev>] [--keep] [--lighthouse]
 *
 * --lighthouse also runs Lighthouse three times on the comparison page and holds the median to its
 * target (about a minute and a half more; without it the score is not a target of the run).
 * --ref benchmarks a commit (git archive) instead of the working tree; --keep leaves the temporary
 * folder (content, both sites, build logs) for inspection.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KB, kb, measureSite, type PageWeight, type SiteWeight } from './budgets.ts';
import { cliOptions, generate } from './bench/generate.ts';
import { mdxComponentNames } from '../src/lib/mdx.ts';

/** Targets of ISSUE 7 on a 2-core machine. */
export const TARGETS = {
  /** Pages built per second (astro build). */
  pagesPerSecond: 100,
  /** At most this many times the bare Astro site's build time. */
  ratioToBare: 4,
  /** Peak memory of the build, all processes. */
  peakMemory: 2 * 1024 ** 3,
  /** No page (with its chart code) heavier than this, gzip. */
  pageMax: 200 * KB,
};

/** Targets of issue 18 for the pages at scale (listings, directory, comparison page). */
export const PAGE_TARGETS = {
  /** Every listing page (articles, interviews, their tag and country pages) and every directory page, HTML + blocking CSS + eager JS, gzip. */
  listingMax: 60 * KB,
  directoryMax: 60 * KB,
  /** Lighthouse performance (mobile) of the comparison page, median of three runs (`--lighthouse`). */
  compareLighthouse: 95,
};

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
/** What the temporary project copies: the build needs these and the generated content. */
const projectFiles = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface Run {
  seconds: number;
  /** User + system CPU time of the command and its children (bash's `times`): steadier than wall time on a busy machine. */
  cpuSeconds: number;
  /** Largest sum over the process tree of each process's peak resident memory, in bytes. */
  peakBytes: number;
  status: number;
}

/**
 * Runs a command under bash (whose `times` reports the CPU time of the children it waited for),
 * sampling the resident memory of the process tree every 50 ms (Linux /proc).
 */
export function measure(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now();
    const out: Buffer[] = [];
    const timesFile = `${opts.log}.times`;
    const script = '"$@"; status=$?; times > "$BENCH_TIMES"; exit $status';
    const child = spawn('bash', ['-c', script, 'bench', cmd, ...args], { cwd: opts.cwd, env: { ...opts.env, BENCH_TIMES: timesFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => out.push(d));
    let peak = 0;
    const sample = () => {
      peak = Math.max(peak, treeMemory(child.pid!));
    };
    const timer = setInterval(sample, 50);
    sample();
    child.on('close', (code) => {
      clearInterval(timer);
      writeFileSync(opts.log, Buffer.concat(out));
      done({ seconds: (performance.now() - started) / 1000, cpuSeconds: childCpu(timesFile), peakBytes: peak, status: code ?? 1 });
    });
  });
}

/** The second line of bash's `times` ("1m2.500s 0m3.250s": children's user and system time), in seconds. */
function childCpu(file: string): number {
  if (!existsSync(file)) return Number.NaN;
  const line = readFileSync(file, 'utf8').trim().split('\n')[1] ?? '';
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

/** Sum of VmHWM (peak resident set) of a process and all its descendants, in bytes. */
function treeMemory(root: number): number {
  const parent = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      parent.set(Number(e), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* the process ended meanwhile */
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parent.get(p), hops++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      /* ended */
    }
  }
  return total;
}

function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) n++;
  return n;
}

function copyProject(to: string, ref: string | undefined) {
  mkdirSync(to, { recursive: true });
  if (ref) {
    const archive = spawnSync('git', ['archive', '--format=tar', ref, ...projectFiles, 'content'], { cwd: repoRoot, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${ref}: ${archive.stderr.toString()}`);
    const untar = spawnSync('tar', ['-x', '-C', to], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString()}`);
  } else {
    for (const f of [...projectFiles, 'content']) if (existsSync(join(repoRoot, f))) cpSync(join(repoRoot, f), join(to, f), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** A bare Astro site: one dynamic route making `pages` trivial pages, nothing else. */
function bareSite(dir: string, pages: number) {
  mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-site', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.ATLAS_OUT_DIR, cacheDir: process.env.ATLAS_CACHE_DIR, trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'p', '[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));\n}\nconst { n } = Astro.params;\n---\n<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><title>Page {n}</title></head><body><h1>Page {n}</h1><p>A trivial page.</p></body></html>\n`,
  );
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * For reference, not a target: a bare Astro site that only renders the same MDX entries (with stub
 * components), to tell what the entries cost by themselves from what the atlas adds.
 */
function bareMdxSite(dir: string, contentDir: string) {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-mdx-site', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ outDir: process.env.ATLAS_OUT_DIR, cacheDir: process.env.ATLAS_CACHE_DIR, trailingSlash: 'always', build: { format: 'directory' }, integrations: [mdx()], devToolbar: { enabled: false } });\n`,
  );
  const glob = (kind: string) => `defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ${JSON.stringify(join(contentDir, kind))} }) })`;
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: ${glob('articles')}, interviews: ${glob('interviews')} };\n`,
  );
  writeFileSync(join(dir, 'src', 'Stub.astro'), '<div><slot /></div>\n');
  writeFileSync(
    join(dir, 'src', 'pages', '[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nimport Stub from '../Stub.astro';\nexport async function getStaticPaths() {\n  const all = [...(await getCollection('articles')), ...(await getCollection('interviews'))];\n  return all.map((entry) => ({ params: { id: \`\${entry.collection}/\${entry.id}\` }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\nconst components = { ${mdxComponentNames.map((n) => `${n}: Stub`).join(', ')} };\n---\n<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.data.title}</title></head><body><Content components={components} /></body></html>\n`,
  );
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const secs = (s: number) => s.toFixed(1);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

interface TargetResult {
  target: string;
  ok: boolean;
  value: string;
}

/** Issue 18: the heaviest listing page and the heaviest directory page at this scale, against PAGE_TARGETS. */
export function pageWeightResults(site: SiteWeight): TargetResult[] {
  const heaviest = (type: string) => site.pages.filter((p) => p.type === type).sort((a, b) => b.total - a.total);
  return [
    ['listing', 'listing page', PAGE_TARGETS.listingMax],
    ['directory', 'directory page', PAGE_TARGETS.directoryMax],
  ].map(([type, name, max]) => {
    const pages = heaviest(type as string);
    const top = pages[0];
    return { target: `every ${name} <= ${kb(max as number)}`, ok: !!top && top.total <= (max as number), value: top ? `${pages.length} pages, heaviest ${top.path} ${kb(top.total)}` : 'no such page' };
  });
}

/**
 * Issue 18: Lighthouse performance (mobile) of the comparison page, with `npm run lighthouse` on the
 * built site, `runs` times: the median, since a loaded machine moves it by several points.
 */
export function compareLighthouse(project: string, dist: string, env: NodeJS.ProcessEnv, runs = 3): TargetResult {
  const scores: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, ['scripts/lighthouse.ts', '--min', '0', '--performance', '/es/compare/'], { cwd: project, env: { ...env, ATLAS_OUT_DIR: dist }, encoding: 'utf8' });
    const score = /\/es\/compare\/: performance (\d+)/.exec(run.stdout ?? '')?.[1];
    if (score) scores.push(Number(score));
  }
  const sorted = [...scores].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return {
    target: `comparison page Lighthouse performance >= ${PAGE_TARGETS.compareLighthouse} (mobile, median of ${runs})`,
    ok: median !== undefined && median >= PAGE_TARGETS.compareLighthouse,
    value: median === undefined ? 'Lighthouse did not run' : `${median} (runs: ${scores.join(', ')}; load average ${loadavg()[0]!.toFixed(1)})`,
  };
}

async function main() {
  const argv = process.argv.slice(2);
  const options = cliOptions(argv);
  const refIndex = argv.indexOf('--ref');
  const ref = refIndex >= 0 ? argv[refIndex + 1] : undefined;
  const keep = argv.includes('--keep');
  const withLighthouse = argv.includes('--lighthouse');

  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const project = join(tmp, 'atlas');
  const bare = join(tmp, 'bare');
  const env = (out: string, cache: string): NodeJS.ProcessEnv => ({
    ...process.env,
    // The project's own Node (package.json devDependency) runs astro and pagefind, as `npm run build` does.
    PATH: `${join(repoRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ATLAS_OUT_DIR: out,
    ATLAS_CACHE_DIR: cache,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
  const fail = (what: string, log: string) => {
    console.error(`\n${what} failed; last lines of ${log}:\n${readFileSync(log, 'utf8').split('\n').slice(-40).join('\n')}`);
    console.error(`(temporary folder kept: ${tmp})`);
    process.exit(2);
  };

  console.log(`Scale benchmark: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${mb(totalmem())} RAM, Node ${process.version}`);
  console.log(`Working in ${tmp}${ref ? ` (sources from git ${ref})` : ' (sources from the working tree)'}`);

  // 1. The project copy and its synthetic content, checked with the real content check.
  copyProject(project, ref);
  let t = performance.now();
  const realContent = join(tmp, 'real-content');
  cpSync(join(project, 'content'), realContent, { recursive: true });
  const g = generate(project, options, realContent);
  const generateSeconds = (performance.now() - t) / 1000;
  console.log(
    `Content: ${g.countries} countries, ${g.institutions} institutions, ${g.accounts} accounts; per language ${g.articles} articles and ${g.interviews} interviews (generated in ${secs(generateSeconds)} s)`,
  );
  // The project's own content check (`npm run check`, checkContent over the real schemas) must accept it.
  const check = await measure(process.execPath, ['scripts/check.ts'], { cwd: project, env: env('', ''), log: join(tmp, 'check.log') });
  if (check.status !== 0) fail('The content check of the generated content', join(tmp, 'check.log'));
  console.log(`Content check: ${readFileSync(join(tmp, 'check.log'), 'utf8').trim().split('\n').pop()}`);

  // 2. The atlas: astro build (as in `npm run build`), then the search index.
  // Inside the project: the prerender chunks Astro writes there resolve packages from its node_modules.
  const atlasDist = join(project, 'dist');
  console.log('Building the atlas...');
  const atlas = await measure(bin('astro'), ['build'], { cwd: project, env: env(atlasDist, join(tmp, 'atlas-cache')), log: join(tmp, 'atlas-build.log') });
  if (atlas.status !== 0) fail('The atlas build', join(tmp, 'atlas-build.log'));
  const pages = countPages(atlasDist);
  const search = await measure(bin('pagefind'), ['--site', atlasDist, '--silent'], { cwd: project, env: env(atlasDist, ''), log: join(tmp, 'pagefind.log') });
  if (search.status !== 0) fail('Pagefind', join(tmp, 'pagefind.log'));

  // 3. A bare Astro site with as many trivial pages, built the same way on the same machine.
  bareSite(bare, pages);
  console.log(`Building a bare Astro site with ${pages} pages...`);
  const bareDist = join(bare, 'dist');
  const baseline = await measure(bin('astro'), ['build'], { cwd: bare, env: env(bareDist, join(tmp, 'bare-cache')), log: join(tmp, 'bare-build.log') });
  if (baseline.status !== 0) fail('The bare build', join(tmp, 'bare-build.log'));
  const barePages = countPages(bareDist);
  const bareMdx = join(tmp, 'bare-mdx');
  bareMdxSite(bareMdx, g.contentDir);
  console.log('Building a bare Astro site that renders only the same MDX entries (reference)...');
  const mdxDist = join(bareMdx, 'dist');
  const mdxOnly = await measure(bin('astro'), ['build'], { cwd: bareMdx, env: env(mdxDist, join(tmp, 'bare-mdx-cache')), log: join(tmp, 'bare-mdx-build.log') });
  if (mdxOnly.status !== 0) fail('The bare MDX build', join(tmp, 'bare-mdx-build.log'));
  const mdxPages = countPages(mdxDist);

  // 4. Page weight at this scale.
  const site = measureSite(atlasDist);
  const heaviest = [...site.pages].sort((a, b) => b.full - a.full);
  const over = site.pages.filter((p) => p.full > TARGETS.pageMax);
  const pick = (p: PageWeight) => [p.path, p.type, kb(p.html), kb(p.total), kb(p.full)];
  const watched = site.pages.filter((p) => ['compare', 'directory', 'data'].includes(p.type) && p.path.startsWith('/es/'));
  const seen = new Set<string>();
  const weightRows = [...watched, ...heaviest.slice(0, 6)].filter((p) => !seen.has(p.path) && seen.add(p.path));

  const ratio = atlas.seconds / baseline.seconds;
  const rate = pages / atlas.seconds;
  const peak = Math.max(atlas.peakBytes, search.peakBytes);
  console.log(
    `\n${table([
      ['build', 'pages', 'seconds', 'pages/s', 'CPU seconds', 'peak memory'],
      ['atlas (astro build)', String(pages), secs(atlas.seconds), rate.toFixed(0), secs(atlas.cpuSeconds), mb(atlas.peakBytes)],
      ['atlas search index (pagefind)', '', secs(search.seconds), '', secs(search.cpuSeconds), mb(search.peakBytes)],
      ['atlas, both (npm run build)', String(pages), secs(atlas.seconds + search.seconds), (pages / (atlas.seconds + search.seconds)).toFixed(0), secs(atlas.cpuSeconds + search.cpuSeconds), mb(peak)],
      ['bare Astro site (astro build)', String(barePages), secs(baseline.seconds), (barePages / baseline.seconds).toFixed(0), secs(baseline.cpuSeconds), mb(baseline.peakBytes)],
      ['reference: bare site, same MDX entries', String(mdxPages), secs(mdxOnly.seconds), (mdxPages / mdxOnly.seconds).toFixed(0), secs(mdxOnly.cpuSeconds), mb(mdxOnly.peakBytes)],
    ])}`,
  );
  console.log(`ratio atlas / bare (astro build): ${ratio.toFixed(2)}x wall time, ${(atlas.cpuSeconds / baseline.cpuSeconds).toFixed(2)}x CPU time`);
  console.log(`machine load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (on ${cpus().length} CPUs; other work on the machine slows wall time)`);
  console.log(`\nPage weight at ${g.countries} countries (gzip; total = HTML + blocking CSS + eager JS; full = with chart code):`);
  console.log(table([['page', 'type', 'HTML', 'total', 'full'], ...weightRows.map(pick)]));
  console.log(over.length ? `Pages over ${kb(TARGETS.pageMax)}: ${over.map((p) => `${p.path} (${kb(p.full)})`).join(', ')}` : `No page over ${kb(TARGETS.pageMax)}.`);

  const results = [
    { target: `>= ${TARGETS.pagesPerSecond} pages/s`, ok: rate >= TARGETS.pagesPerSecond, value: `${rate.toFixed(0)} pages/s` },
    { target: `<= ${TARGETS.ratioToBare}x the bare site's time`, ok: ratio <= TARGETS.ratioToBare, value: `${ratio.toFixed(2)}x` },
    { target: `peak memory < ${mb(TARGETS.peakMemory)}`, ok: peak < TARGETS.peakMemory, value: mb(peak) },
    { target: `no page over ${kb(TARGETS.pageMax)}`, ok: over.length === 0, value: `heaviest ${heaviest[0]?.path} ${kb(heaviest[0]?.full ?? 0)}` },
    ...pageWeightResults(site),
    ...(withLighthouse ? [compareLighthouse(project, atlasDist, env('', ''))] : []),
  ];
  if (!withLighthouse) console.log('\nComparison page, Lighthouse: not measured in this run (add --lighthouse; or `ATLAS_OUT_DIR=<kept atlas/dist> npm run lighthouse -- /es/compare/`, README "Lighthouse").');
  console.log(`\nTargets:\n${results.map((r) => `  ${r.ok ? 'met   ' : 'MISSED'} ${r.target}: ${r.value}`).join('\n')}`);
  writeFileSync(
    join(tmp, 'results.json'),
    JSON.stringify({ options, content: g, atlas, search, baseline, mdxOnly, pages, barePages, mdxPages, ratio, rate, heaviest: heaviest.slice(0, 10) }, null, 2),
  );
  if (keep) console.log(`\nKept ${tmp} (results.json, build logs, both sites).`);
  else rmSync(tmp, { recursive: true, force: true });
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
