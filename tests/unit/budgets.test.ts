import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, classify, dynamicImports, formatReport, measureSite, staticImports, type Budgets } from '../../scripts/budgets.ts';

const fixtures = join(process.cwd(), 'tests/fixtures/budgets');
const passing = measureSite(join(fixtures, 'pass'));
const page = (path: string) => passing.pages.find((p) => p.path === path)!;

describe('page classification', () => {
  it.each([
    ['/', 'home', 'text'],
    ['/es/', 'home', 'text'],
    ['/en/articles/digital-age/', 'article', 'text'],
    ['/en/interviews/sarukhan/', 'interview', 'text'],
    ['/es/articles/', 'listing', 'text'],
    ['/es/articles/tag/social-media/', 'listing', 'text'],
    ['/es/countries/', 'listing', 'text'],
    ['/en/search/', 'search', 'data'],
    ['/es/sources/', 'sources', 'text'],
    ['/404.html', 'error', 'text'],
    ['/es/countries/mx/', 'country', 'data'],
    ['/en/compare/', 'compare', 'data'],
    ['/es/data/', 'data', 'data'],
    ['/en/directory/', 'directory', 'data'],
    ['/es/something-new/', 'other', 'text'],
  ])('%s is a %s page (%s budgets)', (path, type, group) => {
    expect(classify(path)).toEqual({ type, group });
  });

  it('weighs a text page that embeds a chart as a data page', () => {
    expect(page('/es/articles/with-chart/')).toMatchObject({ type: 'article + charts', group: 'data' });
    expect(page('/es/articles/hello/')).toMatchObject({ type: 'article', group: 'text' });
  });

  it('skips the search index folder', () => {
    expect(passing.pages.some((p) => p.path.startsWith('/pagefind/'))).toBe(false);
    expect(passing.pages).toHaveLength(8);
  });
});

describe('module graph', () => {
  it('reads static and dynamic imports from minified code', () => {
    const code = 'import{a as b}from"./a.js";import"./b.js";export*from\'./c.js\';const m=import.meta.url;import(`./lazy.js`);x.import("no")';
    expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js']);
    expect(dynamicImports(code)).toEqual(['./lazy.js']);
  });

  it('counts a module script and its static imports as eager, the chart chunk apart, search UI not at all', () => {
    const country = page('/es/countries/xx/');
    expect(country.eagerScripts).toEqual(['_astro/chart-loader.js']);
    expect(country.chartChunks).toEqual(['_astro/chart-render.js']);
    // chart-render imports shared.js, already loaded eagerly: only chart-render and chart-lib are chart code.
    const gz = (f: string) => measureSite(join(fixtures, 'pass')).chartChunks.find((c) => c.file === f)!.bytes;
    expect(country.chartJs).toBe(gz('_astro/chart-render.js'));
    expect(country.full).toBe(country.total + country.chartJs + country.images);
    expect(country.images).toBeGreaterThan(0);
    const data = page('/es/data/');
    expect(data.chartJs).toBe(0);
    expect(data.interactionJs).toBeGreaterThan(0);
    expect(data.full).toBeGreaterThan(data.total); // the print stylesheet is loaded but does not block rendering
  });

  it('allows only the theme script on text pages and ignores JSON data blocks', () => {
    expect(page('/es/').eagerScripts).toEqual([expect.stringMatching(/^inline: .*theme/)]);
    expect(page('/es/').eagerJs).toBeGreaterThan(0);
    expect(page('/es/compare/').eagerScripts).toEqual(['_astro/chart-loader.js']);
  });

  it('finds no fonts on a system-font site', () => {
    expect(passing.fonts).toEqual([]);
  });
});

describe('budgets', () => {
  it('pass on a small site within budget', () => {
    expect(checkBudgets(passing)).toEqual([]);
    expect(formatReport(passing)).toMatch(/Text pages: budget 14\.0 KB total/);
  });

  it('fail on a tracker script on a text page, a third-party script and a web font', () => {
    const failing = measureSite(join(fixtures, 'fail'));
    const violations = checkBudgets(failing);
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/es/', rule: 'eagerJs', message: expect.stringContaining('_astro/analytics.js') }),
        expect.objectContaining({ path: '/en/', rule: 'external', message: expect.stringContaining('https://cdn.example.org/widget.js') }),
        expect.objectContaining({ path: '(site)', rule: 'fontFiles', message: expect.stringMatching(/serif\.woff2.*@font-face|@font-face.*serif\.woff2/) }),
      ]),
    );
    expect(violations.some((v) => v.path === '/es/articles/heavy/')).toBe(false);
  });

  it('fail past each size limit', () => {
    const tight: Budgets = {
      ...BUDGETS,
      text: { ...BUDGETS.text, total: page('/es/articles/hello/').total - 1 },
      data: { ...BUDGETS.data, css: 10 },
      chartCode: 10,
      anyPage: page('/es/countries/xx/').full - 1,
    };
    const rules = checkBudgets(passing, tight).map((v) => `${v.path} ${v.rule}`);
    expect(rules).toContain('/es/articles/hello/ total');
    expect(rules).toContain('/es/compare/ css');
    expect(rules).toContain('_astro/chart-render.js chartCode');
    expect(rules).toContain('/es/countries/xx/ anyPage');
  });

  it('exits 0 within budget and 1 past it, naming the page', () => {
    const run = (dir: string) => spawnSync(process.execPath, ['scripts/budgets.ts', join(fixtures, dir)], { encoding: 'utf8' });
    const ok = run('pass');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/All budgets met/);
    const bad = run('fail');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/\/es\/: .*analytics\.js/);
  });
});
