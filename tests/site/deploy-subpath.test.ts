/**
 * The site built for a sub-path (ATLAS_BASE=/atlas/, as on a GitHub Pages project site) and served
 * under it by a plain static server: every internal link and asset reference of every page,
 * stylesheet, script module, feed and sitemap answers 200. URLs on the configured site origin
 * (canonical, hreflang, og:url, sitemap and feed entries) are followed on the local server.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuiltSite } from '../support/sites.ts';
import { referencesIn } from '../support/references.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

let built: BuiltSite;
let server: RunningServer;

beforeAll(async () => {
  // The fixture site is the one built under a sub-path (https://example.github.io/atlas/).
  built = builtSite('fixture');
  server = await serveDist(built.dist, built.base);
}, 300_000);
afterAll(() => server?.close());

interface Crawl {
  checked: Map<string, number>;
  broken: string[];
  outsideBase: string[];
}

/** Follows every internal reference from the start URLs; returns each URL's status. */
async function crawl(start: string[]): Promise<Crawl> {
  const siteRoot = `${built.site}${built.base}`;
  const local = (href: string, from: string): string | undefined => {
    if (/^(mailto|tel|javascript|data|blob):/i.test(href)) return undefined;
    const absolute = href.startsWith(siteRoot) ? server.url + href.slice(siteRoot.length) : new URL(href, from).href;
    const url = new URL(absolute);
    if (url.origin !== server.origin) return undefined; // another site: issue 6's link report lists those
    url.hash = '';
    return url.href;
  };
  const checked = new Map<string, number>();
  const broken: string[] = [];
  const outsideBase: string[] = [];
  const queue = start.map((u) => ({ url: u, from: '(start)' }));
  while (queue.length) {
    const batch = queue.splice(0, 16).filter(({ url }) => !checked.has(url));
    await Promise.all(
      batch.map(async ({ url, from }) => {
        if (checked.has(url)) return;
        checked.set(url, 0);
        if (!new URL(url).pathname.startsWith(built.base)) outsideBase.push(`${url} (from ${from})`);
        const res = await fetch(url);
        checked.set(url, res.status);
        if (res.status !== 200) {
          broken.push(`${res.status} ${url.slice(server.origin.length)} (from ${from.slice(server.origin.length) || from})`);
          return;
        }
        const type = res.headers.get('content-type') ?? '';
        for (const href of referencesIn(await res.text(), type)) {
          const next = local(href, url);
          if (next && !checked.has(next)) queue.push({ url: next, from: url });
        }
      }),
    );
  }
  return { checked, broken, outsideBase };
}

function builtFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(ext)) out.push(relative(dir, join(d, e.name)).replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}

describe('site served under a sub-path (/atlas/)', () => {
  it('every internal link and asset of every page, stylesheet, module, feed and sitemap answers 200', async () => {
    const pages = builtFiles(built.dist, '.html').map((p) => server.url + p);
    const feeds = builtFiles(built.dist, '.xml').map((p) => server.url + p);
    const result = await crawl([server.url, ...pages, ...feeds, `${server.url}robots.txt`]);
    const kinds = { html: 0, css: 0, js: 0, other: 0 };
    for (const url of result.checked.keys()) {
      const path = new URL(url).pathname;
      if (path.endsWith('/') || path.endsWith('.html')) kinds.html++;
      else if (path.endsWith('.css')) kinds.css++;
      else if (path.endsWith('.js')) kinds.js++;
      else kinds.other++;
    }
    console.log(`sub-path crawl: ${result.checked.size} URLs under ${built.base} (${kinds.html} pages, ${kinds.css} stylesheets, ${kinds.js} scripts, ${kinds.other} other), ${result.broken.length} broken`);
    expect(result.outsideBase, 'references that ignore the base path').toEqual([]);
    expect(result.broken, 'broken internal references').toEqual([]);
    expect(kinds.css).toBeGreaterThan(0);
    expect(result.checked.size).toBeGreaterThan(pages.length);
  });

  it('the root URL is a real page under the base, linking to both languages', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    const { document } = parseHTML(await res.text());
    const hrefs = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/atlas/es/', '/atlas/en/']));
  });

  it('404.html, served at any unknown depth, has links and assets that still resolve', async () => {
    for (const path of ['no-such-page/', 'es/countries/zz/', 'en/articles/a/b/c/']) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html).toContain('noindex');
      const refs = referencesIn(html, 'text/html');
      expect(refs.length).toBeGreaterThan(3);
      for (const ref of refs) {
        expect(ref, `404 page reference on ${path}`).toMatch(/^\/atlas\//);
        const target = await fetch(new URL(ref, server.url + path));
        expect(target.status, `${ref} from the 404 page at ${path}`).toBe(200);
      }
    }
  });
});
