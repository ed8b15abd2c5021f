/**
 * Gate: links over a built site. Every internal link, asset and #anchor resolves (under the base path
 * the site was built for); links stay in their page's language unless they say otherwise (the
 * language switch, or an explicit hreflang); sitemaps, feeds and stylesheets point only at files
 * that exist. External links are collected for a report, never fetched.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Locale } from '../../../src/i18n/config.ts';
import { isRedirectPage, pageFile, siteLocales, type BuiltSite } from '../sites.ts';

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

/** The locale a path in the site is in: its first segment, when the site declares that locale. */
const localeOfPath = (site: BuiltSite, pathInDist: string): Locale | undefined => {
  const first = pathInDist.split('/').filter(Boolean)[0];
  return first && first in siteLocales(site) ? first : undefined;
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


/**
 * Checks one reference to the site's own origin; returns a problem or undefined.
 * `target` is absolute; `from` names the page or file for the message.
 */
function checkInternal(site: BuiltSite, target: URL): { problem?: string; file?: string } {
  if (!target.pathname.startsWith(site.base)) return { problem: `${target.pathname} is outside the base path ${site.base}` };
  const rel = decodeURIComponent(target.pathname.slice(site.base.length));
  let file = join(site.dist, rel);
  if (rel === '' || rel.endsWith('/')) file = join(file, 'index.html');
  if (!existsSync(file)) return { problem: `${target.pathname} does not exist in the built site (looked for ${relative(site.dist, file)})` };
  if (statSync(file).isDirectory()) {
    return existsSync(join(file, 'index.html'))
      ? { problem: `${target.pathname} lacks its trailing slash (the site uses trailingSlash: 'always'; some hosts do not redirect)` }
      : { problem: `${target.pathname} is a folder with no index.html` };
  }
  return { file };
}

/**
 * Problems with the links of one built page: internal links, assets and #anchors that do not
 * resolve (under the site's base path), and links into another language that do not say so.
 * External links are recorded in `external` (URL → pages), never fetched.
 */
export function linkProblems(site: BuiltSite, page: string, external = new Map<string, Set<string>>()): string[] {
  const problems: string[] = [];
  const pageUrl = new URL(`${site.base}${page.replace(/^\//, '')}`, site.site);
  const { document, ids } = parse(pageFile(site, page));
  const pageLocale = localeOfPath(site, page);
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
      if (target.origin !== site.site) {
        if (tag === 'a' || tag === 'area' || tag === 'blockquote' || tag === 'q') {
          if (!external.has(target.href)) external.set(target.href, new Set());
          external.get(target.href)!.add(page);
        }
        // Resources from other origins are the security test's business (quality-security).
        continue;
      }
      const { problem, file } = checkInternal(site, target);
      if (problem) {
        problems.push(`${where}: ${problem}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !fragment.startsWith(':~:') && file!.endsWith('.html')) {
        const targetIds = file === pageFile(site, page) ? ids : parse(file!).ids;
        if (!targetIds.has(fragment)) problems.push(`${where}: no element with id="${fragment}" on ${target.pathname}`);
      }
      // Language: a link to a page in another language must say so. A link inside text marked as
      // another language (a page shown in the source language while untranslated) may also lead to
      // pages in that one.
      const textLocale = el.parentElement?.closest('[lang]')?.getAttribute('lang');
      const linkLocale = textLocale && textLocale !== siteLocales(site)[pageLocale ?? '']?.bcp47 ? Object.values(siteLocales(site)).find((l) => l.bcp47 === textLocale)?.code : pageLocale;
      if ((tag === 'a' || tag === 'area') && linkLocale) {
        const targetLocale = localeOfPath(site, target.pathname.slice(site.base.length));
        if (targetLocale && targetLocale !== linkLocale && targetLocale !== pageLocale) {
          const declared = el.getAttribute('hreflang');
          const isSwitch = el.hasAttribute('data-lang-switch');
          if (!isSwitch && declared !== siteLocales(site)[targetLocale].bcp47) {
            problems.push(`${where}: leads from ${linkLocale === pageLocale ? `a ${pageLocale} page` : `${linkLocale} text on a ${pageLocale} page`} to a ${targetLocale} page without data-lang-switch or hreflang="${siteLocales(site)[targetLocale].bcp47}"`);
          }
        }
      }
    }
  }
  return problems;
}

/** Files of a built site with one of the extensions. */
function filesWith(exts: string[], dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) filesWith(exts, full, out);
    else if (exts.some((e) => entry.name.endsWith(e))) out.push(full);
  }
  return out;
}

/** Sitemaps and feeds that point at pages or anchors that do not exist. */
export function xmlLinkProblems(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const file of filesWith(['.xml'], site.dist)) {
    const xml = readFileSync(file, 'utf8');
    const urls = [...xml.matchAll(/<(?:loc|link|guid|id)(?:\s[^>]*)?>\s*([^<\s]+)\s*</g), ...xml.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const raw of urls) {
      if (!/^https?:/.test(raw)) continue;
      const target = new URL(raw);
      if (target.origin !== site.site) continue;
      const { problem, file: found } = checkInternal(site, target);
      if (problem) problems.push(`${relative(site.dist, file)}: ${raw}: ${problem}`);
      else if (target.hash && found!.endsWith('.html') && !parse(found!).ids.has(decodeURIComponent(target.hash.slice(1)))) problems.push(`${relative(site.dist, file)}: ${raw}: no such anchor`);
    }
  }
  return problems;
}

/** Stylesheets that point at files that do not exist. */
export function cssLinkProblems(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const file of filesWith(['.css'], site.dist)) {
    const css = readFileSync(file, 'utf8');
    const fileUrl = new URL(`${site.base}${relative(site.dist, file)}`, site.site);
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const raw = m[2]!;
      if (/^(data:|#)/.test(raw)) continue;
      const target = new URL(raw, fileUrl);
      if (target.origin !== site.site) continue;
      const { problem } = checkInternal(site, target);
      if (problem) problems.push(`${relative(site.dist, file)}: url(${raw}): ${problem}`);
    }
  }
  return problems;
}

/**
 * The language switch of one built page: on a page in a language, each switch link names its
 * language (hreflang), leads to a built page in that language, and that page's switch back leads
 * here. (That a keyboard can follow a link is the browser's part, tested once in
 * tests/e2e/reader-tools.test.ts.)
 */
export function languageSwitchProblems(site: BuiltSite, page: string): string[] {
  const pageLocale = localeOfPath(site, page);
  if (!pageLocale) return []; // the root language choice and the 404 page have no switch
  // Embed pages (a chart alone, framed by other sites) have no header: the embedding page chose the language.
  if (/^\/[^/]+\/embed\//.test(page)) return [];
  // A redirect page (an old address) has no header: it leads to the page, whose switch is checked there.
  if (isRedirectPage(site, page)) return [];
  const here = `${site.base}${page.replace(/^\//, '')}`;
  const { document } = parse(pageFile(site, page));
  const switches = [...document.querySelectorAll('header a[data-lang-switch]')];
  if (switches.length === 0) return [`${page} has no language switch (header a[data-lang-switch])`];
  const problems: string[] = [];
  for (const link of switches) {
    const hreflang = link.getAttribute('hreflang') ?? '';
    const target = new URL(link.getAttribute('href') ?? '', new URL(here, site.site));
    const targetLocale = localeOfPath(site, target.pathname.slice(site.base.length));
    if (!targetLocale || siteLocales(site)[targetLocale].bcp47 !== hreflang) {
      problems.push(`the switch to ${hreflang} leads to ${target.pathname}, not a page in that language`);
      continue;
    }
    const { problem, file } = checkInternal(site, target);
    if (problem) {
      problems.push(`the switch to ${hreflang}: ${problem}`);
      continue;
    }
    const landing = parse(file!).document;
    if (landing.documentElement.getAttribute('lang') !== hreflang) problems.push(`the switch to ${hreflang} lands on a page in ${landing.documentElement.getAttribute('lang')}`);
    const back = [...landing.querySelectorAll(`header a[data-lang-switch][hreflang="${siteLocales(site)[pageLocale].bcp47}"]`)];
    const backTo = back.map((a) => new URL(a.getAttribute('href') ?? '', target).pathname);
    if (backTo.length !== 1 || backTo[0] !== here) problems.push(`${target.pathname} switches back to ${backTo.join(', ') || 'nothing'}, not ${here}`);
  }
  return problems;
}
