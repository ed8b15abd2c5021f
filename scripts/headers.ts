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
 * framing everywhere.
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
import { adminPolicy, baselinePolicy, headerOnlyPolicy } from '../src/lib/csp.ts';
import { adminDir } from '../src/lib/deploy.ts';

export const securityHeaders: [string, string][] = [
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Features the site never uses, switched off for it and for anything it might embed.
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()'],
  ['X-Content-Type-Options', 'nosniff'],
  // frame-ancestors for browsers that predate it.
  ['X-Frame-Options', 'DENY'],
];

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

/** The header policy for a built site (see the module comment). The web editor's page is not one of the atlas's: its policy is its own (below). */
export function sitePolicy(dir: string): string {
  const pages = walk(dir).filter((f) => f.endsWith('.html') && !relative(dir, f).split(sep).join('/').startsWith(`${adminDir}/`));
  const policies = [parsePolicy(baselinePolicy), ...pages.map((f) => pagePolicy(readFileSync(f, 'utf8'))), parsePolicy(headerOnlyPolicy)];
  return serializePolicy(mergePolicies(policies));
}

export function headersFile(dir: string, base: string): string {
  const lines = ['# Written by scripts/headers.ts at the end of `npm run build`; read by Netlify and Cloudflare Pages.', ''];
  lines.push(`${base}*`, `  Content-Security-Policy: ${sitePolicy(dir)}`);
  for (const [name, value] of securityHeaders) lines.push(`  ${name}: ${value}`);
  for (const path of hashedPaths(dir, base)) lines.push('', path, `  Cache-Control: ${immutable}`);
  if (existsSync(join(dir, adminDir))) {
    // The web editor's own policy, there only. Cloudflare Pages joins the values of a header that
    // several rules set (two policies, both enforced: the site's would block the editor), so the
    // site's is detached first with "! Content-Security-Policy"; Netlify applies the last matching
    // rule's value of a header, which is this one.
    lines.push('', `${base}${adminDir}/*`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${adminPolicy}; ${headerOnlyPolicy}`, '  Cache-Control: no-cache');
  }
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
