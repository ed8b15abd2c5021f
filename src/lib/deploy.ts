/**
 * The build's environment: the one place that knows the ATLAS_* variable names and their defaults
 * (astro.config.mjs, the content guard and the scripts all ask here).
 *
 * - ATLAS_SITE: the origin the site is served from, e.g. "https://example.github.io".
 * - ATLAS_BASE: the path it lives under on that origin, e.g. "/atlas/" (default "/").
 * - ATLAS_OUT_DIR: where the build goes (default "dist").
 * - ATLAS_CACHE_DIR: Astro's cache (default "node_modules/.astro"); separate caches let builds run side by side.
 * - ATLAS_CONTENT_CHECK: "warn" logs content problems instead of failing the build (tests of bad content only).
 * - ATLAS_CHROMIUM: the Chromium the scripts drive (default "/usr/bin/chromium").
 * - ATLAS_LISTING_PAGE_SIZE: entries per listing page instead of LISTING_PAGE_SIZE (src/lib/entries.ts);
 *   for the fixture site's tests only, whose few entries must span pages.
 */

type Env = Record<string, string | undefined>;

export interface DeployTarget {
  /** Origin only, no trailing slash: "https://atlas.example.org". */
  site: string;
  /** Always starts and ends with "/": "/" or "/atlas/". */
  base: string;
}

export const defaultSite = 'https://atlas.example.org';

/** "atlas", "/atlas", "atlas/" and "/atlas/" all become "/atlas/"; empty becomes "/". */
export function normalizeBase(raw: string | undefined): string {
  const segments = (raw ?? '').split('/').filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export function deployTarget(env: Env = process.env): DeployTarget {
  const rawSite = env.ATLAS_SITE?.trim() || defaultSite;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(`ATLAS_SITE: "${rawSite}" is not a URL (expected an origin such as https://example.org)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ATLAS_SITE: "${rawSite}" uses ${url.protocol} (expected an http or https origin such as https://example.org)`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`ATLAS_SITE: "${rawSite}" has a path (expected the origin only; put the path in ATLAS_BASE, e.g. ATLAS_SITE=${url.origin} ATLAS_BASE=${url.pathname})`);
  }
  return { site: url.origin, base: normalizeBase(env.ATLAS_BASE) };
}

/** The build's output folder, relative to the working directory unless absolute. */
export function outDir(env: Env = process.env): string {
  return env.ATLAS_OUT_DIR || 'dist';
}

export function cacheDir(env: Env = process.env): string {
  return env.ATLAS_CACHE_DIR || './node_modules/.astro';
}

export function contentCheckWarns(env: Env = process.env): boolean {
  return env.ATLAS_CONTENT_CHECK === 'warn';
}

/** ATLAS_LISTING_PAGE_SIZE as a whole number of entries, or undefined when unset. */
export function listingPageSizeOverride(env: Env = process.env): number | undefined {
  const raw = env.ATLAS_LISTING_PAGE_SIZE?.trim();
  if (!raw) return undefined;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`ATLAS_LISTING_PAGE_SIZE: "${raw}" is not a whole number of entries (expected 1 or more, e.g. 2)`);
  return size;
}

export function chromiumPath(env: Env = process.env): string {
  return env.ATLAS_CHROMIUM || '/usr/bin/chromium';
}

/**
 * Folder of the web editor inside the built site (`<base>admin/`, src/integrations/cms-admin.ts): not
 * a page of the atlas, so the sitemap, the search index and the page gates leave it out and it has a
 * Content-Security-Policy of its own.
 */
export const adminDir = 'admin';
