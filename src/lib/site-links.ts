/**
 * Links and images in entries that point into the site. Authors write them from the site's root,
 * without the deployment's base path: `[the comparison](/es/compare/)`, `![a map](/images/map.png)`.
 * The content check refuses a link to a page the site does not build and an image that is not in
 * `public/`; the build prefixes the base path (src/components/mdx/bind.ts renders an entry's links
 * and images through withBase), so the same text works at
 * https://example.org/ and under https://example.github.io/atlas/.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { EntryKind } from './model.ts';

/** The pages every locale has, besides countries and entries (src/pages/[lang]/; a unit test keeps the two in step). */
export const localePages = ['', 'compare', 'countries', 'data', 'directory', 'methodology', 'search', 'sources', 'articles', 'interviews'] as const;

/** What the site builds, as far as links from entries need to know. */
export interface SiteIndex {
  locales: readonly string[];
  countries: ReadonlySet<string>;
  /**
   * Per kind of entry: its file names (in any language: every language has a page, a fallback one
   * or a redirect there), and the tags and countries its listings filter by (tag ids, likewise);
   * `localSlugs` and `localTags`: the addresses of its pages and tag pages per language, as
   * "<locale>/<slug>", where entries and tags have slugs of their own.
   */
  entries: Record<EntryKind, { slugs: ReadonlySet<string>; tags: ReadonlySet<string>; countries: ReadonlySet<string>; localSlugs?: ReadonlySet<string>; localTags?: ReadonlySet<string> }>;
}

/** A URL that leads to another site, or to a file on the reader's machine: it has a scheme or starts with "//". */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');
}

/** A path from the site's root ("/es/compare/"), the one form of site link entries use. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

const pageExpectation = 'a page of this site from its root, such as "/es/compare/", "/en/countries/mx/" or "/es/articles/<slug>/" (without the base path; the build adds it)';

/**
 * Why a site path is not a page the site builds, or undefined when it is. The path may end in an
 * anchor ("#section") or a query, which are not checked here.
 */
export function sitePathProblem(url: string, site: SiteIndex): { message: string; expected: string } | undefined {
  const path = url.replace(/[?#].*$/, '');
  const notFound = (message = 'link to a page the site does not have') => ({ message, expected: pageExpectation });
  if (path === '/') return undefined;
  if (path.startsWith('/data/')) return undefined; // downloads, named on the data page
  if (!path.endsWith('/')) return notFound('link to a page without its closing "/"');
  const [locale, section, ...rest] = path.split('/').slice(1, -1);
  if (!locale || !site.locales.includes(locale)) return notFound(`link to a page outside the site's languages (${site.locales.join(', ')})`);
  if (section === undefined) return undefined;
  if (!rest.length) return (localePages as readonly string[]).includes(section) ? undefined : notFound();
  if (section === 'countries') return rest.length === 1 && site.countries.has(rest[0]!) ? undefined : notFound('link to a country the atlas does not have');
  if (section !== 'articles' && section !== 'interviews') return notFound();
  const entries = site.entries[section];
  if (rest.length === 1) return entries.slugs.has(rest[0]!) || entries.localSlugs?.has(`${locale}/${rest[0]}`) ? undefined : notFound(`link to an entry that is not in content/${section}/`);
  if (rest.length === 2 && rest[0] === 'tags') return entries.tags.has(rest[1]!) || entries.localTags?.has(`${locale}/${rest[1]}`) ? undefined : notFound(`link to a tag no entry in content/${section}/ has`);
  if (rest.length === 2 && rest[0] === 'countries') return entries.countries.has(rest[1]!) ? undefined : notFound(`link to a country no entry in content/${section}/ is about`);
  return notFound();
}

/** Why an image path from the site's root is not a file in `publicDir`, or undefined when it is. */
export function imagePathProblem(url: string, publicDir: string): { message: string; expected: string } | undefined {
  let path: string;
  try {
    path = decodeURI(url.replace(/[?#].*$/, ''));
  } catch {
    return { message: 'image path with a malformed %-escape', expected: 'spaces and accents written as they are, or as valid %-escapes (%20, %C3%A9)' };
  }
  const file = normalize(join(publicDir, path));
  const inside = file.startsWith(normalize(publicDir) + '/');
  const exists = inside && existsSync(file) && lstatSync(file).isFile();
  return exists ? undefined : { message: 'image not found in public/', expected: 'an image file saved under public/, written from the site\'s root: public/images/map.png is ![what it shows](/images/map.png)' };
}

/** A site path with the deployment's base path: "/es/compare/" under "/atlas/" is "/atlas/es/compare/". */
export function withBase(url: string, base: string): string {
  return isSitePath(url) ? `${base.replace(/\/?$/, '/')}${url.slice(1)}` : url;
}
