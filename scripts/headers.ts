/**
 * Writes `_headers` into a built site, the file Netlify and Cloudflare Pages read for HTTP headers.
 * `npm run build` calls it last; `node scripts/headers.ts <dir>` runs it alone.
 *
 * Why the Content-Security-Policy is derived from the built pages: every page already carries
 * Astro's CSP `<meta>` with the hashes of the scripts and styles it emits. A header policy is
 * enforced alongside it (a resource must pass both), so a header with its own script and style
 * lists would block what the pages need as soon as a hash changes. The header policy is therefore
 * the union of the pages' own policies (plus hashes of any inline script or style on a page that
 * has no meta), to which it adds what a `<meta>` cannot carry: `frame-ancestors 'none'`. Each
 * page's meta stays the tighter of the two; the header protects pages that lack one and forbids
 * framing everywhere but on the embed pages (`<lang>/embed/*`), made for other sites to frame:
 * they get `frame-ancestors *` and no X-Frame-Options.
 *
 * Why the framing headers are not on one `/*` rule with an exception: both hosts apply every rule
 * that matches a path and join repeated headers with a comma, which for a CSP means two policies,
 * both enforced, so `'none'` would win on the embed pages too (Cloudflare's `! Header` detach is
 * not understood by Netlify). So the headers shared by every path stay on `/*`, and the CSP and
 * X-Frame-Options go on rules that split the site without overlapping: one per top-level file or
 * folder, and inside each locale folder one per entry, the embed folder apart. A path no file
 * matches (served 404.html) gets no framing header; the page carries its CSP meta.
 *
 * Long-lived `immutable` caching is set only on files whose names carry a content hash: Astro's
 * `_astro/` and Pagefind's fragment, index and filter chunks and per-language meta files. HTML,
 * feeds, data files and Pagefind's unhashed entry files keep the hosts' default (revalidate).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A policy as directive → sources, in a stable order. */
export type Policy = Map<string, string[]>;

// The baseline (used when no page says otherwise; every page policy is merged on top) and the
// header-only directives come from the site's one CSP definition.
export { baselinePolicy, headerOnlyPolicy } from '../src/lib/csp.ts';
import { adminPolicy, baselinePolicy, EMBED_DIR, embedHeaderOnlyPolicy, headerOnlyPolicy } from '../src/lib/csp.ts';
import { adminDir } from '../src/lib/deploy.ts';

export const securityHeaders: [string, string][] = [
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Features the site never uses, switched off for it and for anything it might embed.
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()'],
  ['X-Content-Type-Options', 'nosniff'],
];

/** frame-ancestors for browsers that predate it; not on embed pages. */
export const frameDeny: [string, string] = ['X-Frame-Options', 'DENY'];

export const immutable = 'public, max-age=31536000, immutable';

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Union per directive. 'none' disappears from a directive once anything else is allowed in it. */
export function mergePolicies(policies: Policy[]): Policy {
  const out: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const merged = out.get(name) ?? [];
      for (const s of sources) if (!merged.includes(s)) merged.push(s);
      out.set(name, merged);
    }
  }
  for (const [name, sources] of out) {
    if (sources.length > 1 && sources.includes("'none'")) out.set(name, sources.filter((s) => s !== "'none'"));
  }
  return out;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** What one page needs: its own meta policy, or hashes of its inline scripts and styles. */
export function pagePolicy(html: string): Policy {
  const meta = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content="([^"]*)"/i.exec(html);
  if (meta) return parsePolicy(meta[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    const executes = !type || type === 'module' || type.endsWith('javascript');
    if (executes && !/\bsrc=/i.test(attrs) && m[2]!.length) scripts.push(sha256(m[2]!));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(sha256(m[1]!));
  const policy: Policy = new Map();
  if (scripts.length) policy.set('script-src', scripts);
  if (styles.length) policy.set('style-src', styles);
  return policy;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Site paths (with the base) of files named by their content hash. */
export function hashedPaths(dir: string, base: string): string[] {
  const paths: string[] = [];
  if (existsSync(join(dir, '_astro'))) paths.push(`${base}_astro/*`);
  const pagefind = join(dir, 'pagefind');
  if (existsSync(pagefind)) {
    for (const chunkDir of ['fragment', 'index', 'filter']) {
      if (existsSync(join(pagefind, chunkDir))) paths.push(`${base}pagefind/${chunkDir}/*`);
    }
    // pagefind.<lang>_<hash>.pf_meta; the entry file and the wasm files have fixed names.
    for (const name of readdirSync(pagefind).sort()) {
      if (/^pagefind\.[\w-]+_[0-9a-f]{6,}\.pf_meta$/.test(name)) paths.push(`${base}pagefind/${name}`);
    }
  }
  return paths;
}

/**
 * The header policy for a built site (see the module comment); `framing` is the embed pages'
 * frame-ancestors. The web editor's page is not one of the atlas's: its policy is its own (below).
 */
export function sitePolicy(dir: string, framing = headerOnlyPolicy): string {
  const pages = walk(dir).filter((f) => f.endsWith('.html') && !relative(dir, f).split(sep).join('/').startsWith(`${adminDir}/`));
  const policies = [parsePolicy(baselinePolicy), ...pages.map((f) => pagePolicy(readFileSync(f, 'utf8'))), parsePolicy(framing)];
  return serializePolicy(mergePolicies(policies));
}

/**
 * Path patterns that split the site, without overlap (see the module comment), between pages that
 * refuse framing, embed pages and the web editor's folder (a top-level folder: its policy is its
 * own). None when the site has neither embed pages nor the editor: then `/*` carries all.
 */
export function framingRules(dir: string, base: string): { deny: string[]; allow: string[] } | undefined {
  const entries = (d: string) => readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const hasEmbed = (d: string) => existsSync(join(dir, d, EMBED_DIR));
  if (!entries(dir).some((e) => e.isDirectory() && (hasEmbed(e.name) || e.name === adminDir))) return undefined;
  const deny: string[] = [base];
  const allow: string[] = [];
  const pattern = (path: string, isDir: boolean) => (isDir ? `${base}${path}/*` : `${base}${path}`);
  for (const top of entries(dir)) {
    if (top.name === '_headers') continue;
    if (!top.isDirectory() || !hasEmbed(top.name)) {
      deny.push(pattern(top.name, top.isDirectory()));
      continue;
    }
    deny.push(`${base}${top.name}/`);
    for (const inner of entries(join(dir, top.name))) {
      (inner.name === EMBED_DIR ? allow : deny).push(pattern(`${top.name}/${inner.name}`, inner.isDirectory()));
    }
  }
  return { deny, allow };
}

export function headersFile(dir: string, base: string): string {
  const lines = ['# Written by scripts/headers.ts at the end of `npm run build`; read by Netlify and Cloudflare Pages.', ''];
  const split = framingRules(dir, base);
  const policy = sitePolicy(dir);
  const admin = existsSync(join(dir, adminDir)) ? `${base}${adminDir}/*` : undefined;
  const adminHeaders = [`  Content-Security-Policy: ${adminPolicy}; ${headerOnlyPolicy}`, '  Cache-Control: no-cache'];
  lines.push(`${base}*`);
  if (!split) lines.push(`  Content-Security-Policy: ${policy}`);
  for (const [name, value] of split ? securityHeaders : [...securityHeaders, frameDeny]) lines.push(`  ${name}: ${value}`);
  if (split) {
    // The web editor's folder is one of the rules that split the site, so its policy is the only one
    // there: both hosts would enforce two policies on a path two rules match.
    for (const path of split.deny) lines.push('', path, ...(path === admin ? adminHeaders : [`  Content-Security-Policy: ${policy}`]), `  ${frameDeny[0]}: ${frameDeny[1]}`);
    const embed = sitePolicy(dir, embedHeaderOnlyPolicy);
    for (const path of split.allow) lines.push('', path, `  Content-Security-Policy: ${embed}`);
  }
  for (const path of hashedPaths(dir, base)) lines.push('', path, `  Cache-Control: ${immutable}`);
  return `${lines.join('\n')}\n`;
}

export function writeHeaders(dir: string, base: string): string {
  const text = headersFile(dir, base);
  writeFileSync(join(dir, '_headers'), text);
  return text;
}

// `node scripts/headers.ts <dir>`: regenerate for an existing build (base from ATLAS_BASE).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { deployTarget } = await import('../src/lib/deploy.ts');
  const dir = process.argv[2] ?? 'dist';
  writeHeaders(dir, deployTarget().base);
  console.log(`Wrote ${relative(process.cwd(), join(dir, '_headers')).split(sep).join('/')}`);
}
