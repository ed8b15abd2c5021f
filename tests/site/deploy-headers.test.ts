/**
 * `_headers` for Netlify and Cloudflare Pages: its content, its fit with the pages' own CSP
 * `<meta>`, and, in Chromium with the headers applied as those hosts would, no page is blocked by
 * the header policy while framing is refused.
 */
import { adminDir } from '../../src/lib/deploy.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile, parsePolicy, sitePolicy } from '../../scripts/headers.ts';
import { launchBrowser } from '../support/browser.ts';
import { builtSite, type BuiltSite } from '../support/sites.ts';
import { headersFor, parseHeadersFile, pathMatches, type HeaderRule } from '../support/headers-file.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

let built: BuiltSite;
let rules: HeaderRule[];
let text: string;
beforeAll(async () => {
  // The fixture site is the one built under a sub-path (https://example.github.io/atlas/).
  built = builtSite('fixture');
  text = readFileSync(join(built.dist, '_headers'), 'utf8');
  rules = parseHeadersFile(text);
}, 300_000);

const immutable = /\bimmutable\b/;

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Each page's own policy, with the file it is in. */
function pageMetaPolicies(): [string, Map<string, string[]>][] {
  return allFiles(built.dist)
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => {
      const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(join(built.dist, f), 'utf8'));
      return m ? [[f, parsePolicy(m[1]!.replace(/&#39;/g, "'"))] as [string, Map<string, string[]>]] : [];
    });
}

describe('_headers', () => {
  it('sets the security headers on every path under the base', () => {
    const page = headersFor(rules, `${built.base}es/compare/`);
    const csp = parsePolicy(page['content-security-policy'] ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(page['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['cache-control'], 'HTML is not cached as immutable').toBeUndefined();
    // The same headers apply to the root page, 404.html, feeds and data files.
    for (const path of ['', '404.html', 'es/rss.xml', 'sitemap-index.xml']) {
      expect(headersFor(rules, `${built.base}${path}`)['content-security-policy'], path).toBe(page['content-security-policy']);
    }
  });

  it('allows no inline script, no eval and no other origin', () => {
    const csp = parsePolicy(headersFor(rules, built.base)['content-security-policy']!);
    for (const [name, sources] of csp) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
      for (const s of sources) expect(s, `${name} names another origin`).not.toMatch(/^(https?:|\*|\/\/)/);
    }
  });

  it('allows everything each page\'s own CSP meta allows, so the two together never block a page', () => {
    const metas = pageMetaPolicies();
    expect(metas.length, 'pages carry a CSP meta (Astro security.csp)').toBeGreaterThan(0);
    // The header for the page's own path: the web editor (admin/) has a policy of its own there.
    for (const [file, meta] of metas) {
      const header = parsePolicy(headersFor(rules, `${built.base}${file.replace(/index\.html$/, '')}`)['content-security-policy']!);
      for (const [name, sources] of meta) {
        const allowed = header.get(name) ?? header.get('default-src')!;
        for (const s of sources) expect(allowed, `${name} ${s}`).toContain(s);
      }
    }
  });

  it('caches as immutable only files whose names carry a content hash', () => {
    const files = allFiles(built.dist);
    const cached = files.filter((f) => immutable.test(headersFor(rules, `${built.base}${f}`)['cache-control'] ?? ''));
    expect(cached.some((f) => f.startsWith('_astro/')), '_astro/ is cached').toBe(true);
    expect(cached.some((f) => f.startsWith('pagefind/fragment/')), 'pagefind fragments are cached').toBe(true);
    for (const f of cached) {
      expect(f, 'a cached file has a hash in its name').toMatch(/[._-][A-Za-z0-9_-]{7,}\.[a-z_]+$|_[0-9a-f]{7,}\.pf_\w+$/);
      expect(f).not.toMatch(/\.html$|\.xml$|\.txt$|pagefind(-entry)?\.js(on)?$|\.pagefind$/);
    }
    for (const f of ['index.html', 'es/index.html', 'robots.txt', 'sitemap-index.xml', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      if (existsSync(join(built.dist, f))) expect(cached, f).not.toContain(f);
    }
    // No rule sets a header twice for a path (both hosts would join the values with a comma), unless
    // a later rule first detaches it ("! Name", the web editor's own policy under admin/).
    for (const f of files) {
      const names = rules.filter((r) => pathMatches(r.path, `${built.base}${f}`)).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
      const set: string[] = [];
      for (const n of names) {
        if (n.startsWith('!')) {
          if (set.includes(n.slice(1))) set.splice(set.indexOf(n.slice(1)), 1);
        } else {
          expect(set, `${f}: ${n} set twice`).not.toContain(n);
          set.push(n);
        }
      }
    }
  });

  it('fits Cloudflare Pages\' limits (100 rules, 2,000 characters a line)', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it('is written for the base the site was built with (rules under "/" for a root deployment)', () => {
    expect(rules.every((r) => r.path.startsWith(built.base))).toBe(true);
    const atRoot = parseHeadersFile(headersFile(built.dist, '/'));
    expect(atRoot[0]!.path).toBe('/*');
    expect(atRoot.map((r) => r.path)).toContain('/_astro/*');
    expect(sitePolicy(built.dist)).toBe(headersFor(rules, built.base)['content-security-policy']);
  });
});

describe('_headers applied in Chromium, as Netlify or Cloudflare Pages would', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveDist(built.dist, built.base);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * One page per kind of route (home, listing, entry, country, ...) in the default language, plus
   * the root and 404.html: the header policy is the same for every page, what differs is what a
   * kind of page loads. New kinds of pages are picked up as they are added.
   */
  function samplePages(): string[] {
    const byShape = new Map<string, string>();
    // The web editor (admin/) is not a kind of atlas page: its policy is checked in tests/site/cms-admin.test.ts
    // (the same as its <meta>, under which tests/e2e/cms.test.ts runs it with no CSP report).
    for (const f of allFiles(built.dist).filter((f) => f.endsWith('.html') && !f.startsWith('en/') && !f.startsWith(`${adminDir}/`)).sort()) {
      const parts = f.replace(/index\.html$/, '').split('/').filter(Boolean);
      // Articles and interviews share their templates: one kind of page for both.
      const shape = `${parts.slice(0, 2).join('/').replace('/interviews', '/articles')}:${parts.length}`;
      if (!byShape.has(shape)) byShape.set(shape, f.replace(/index\.html$/, ''));
    }
    return [...byShape.values()];
  }

  it('no page kind is blocked: no CSP report, console error or failed script', async () => {
    const paths = samplePages();
    expect(paths.length).toBeGreaterThan(5);
    // One page for all visits (a new browser context costs most of a second).
    const context = await browser.newContext();
    const page = await context.newPage();
    let problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Permissions-Policy|Refused/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    // A navigation cancels what the previous page was still loading (its icon, say): not a block.
    page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const extra = headersFor(rules, new URL(route.request().url()).pathname);
      await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
    });
    const failures: string[] = [];
    for (const path of paths) {
      problems = [];
      await page.goto(server.url + path, { waitUntil: 'load' });
      // Bring each chart into view and wait for it to draw, so that lazy chart code loads under the policy too.
      const charts = page.locator('atlas-chart');
      for (let i = 0; i < (await charts.count()); i++) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => (el as HTMLElement).dataset.drawn === 'true', await charts.nth(i).elementHandle(), { timeout: 15_000 });
      }
      // Whatever the scripts start once the charts are drawn (none today) gets a frame to start.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
      if (problems.length) failures.push(`${path}: ${problems.join(' | ')}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 120_000);

  it('refuses to be framed (frame-ancestors \'none\')', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith('/frame-test')) {
        return route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>frame</title><iframe src="${built.base}es/"></iframe>` });
      }
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, url.pathname) } });
    });
    await page.goto(`${server.url}frame-test`, { waitUntil: 'networkidle' });
    const framed = page.frames().find((f) => f !== page.mainFrame());
    const framedTitle = await framed?.evaluate(() => document.title).catch(() => '');
    expect(framedTitle, 'the framed page did not render').not.toMatch(/Atlas/);
    expect(messages.join('\n')).toMatch(/frame-ancestors/);
    await context.close();
  });
});
