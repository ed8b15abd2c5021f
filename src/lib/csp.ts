/**
 * The site's Content-Security-Policy, written once. astro.config.mjs hands it to Astro, which puts it
 * in every page's `<meta>` with the hashes of the scripts and styles it emits; scripts/headers.ts
 * starts the `_headers` policy from the same directives and adds what a `<meta>` cannot carry.
 * Nothing may load from another origin and no inline script runs unless Astro hashed it.
 */

/** Every directive but script-src and style-src, whose hashes Astro adds per build. */
export const cspDirectives = ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** Script sources besides the hashes: 'wasm-unsafe-eval' lets Pagefind's search compile its WebAssembly; it does not allow eval(). */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** Directives a `<meta>` policy cannot carry (it ignores them): they exist only in the header. */
export const headerOnlyPolicy = "frame-ancestors 'none'";

/** The same, for embed pages (/<lang>/embed/<chart>/): made for other sites to frame them. */
export const embedHeaderOnlyPolicy = 'frame-ancestors *';

/** The folder of embed pages inside each locale's folder. */
export const EMBED_DIR = 'embed';

/** The header policy before the pages' own are merged in: the directives above, in the order of a policy. */
export const baselinePolicy = [cspDirectives[0], `script-src ${scriptSources.join(' ')}`, "style-src 'self'", ...cspDirectives.slice(1)].join('; ');

/**
 * The web editor's policy (`<base>admin/` only, never the atlas's pages): its scripts from the site,
 * no eval; inline styles, which the editor's components set as they render; images from the site,
 * data: and blob: (previews of uploads); connections to the site, to data: and blob: (the editor
 * fetches its own inline images and files it holds in memory) and, when signed in on a host, to
 * GitHub's API. Nothing else from another origin: the fonts are served from the site, and the update
 * and GitHub status checks read local files (src/integrations/cms-admin.ts).
 */
export const adminPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self'",
  "connect-src 'self' data: blob: https://api.github.com",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
