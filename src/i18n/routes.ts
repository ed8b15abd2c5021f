/** Localized paths: every page lives at `<base><locale>/<segments>/`; the other language swaps the locale segment. */
import { defaultLocale, isLocale, locales, type Locale } from './config.ts';

/** The deployment base path, always ending in "/" (e.g. "/atlas/" on GitHub Pages). */
export const basePath: string = ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `localePath('es', 'countries', 'mx')` → "/es/countries/mx/" (with the base path). */
export function localePath(locale: Locale, ...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return `${basePath}${locale}/${rest ? `${rest}/` : ''}`;
}

/** A path with the base, for files such as feeds and data downloads: `assetPath('es', 'rss.xml')`. */
export function filePath(...segments: string[]): string {
  return `${basePath}${segments.filter(Boolean).join('/')}`;
}

/** The segments of a site path after base and locale, e.g. "/atlas/en/countries/mx/" → ["countries", "mx"]. */
export function pageSegments(pathname: string): { locale: Locale; segments: string[] } {
  const withoutBase = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, '');
  const [first, ...rest] = withoutBase.split('/').filter(Boolean);
  return isLocale(first) ? { locale: first, segments: rest } : { locale: defaultLocale, segments: first ? [first, ...rest] : [] };
}

/** The same page in another locale. */
export function swapLocale(pathname: string, to: Locale): string {
  return localePath(to, ...pageSegments(pathname).segments);
}

/**
 * The same page in another locale: its own address there when `paths` gives one (an entry or a tag
 * may have a slug per language), else the same segments under the other locale.
 */
export function pageIn(pathname: string, to: Locale, paths?: Partial<Record<Locale, string>>): string {
  return paths?.[to] ?? swapLocale(pathname, to);
}

/** hreflang alternates for a page available in `available` locales (at `paths` where given). */
export function alternates(pathname: string, available: readonly Locale[] = locales, paths?: Partial<Record<Locale, string>>): { locale: Locale; href: string }[] {
  return available.map((locale) => ({ locale, href: pageIn(pathname, locale, paths) }));
}
