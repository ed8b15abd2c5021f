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
