/**
 * Two trims of the built pages, after Astro has written them (page-weight budgets, scripts/budgets.ts):
 *
 * - **Each page's CSP `<meta>` names only the hashes that page needs.** Astro writes one list into
 *   every page: the hashes of every inline script and style of the whole build, of every bundled
 *   script and stylesheet file (which a hash cannot allow anyway: files load under 'self') and of
 *   its own island scripts, which the site does not use. Sixteen hashes, about 0.7 KB gzip on every
 *   page, and a page that has no inline script at all (most of them) allowed sixteen. Here a page
 *   keeps the hash of each inline script and style it holds, the others go: the policy gets tighter
 *   and lighter. scripts/headers.ts derives `_headers` from these metas, so it follows.
 * - **`theme.js` is minified** (public/theme.js stays the readable source): it runs first on every
 *   page, so its bytes count on every page.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifySync } from 'vite';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH = /^'sha(256|384|512)-/;

/** Script types a browser executes (others, such as JSON data blocks, need no hash). */
const executable = (attrs: string): boolean => {
  const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
  return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/** The hash sources (`'sha256-…'`) of a page's inline scripts and styles, in the algorithm Astro used. */
function inlineHashes(html: string, algorithm: string): { scripts: Set<string>; styles: Set<string> } {
  const digest = (text: string) => `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(m[1]!) && executable(m[1]!) && m[2]) scripts.add(digest(m[2]));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(digest(m[1]!));
  return { scripts, styles };
}

/**
 * A page with its CSP meta keeping, in script-src and style-src, only the hashes of the inline
 * scripts and styles it holds; every other source and directive as it was. Exported for tests.
 */
export function tightenPagePolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const algorithm = /'(sha256|sha384|sha512)-/.exec(meta[2]!)?.[1];
  if (!algorithm) return html;
  const { scripts, styles } = inlineHashes(html, algorithm);
  const policy = meta[2]!
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      const keep = name === 'script-src' || name === 'script-src-elem' ? scripts : name === 'style-src' || name === 'style-src-elem' ? styles : undefined;
      if (!name || !keep) return part.trim();
      return [name, ...sources.filter((s) => !HASH.test(s) || keep.has(s))].join(' ');
    })
    .filter(Boolean)
    .join(';');
  return html.replace(META, (_, open: string, _old: string, close: string) => `${open}${policy}${close}`);
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

export function leanPages(): AstroIntegration {
  return {
    name: 'atlas-lean-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const lean = tightenPagePolicy(html);
          if (lean !== html) writeFileSync(file, lean);
        }
        const theme = join(out, 'theme.js');
        if (existsSync(theme)) {
          const { code, errors } = minifySync('theme.js', readFileSync(theme, 'utf8'));
          if (errors.length) throw new Error(`lean-pages: public/theme.js does not minify: ${errors.map((e) => e.message).join('; ')}`);
          writeFileSync(theme, code);
        }
      },
    },
  };
}
