/**
 * What search engines and static hosts read, on the sub-path build (site https://example.github.io,
 * base /atlas/): the root language choice, the sitemap and its language alternates, robots.txt,
 * canonical URLs and 404.html.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, siteLocales, type BuiltSite } from '../support/sites.ts';

/** The languages the fixture site declares (its content/locales.yaml). */
const localesOf = (site: BuiltSite) => Object.keys(siteLocales(site));

let built: BuiltSite;
let root: string; // "https://example.github.io/atlas/"
beforeAll(async () => {
  // The fixture site is the one built under a sub-path (https://example.github.io/atlas/).
  built = builtSite('fixture');
  root = `${built.site}${built.base}`;
}, 300_000);

const read = (path: string) => readFileSync(join(built.dist, path), 'utf8');
const doc = (path: string) => parseHTML(read(path)).document;

/** Every built page as its absolute URL on the configured site, with its file. */
function pages(): { url: string; file: string }[] {
  const out: { url: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'index.html') {
        const rel = relative(built.dist, d).split('\\').join('/');
        out.push({ url: root + (rel ? `${rel}/` : ''), file: full });
      }
    }
  };
  walk(built.dist);
  return out.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * What a page's <head> says about indexing, read here with a DOM parser: independently of
 * src/integrations/sitemap-from-pages.ts, which wrote the sitemap from the same heads.
 */
function readPageHead(html: string): { noindex: boolean; canonical?: string; alternates: { lang: string; url: string }[] } {
  const { document } = parseHTML(html);
  const robots = document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
  return {
    noindex: /noindex/i.test(robots),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => ({ lang: l.getAttribute('hreflang')!, url: l.getAttribute('href')! })),
  };
}

interface SitemapUrl {
  loc: string;
  alternates: Record<string, string>;
}
function sitemapUrls(): SitemapUrl[] {
  const index = read('sitemap-index.xml');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  return files.flatMap((href) => {
    expect(href.startsWith(root), `sitemap file ${href} is under ${root}`).toBe(true);
    const xml = read(href.slice(root.length));
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!,
      alternates: Object.fromEntries([...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1]!, a[2]!])),
    }));
  });
}

describe('root URL', () => {
  it('is a real page that needs no JavaScript, with one h1 and a plain link to each language', () => {
    const html = read('index.html');
    const document = doc('index.html');
    // No redirect of any kind: no refresh and no inline script; the choice is made with plain links.
    expect(html).not.toMatch(/http-equiv="refresh"/i);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.documentElement.getAttribute('lang')).toBe('es');
    for (const locale of localesOf(built)) {
      const link = document.querySelector(`main a[href="${built.base}${locale}/"]`);
      expect(link, `link to ${locale}`).toBeTruthy();
      expect(link!.closest('[lang]')!.getAttribute('lang'), `the ${locale} choice is marked up in ${locale}`).toBe(locale);
    }
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
  });

  it('tells search engines about every language, with itself as x-default and canonical', () => {
    const head = readPageHead(read('index.html'));
    expect(head.canonical).toBe(root);
    expect(Object.fromEntries(head.alternates.map((a) => [a.lang, a.url]))).toEqual({ es: `${root}es/`, en: `${root}en/`, fr: `${root}fr/`, 'x-default': root });
  });

  it('is the x-default of both home pages too, so the cluster agrees', () => {
    for (const locale of localesOf(built)) {
      const head = readPageHead(read(`${locale}/index.html`));
      expect(head.alternates.find((a) => a.lang === 'x-default')?.url, `${locale} home`).toBe(root);
    }
  });
});

describe('canonical URLs and hreflang', () => {
  it('every page has an absolute canonical URL on the configured site and base, naming a built page', () => {
    const urls = new Set(pages().map((p) => p.url));
    for (const page of pages()) {
      const head = readPageHead(readFileSync(page.file, 'utf8'));
      if (head.noindex) continue;
      expect(head.canonical, `canonical of ${page.url}`).toBeDefined();
      expect(urls.has(head.canonical!), `${page.url}: canonical ${head.canonical} is a built page`).toBe(true);
      for (const alt of head.alternates) expect(urls.has(alt.url), `${page.url}: hreflang ${alt.lang} → ${alt.url}`).toBe(true);
    }
  });

  it('alternates are reciprocal: a page listed as an alternate lists the same set back', () => {
    const heads = new Map(pages().map((p) => [p.url, readPageHead(readFileSync(p.file, 'utf8'))]));
    for (const [url, head] of heads) {
      if (head.noindex || head.canonical !== url) continue;
      const set = JSON.stringify(head.alternates.filter((a) => a.lang !== 'x-default').sort((a, b) => a.lang.localeCompare(b.lang)));
      for (const alt of head.alternates) {
        if (alt.lang === 'x-default' || alt.url === url) continue;
        const other = heads.get(alt.url)!;
        const back = JSON.stringify(other.alternates.filter((a) => a.lang !== 'x-default').sort((a, b) => a.lang.localeCompare(b.lang)));
        expect(back, `${alt.url} lists the alternates ${url} lists`).toBe(set);
      }
    }
  });
});

describe('sitemap', () => {
  it('robots.txt points to the sitemap index at the site and base', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${root.replace(/[.]/g, '\\.')}sitemap-index\\.xml$`, 'm'));
    expect(read('robots.txt')).toMatch(/^User-agent: \*$/m);
  });

  it('lists every indexable canonical page once, with no build date', () => {
    const listed = sitemapUrls().map((u) => u.loc);
    expect(new Set(listed).size).toBe(listed.length);
    const expected = pages()
      .filter((p) => {
        const h = readPageHead(readFileSync(p.file, 'utf8'));
        return !h.noindex && h.canonical === p.url;
      })
      .map((p) => p.url);
    expect([...listed].sort()).toEqual(expected.sort());
    expect(listed).toContain(root);
    expect(listed).not.toContain(`${root}404.html`);
    expect(read('sitemap-0.xml')).not.toContain('<lastmod>');
  });

  it('gives each URL the language alternates and x-default its page declares (xhtml:link)', () => {
    const urls = sitemapUrls();
    let withAlternates = 0;
    for (const u of urls) {
      const rel = u.loc.slice(root.length);
      const head = readPageHead(read(join(rel, 'index.html')));
      expect(u.alternates, u.loc).toEqual(Object.fromEntries(head.alternates.map((a) => [a.lang, a.url])));
      if (Object.keys(u.alternates).length) {
        withAlternates++;
        expect(Object.keys(u.alternates), u.loc).toContain('x-default');
      }
    }
    // The country, comparison and home pages exist in both languages.
    expect(withAlternates).toBeGreaterThan(urls.length / 2);
    const compare = urls.find((u) => u.loc === `${root}en/compare/`)!;
    // The fixture declares a third language, French (tests/site/third-locale.test.ts).
    expect(compare.alternates).toEqual({ es: `${root}es/compare/`, en: `${root}en/compare/`, fr: `${root}fr/compare/`, 'x-default': `${root}es/compare/` });
  });
});

describe('404 page', () => {
  it('is 404.html at the root of the output, not indexed, offering both languages with base-absolute links', () => {
    expect(existsSync(join(built.dist, '404.html'))).toBe(true);
    const document = doc('404.html');
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    for (const locale of localesOf(built)) {
      expect(document.querySelector(`a[href="${built.base}${locale}/"]`), `home link in ${locale}`).toBeTruthy();
      expect(document.querySelector(`main [lang="${locale}"]`), `text in ${locale}`).toBeTruthy();
    }
    for (const el of document.querySelectorAll('[href], [src]')) {
      const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
      expect(ref, 'a link on a page served at any path must not be relative').toMatch(/^(\/atlas\/|#)/);
    }
  });
});
