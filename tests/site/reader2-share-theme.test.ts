/**
 * Sharing, dark mode and print, on every page of both built sites: the fixture site (under the
 * sub-path /atlas/ of https://example.github.io) and the real one (whatever content/ holds, so
 * nothing here names a country, entry or tag of it). Every page has:
 * - description, canonical URL, Open Graph (locale and alternate locales, image) and Twitter card,
 *   with a self-hosted 1200×630 PNG share image per locale;
 * - the no-flash theme script: a same-origin classic script at the top of <head>, before any
 *   stylesheet, allowed by the page's CSP ('self'), at most 1 KB gzip; the toggle in the header;
 * - the print stylesheet is in the page's CSS.
 * What they do in a browser: tests/e2e/reader2-browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentPages, builtSite, pageDocument, siteLocales, siteTranslations, type BuiltSite } from '../support/sites.ts';
import { defaultLocale, locales, type Locale } from '../../src/i18n/config.ts';

const sites = [builtSite('fixture'), builtSite('real')].map((s) => [s.name, s] as const);
const meta = (d: Document, key: string) => [...d.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
const one = (d: Document, key: string) => {
  const values = meta(d, key);
  expect(values, key).toHaveLength(1);
  return values[0]!;
};
/** The 404 page is served at any address and is not indexed: it has no canonical URL to share. */
const shareableOf = (built: BuiltSite) => contentPages(built).filter((p) => p !== '/404.html');
/** Each language the site declares, by its BCP 47 tag. */
const ogOf = (built: BuiltSite) => new Map(Object.values(siteLocales(built)).map((tag) => [tag.bcp47, { locale: tag.code, og: tag.og }]));
/** A locale's share image is its own once scripts/share-images.ts has drawn it (public/share/), else the source language's. */
const imageLocale = (locale: Locale) => (existsSync(join(process.cwd(), 'public', 'share', `atlas-${locale}.png`)) ? locale : defaultLocale);

describe.each(sites)('share tags on every page (%s site)', (_, built) => {
  const { site, base } = built;
  const doc = (path: string) => pageDocument(built, path);
  const shareable = shareableOf(built);
  const tags = ogOf(built);

  it('has pages to check', () => expect(shareable.length).toBeGreaterThan(20));

  for (const path of shareable) {
    it(path, () => {
      const d = doc(path);
      const lang = d.documentElement.getAttribute('lang')!;
      const locale = tags.get(lang)!.locale;
      const url = new URL(`${base}${path.slice(1)}`, site).href;
      expect(d.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
      expect(d.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url);
      expect(one(d, 'description').length).toBeGreaterThan(20);
      expect(one(d, 'og:url')).toBe(url);
      expect(one(d, 'og:title').length).toBeGreaterThan(0);
      expect(one(d, 'og:description')).toBe(one(d, 'description'));
      expect(['website', 'article']).toContain(one(d, 'og:type'));
      expect(one(d, 'og:site_name')).toBe(siteTranslations(built, locale)('site.name'));
      expect(one(d, 'og:locale')).toBe(siteLocales(built)[locale]!.og);
      // The alternates are exactly the page's other languages, as its hreflang links say.
      const others = [...d.querySelectorAll('link[rel="alternate"][hreflang]')]
        .map((l) => l.getAttribute('hreflang')!)
        .filter((h) => h !== 'x-default' && h !== lang)
        .map((h) => tags.get(h)!.og);
      expect(meta(d, 'og:locale:alternate').sort()).toEqual(others.sort());
      const image = one(d, 'og:image');
      expect(image).toBe(new URL(`${base}share/atlas-${imageLocale(locale)}.png`, site).href);
      expect(one(d, 'og:image:width')).toBe('1200');
      expect(one(d, 'og:image:height')).toBe('630');
      expect(one(d, 'og:image:alt').length).toBeGreaterThan(10);
      expect(one(d, 'twitter:card')).toBe('summary_large_image');
      expect(one(d, 'twitter:title')).toBe(one(d, 'og:title'));
      expect(one(d, 'twitter:description')).toBe(one(d, 'description'));
      expect(one(d, 'twitter:image')).toBe(image);
      if (one(d, 'og:type') === 'article') expect(meta(d, 'article:published_time').length).toBeLessThanOrEqual(1);
    });
  }

  it('has a 1200×630 PNG share image per locale, self-hosted and small', () => {
    for (const locale of locales) {
      const png = readFileSync(join(built.dist, 'share', `atlas-${locale}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length).toBeLessThan(150 * 1024);
    }
  });

  it('gives the home page and the root a description and Open Graph tags too', () => {
    for (const path of ['/', '/es/', '/en/']) expect(meta(doc(path), 'og:image')).toHaveLength(1);
  });
});

describe('share tags under a sub-path (fixture site)', () => {
  it('gives absolute URLs with the sub-path', () => {
    const d = pageDocument(builtSite('fixture'), '/en/countries/xr/');
    expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.github.io/atlas/en/countries/xr/');
    expect(d.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe('https://example.github.io/atlas/en/countries/xr/');
    expect(d.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://example.github.io/atlas/share/atlas-en.png');
    expect(d.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en_GB');
    expect(d.querySelector('meta[property="og:locale:alternate"]')?.getAttribute('content')).toBe('es_ES');
  });

  it('gives an entry written in one language no alternate locale', () => {
    const d = pageDocument(builtSite('fixture'), '/es/articles/solo-en-espanol/');
    expect(d.querySelectorAll('meta[property="og:locale:alternate"]')).toHaveLength(0);
    expect(d.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(d.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe('2025-03-10');
  });
});

describe.each(sites)('no-flash theme script and toggle (%s site)', (_, built) => {
  const { base } = built;
  const doc = (path: string) => pageDocument(built, path);
  const pages = contentPages(built);
  const script = readFileSync(join(built.dist, 'theme.js'));

  it('is small: at most 1 KB gzip', () => {
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(1024);
  });

  for (const path of pages) {
    it(`${path}: runs first in <head>, before any stylesheet, blocking, allowed by the CSP`, () => {
      const d = doc(path);
      const head = d.head;
      const tag = head.querySelector(`script[src="${base}theme.js"]`);
      expect(tag, 'theme script in head').toBeTruthy();
      expect(tag!.hasAttribute('async') || tag!.hasAttribute('defer') || tag!.getAttribute('type') === 'module').toBe(false);
      const order = [...head.querySelectorAll('script, link[rel="stylesheet"], style')];
      expect(order[0]).toBe(tag);
      const csp = d.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      if (csp) {
        const scriptSrc = csp.split(';').map((s) => s.trim()).find((s) => s.startsWith('script-src ') || s.startsWith('script-src-elem '));
        expect(scriptSrc, 'script-src').toMatch(/'self'/);
        expect(csp).not.toMatch(/unsafe-inline/);
      }
    });
  }

  for (const locale of Object.keys(siteLocales(built))) {
    it(`has a labelled toggle button in the header (${locale})`, () => {
      const d = doc(`/${locale}/`);
      const button = d.querySelector('header button[data-theme-toggle]')!;
      expect(button.getAttribute('type')).toBe('button');
      expect(button.getAttribute('aria-pressed')).toBe('false');
      expect(button.textContent!.trim()).toBe(siteTranslations(built, locale)('theme.toggle'));
    });
  }
});

describe('print stylesheet (fixture site)', () => {
  const built = builtSite('fixture');
  const doc = (path: string) => pageDocument(built, path);

  it('is in the CSS the pages load: chrome hidden, link targets shown, charts as tables', () => {
    const distDir = built.dist;
    const css = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(distDir, '_astro', f), 'utf8')).join('\n');
    const print = css.split('@media print').slice(1).find((block) => block.includes('.site-header')) ?? '';
    for (const selector of ['.site-header', '.site-footer', 'atlas-chart', 'canvas']) expect(print).toContain(selector);
    expect(print).toMatch(/a\[href\^=(['"]?)http\1\]:?:after\{content:" \(" attr\(href\) "\)"/);
    for (const path of ['/es/countries/xr/', '/en/compare/', '/es/articles/estudio-ficticio/']) {
      const links = [...doc(path).querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!);
      const inline = [...doc(path).querySelectorAll('style')].map((s) => s.textContent).join('');
      const loaded = links.map((h) => readFileSync(join(distDir, h.slice(built.base.length)), 'utf8')).join('') + inline;
      expect(loaded, path).toContain('@media print');
    }
  });

});

describe.each(sites)('print line (%s site)', (_, built) => {
  it('every page of the site has the print line with its address', () => {
    for (const path of shareableOf(built).filter((p) => p !== '/')) {
      const line = pageDocument(built, path).querySelector('.print-only.print-source');
      expect(line?.textContent, path).toContain(new URL(`${built.base}${path.slice(1)}`, built.site).href);
    }
  });
});

it('the share images exist in public/ as committed files', () => {
  for (const locale of locales) expect(existsSync(join(process.cwd(), 'public', 'share', `atlas-${locale}.png`))).toBe(true);
});
