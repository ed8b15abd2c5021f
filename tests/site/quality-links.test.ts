/**
 * Links over the built site: every internal link, asset and #anchor resolves (under the base path
 * the site was built for); links stay in their page's language unless they say otherwise (the
 * language switch, or an explicit hreflang); external links are listed in a report, never fetched.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { locales, localeTags, type Locale } from '../../src/i18n/config.ts';
import { allPages, distDir } from '../support/dist.ts';
import { basePath, siteOrigin } from '../support/sitemap.ts';

/** Where reports go: ATLAS_REPORT_DIR, or test-results/ (git-ignored). */
const reportDir = process.env.ATLAS_REPORT_DIR ?? join(process.cwd(), 'test-results');

/** Attributes that point somewhere, per element. */
const urlAttributes: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

const fileOfPage = (page: string) => join(distDir, page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : '');
/** The URL a built page is served at. */
const urlOfPage = (page: string) => new URL(`${basePath}${page.replace(/^\//, '')}`, siteOrigin);
const localeOfPath = (pathInDist: string): Locale | undefined => {
  const first = pathInDist.split('/').filter(Boolean)[0];
  return (locales as readonly string[]).includes(first ?? '') ? (first as Locale) : undefined;
};

interface ParsedPage {
  ids: Set<string>;
  document: Document;
}
const parsed = new Map<string, ParsedPage>();
function parse(file: string): ParsedPage {
  let entry = parsed.get(file);
  if (!entry) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
    for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    entry = { ids, document: document as unknown as Document };
    parsed.set(file, entry);
  }
  return entry;
}

/** External links found, by URL: the pages that link to them. */
const external = new Map<string, Set<string>>();

/**
 * Checks one reference to the site's own origin; returns a problem or undefined.
 * `target` is absolute; `from` names the page or file for the message.
 */
function checkInternal(target: URL, from: string): { problem?: string; file?: string } {
  if (!target.pathname.startsWith(basePath)) return { problem: `${target.pathname} is outside the base path ${basePath}` };
  const rel = decodeURIComponent(target.pathname.slice(basePath.length));
  let file = join(distDir, rel);
  if (rel === '' || rel.endsWith('/')) file = join(file, 'index.html');
  if (!existsSync(file)) return { problem: `${target.pathname} does not exist in the built site (looked for ${relative(distDir, file)})` };
  if (statSync(file).isDirectory()) {
    return existsSync(join(file, 'index.html'))
      ? { problem: `${target.pathname} lacks its trailing slash (the site uses trailingSlash: 'always'; some hosts do not redirect)` }
      : { problem: `${target.pathname} is a folder with no index.html` };
  }
  void from;
  return { file };
}

function checkPage(page: string): string[] {
  const problems: string[] = [];
  const pageUrl = urlOfPage(page);
  const { document, ids } = parse(fileOfPage(page));
  const pageLocale = localeOfPath(page);
  for (const [selector, attr] of urlAttributes) {
    for (const el of document.querySelectorAll(selector)) {
      const raw = el.getAttribute(attr)!.trim();
      const tag = el.tagName.toLowerCase();
      const where = `<${tag} ${attr}="${raw}">`;
      if (raw === '' || raw === '#') {
        problems.push(`${where}: empty link`);
        continue;
      }
      if (/^(mailto|tel):/i.test(raw)) continue;
      if (/^javascript:/i.test(raw)) {
        problems.push(`${where}: javascript: URL`);
        continue;
      }
      let target: URL;
      try {
        target = new URL(raw, pageUrl);
      } catch {
        problems.push(`${where}: not a URL`);
        continue;
      }
      if (target.protocol === 'data:') continue;
      if (target.origin !== siteOrigin) {
        if (tag === 'a' || tag === 'area' || tag === 'blockquote' || tag === 'q') {
          if (!external.has(target.href)) external.set(target.href, new Set());
          external.get(target.href)!.add(page);
        }
        // Resources from other origins are the security test's business (quality-security).
        continue;
      }
      const { problem, file } = checkInternal(target, page);
      if (problem) {
        problems.push(`${where}: ${problem}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !fragment.startsWith(':~:') && file!.endsWith('.html')) {
        const targetIds = file === fileOfPage(page) ? ids : parse(file!).ids;
        if (!targetIds.has(fragment)) problems.push(`${where}: no element with id="${fragment}" on ${target.pathname}`);
      }
      // Language: a link to a page in another language must say so.
      if ((tag === 'a' || tag === 'area') && pageLocale) {
        const targetLocale = localeOfPath(target.pathname.slice(basePath.length));
        if (targetLocale && targetLocale !== pageLocale) {
          const declared = el.getAttribute('hreflang');
          const isSwitch = el.hasAttribute('data-lang-switch');
          if (!isSwitch && declared !== localeTags[targetLocale].bcp47) {
            problems.push(`${where}: leads from a ${pageLocale} page to a ${targetLocale} page without data-lang-switch or hreflang="${localeTags[targetLocale].bcp47}"`);
          }
        }
      }
    }
  }
  return problems;
}

/** Files under dist/ with one of the extensions. */
function filesWith(exts: string[], dir = distDir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) filesWith(exts, full, out);
    else if (exts.some((e) => entry.name.endsWith(e))) out.push(full);
  }
  return out;
}

describe('links', () => {
  const pages = allPages();

  it.each(pages)('%s: internal links and anchors resolve and stay in the language', (page) => {
    expect(checkPage(page).join('\n')).toBe('');
  });

  it('sitemaps and feeds point only at pages that exist', () => {
    const problems: string[] = [];
    for (const file of filesWith(['.xml'])) {
      const xml = readFileSync(file, 'utf8');
      const urls = [...xml.matchAll(/<(?:loc|link|guid|id)(?:\s[^>]*)?>\s*([^<\s]+)\s*</g), ...xml.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      for (const raw of urls) {
        if (!/^https?:/.test(raw)) continue;
        const target = new URL(raw);
        if (target.origin !== siteOrigin) continue;
        const { problem, file: found } = checkInternal(target, relative(distDir, file));
        if (problem) problems.push(`${relative(distDir, file)}: ${raw}: ${problem}`);
        else if (target.hash && found!.endsWith('.html') && !parse(found!).ids.has(decodeURIComponent(target.hash.slice(1)))) problems.push(`${relative(distDir, file)}: ${raw}: no such anchor`);
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  it('stylesheets point only at files that exist', () => {
    const problems: string[] = [];
    for (const file of filesWith(['.css'])) {
      const css = readFileSync(file, 'utf8');
      const fileUrl = new URL(`${basePath}${relative(distDir, file)}`, siteOrigin);
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const raw = m[2]!;
        if (/^(data:|#)/.test(raw)) continue;
        const target = new URL(raw, fileUrl);
        if (target.origin !== siteOrigin) continue;
        const { problem } = checkInternal(target, relative(distDir, file));
        if (problem) problems.push(`${relative(distDir, file)}: url(${raw}): ${problem}`);
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  afterAll(() => {
    const links = [...external].sort(([a], [b]) => a.localeCompare(b)).map(([url, from]) => ({ url, pages: [...from].sort() }));
    mkdirSync(reportDir, { recursive: true });
    const file = join(reportDir, 'external-links.json');
    writeFileSync(file, `${JSON.stringify({ note: 'External links in the built site, listed and not fetched.', count: links.length, links }, null, 2)}\n`);
    console.log(`links: ${links.length} distinct external links (not fetched), listed in ${file}`);
  });
});
