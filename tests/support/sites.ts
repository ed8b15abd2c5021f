/**
 * The two built sites of a test run (tests/setup/global-setup.ts builds them once): `real`, from
 * content/, for the content gates; `fixture`, from tests/fixture-site/content under /atlas/, for the
 * behaviour tests. Helpers read pages from either by URL path.
 */
import { adminDir } from '../../src/lib/deploy.ts';
import { readLocales, type Locale, type LocaleInfo } from '../../src/i18n/config.ts';
import { readDictionaryFile, useTranslations, type UiKey } from '../../src/i18n/ui.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { parseHTML } from 'linkedom';

export type SiteName = 'real' | 'fixture';

export interface BuiltSite {
  name: SiteName;
  /** The built folder, like dist/. */
  dist: string;
  /** The content tree it was built from (a copy, safe to read). */
  content: string;
  /** ATLAS_SITE it was built with: an origin, "https://example.github.io". */
  site: string;
  /** ATLAS_BASE it was built with: "/" or "/atlas/". */
  base: string;
  fingerprint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, BuiltSite>;
  }
}

/** The locales a built site declares (its content/locales.yaml), by code, in order. */
export function siteLocales(site: BuiltSite): Record<Locale, LocaleInfo> {
  let found = declaredLocales.get(site.content);
  if (!found) declaredLocales.set(site.content, (found = Object.fromEntries(readLocales(join(site.content, '..')).map((l) => [l.code, l]))));
  return found;
}
const declaredLocales = new Map<string, Record<Locale, LocaleInfo>>();

/**
 * A site's UI strings in a locale, unmarked: its own dictionary file (content/ui/<locale>.yaml) where
 * it has one, else the shipped dictionaries (which fall back to the source language).
 */
export function siteTranslations(site: BuiltSite, locale: Locale): (key: UiKey) => string {
  const file = join(site.content, 'ui', `${locale}.yaml`);
  const own = existsSync(file) ? readDictionaryFile(file).strings : {};
  const shipped = useTranslations(locale, { mark: false });
  return (key) => own[key] ?? shipped(key);
}

/** A built site of this run. Only tests under tests/site and tests/e2e have them (see vitest.config.ts). */
export function builtSite(name: SiteName): BuiltSite {
  const site = inject('sites')?.[name];
  if (!site) throw new Error(`no ${name} site: this test must run in the "built" Vitest project (tests/site, tests/e2e), whose global setup builds it`);
  return site;
}

/** A page path as a file: "/es/compare/" → "<dist>/es/compare/index.html"; the base path is not part of it. */
export function pageFile(site: BuiltSite, path: string): string {
  return join(site.dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
}

/** The HTML of a built page, by its path without the base ("/es/compare/"). */
export function readPage(site: BuiltSite, path: string): string {
  return readFileSync(pageFile(site, path), 'utf8');
}

/**
 * True for a redirect page: an old address (an entry's or a tag's before its slug) that sends the
 * reader on with a meta refresh (src/components/layout/RedirectPage.astro). Browser gates do not
 * open them (the browser would leave for the target); the static gates hold them to their own rules.
 */
export function isRedirectPage(site: BuiltSite, path: string): boolean {
  return /<meta http-equiv="refresh"/i.test(readPage(site, path));
}

/** A built page parsed with linkedom. */
export function pageDocument(site: BuiltSite, path: string): Document {
  return parseHTML(readPage(site, path)).document as unknown as Document;
}

/** A built file other than a page ("data/atlas.json", "es/rss.xml"). */
export function readBuilt(site: BuiltSite, path: string): string {
  return readFileSync(join(site.dist, path.replace(/^\//, '')), 'utf8');
}

/** Every built HTML file as a path without the base ("/es/compare/"), sorted. */
export function allPages(site: BuiltSite): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      // The web editor (admin/) is no page of the atlas: tests/site/cms-admin.test.ts holds it to its own rules.
      if (entry.isDirectory()) {
        if (relative(site.dist, full) !== adminDir) walk(full);
      } else if (entry.name.endsWith('.html')) out.push(`/${relative(site.dist, full).replace(/index\.html$/, '')}`);
    }
  };
  walk(site.dist);
  return out.sort();
}

/** Every page a reader reads: the built pages without the redirect pages old addresses keep. */
export function contentPages(site: BuiltSite): string[] {
  return allPages(site).filter((p) => !isRedirectPage(site, p));
}

export const exists = (site: BuiltSite, path: string) => existsSync(join(site.dist, path.replace(/^\//, '')));

/** Text content with whitespace collapsed. */
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
