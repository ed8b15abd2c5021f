/**
 * Gate: security of a built site.
 * - every page carries a Content-Security-Policy <meta> (astro.config.mjs `security.csp`) before
 *   anything it governs, with no 'unsafe-inline' / 'unsafe-eval' for scripts and no other origin;
 * - every inline <script> and <style> is allowed by a hash in that policy, and there are no inline
 *   event handlers, javascript: URLs or style attributes (a hash-based policy blocks those);
 * - nothing in the site loads from another origin (plain <a href> links to other sites are fine).
 */
import { adminDir } from '../../../src/lib/deploy.ts';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { pageFile, type BuiltSite } from '../sites.ts';

/** "script-src 'self' 'sha256-…'; style-src …" → Map(directive → sources). */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The sources in force for a kind of resource, following CSP's fallback to default-src. */
function effective(policy: Map<string, string[]>, ...names: string[]): string[] | undefined {
  for (const name of [...names, 'default-src']) if (policy.has(name)) return policy.get(name);
  return undefined;
}

const keyword = /^'(self|none|strict-dynamic|report-sample|wasm-unsafe-eval|unsafe-hashes|(sha256|sha384|sha512)-[A-Za-z0-9+/=_-]+)'$/;
/** A source that lets in another origin, or any origin: hosts, schemes other than data:, "*". */
function foreignSources(sources: string[]): string[] {
  return sources.filter((s) => !keyword.test(s) && s !== 'data:' && s !== "'unsafe-inline'" && s !== "'unsafe-eval'");
}

const digest = (alg: 'sha256' | 'sha384' | 'sha512', text: string) => `'${alg}-${createHash(alg).update(text, 'utf8').digest('base64')}'`;
/** Whether an inline script or style body is allowed by one of the hashes among `sources`. */
function hashAllowed(text: string, sources: string[]): boolean {
  return (['sha256', 'sha384', 'sha512'] as const).some((alg) => sources.includes(digest(alg, text)));
}

const executableScript = (type: string | null) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type.trim());

/**
 * Problems with one built page's Content-Security-Policy: it must be a strict policy that still
 * allows everything the page needs (inline code by hash, nothing from another origin).
 */
export function cspProblems(site: BuiltSite, page: string): string[] {
  const problems: string[] = [];
  const { document } = parseHTML(readFileSync(pageFile(site, page), 'utf8'));
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`expected one <meta http-equiv="content-security-policy">, found ${metas.length}`];
  const meta = metas[0]!;
  if (meta.parentElement?.tagName.toLowerCase() !== 'head') problems.push('the CSP <meta> is not in <head>');
  // A <meta> policy only governs what comes after it (Astro writes it near the end of <head>), so
  // whatever loads before it must be something the policy would allow anyway: no inline code, and
  // nothing from another origin. (The no-flash theme script, same-origin, is such a case.)
  const pageUrl = new URL(`${site.base}${page.replace(/^\//, '')}`, site.site);
  for (const el of document.querySelectorAll('head script, head style, head link[href]')) {
    if (!(meta.compareDocumentPosition(el) & 2 /* PRECEDING */)) continue;
    const tag = el.tagName.toLowerCase();
    const url = el.getAttribute('src') ?? (tag === 'link' && /\b(stylesheet|preload|modulepreload|icon)\b/.test(el.getAttribute('rel') ?? '') ? el.getAttribute('href') : null);
    if ((tag === 'script' && !el.hasAttribute('src') && executableScript(el.getAttribute('type'))) || tag === 'style') problems.push(`inline <${tag}> before the CSP <meta> escapes the policy`);
    else if (url && new URL(url, pageUrl).origin !== site.site) problems.push(`<${tag}> from another origin (${url}) before the CSP <meta> escapes the policy`);
  }

  const policy = parsePolicy(meta.getAttribute('content') ?? '');
  const scripts = effective(policy, 'script-src');
  if (!scripts) problems.push('no script-src (nor default-src): scripts are unrestricted');
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    const sources = policy.get(name) ?? [];
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) if (sources.includes(bad)) problems.push(`${name} allows ${bad}`);
  }
  for (const [name, sources] of policy) {
    const foreign = foreignSources(sources);
    if (foreign.length) problems.push(`${name} lets in other origins: ${foreign.join(' ')}`);
  }
  if (!(policy.get('object-src') ?? []).includes("'none'")) problems.push("object-src is not 'none'");
  if (!policy.has('base-uri')) problems.push('no base-uri: an injected <base> could redirect relative URLs');

  const scriptElem = effective(policy, 'script-src-elem', 'script-src') ?? [];
  for (const script of document.querySelectorAll('script:not([src])')) {
    if (!executableScript(script.getAttribute('type'))) continue;
    if (!hashAllowed(script.textContent ?? '', scriptElem)) problems.push(`inline <script> not allowed by a hash in the CSP (it would not run): ${(script.textContent ?? '').trim().slice(0, 80)}`);
  }
  const styleElem = effective(policy, 'style-src-elem', 'style-src') ?? [];
  if (!styleElem.includes("'unsafe-inline'")) {
    for (const style of document.querySelectorAll('style')) {
      if (!hashAllowed(style.textContent ?? '', styleElem)) problems.push(`inline <style> not allowed by a hash in the CSP (it would be ignored): ${(style.textContent ?? '').trim().slice(0, 80)}`);
    }
  }
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      const where = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
      if (/^on/i.test(attr)) problems.push(`${where} has an inline event handler ${attr}= (blocked by the CSP)`);
      if (attr === 'style') problems.push(`${where} has a style="${el.getAttribute('style')}" attribute (blocked by the CSP; use a class)`);
      if (['href', 'src', 'action', 'formaction'].includes(attr) && /^\s*javascript:/i.test(el.getAttribute(attr)!)) problems.push(`${where} has a javascript: URL`);
    }
  }
  return problems;
}

/** Every file of a built site but the web editor's (admin/: its own rules, tests/site/cms-admin.test.ts and tests/e2e/cms.test.ts). */
function siteFiles(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (relative(root, full) !== adminDir) siteFiles(root, full, out);
    } else out.push(relative(root, full));
  }
  return out;
}

const isForeign = (raw: string, base: URL, origin: string) => {
  if (/^(data|blob|mailto|tel|javascript):/i.test(raw.trim())) return false;
  try {
    return new URL(raw.trim(), base).origin !== origin;
  } catch {
    return false;
  }
};

/** References that make a browser load something from another origin, in one HTML file. */
function foreignLoadsInHtml(html: string, fileUrl: URL): string[] {
  const origin = fileUrl.origin;
  const { document } = parseHTML(html);
  const found: string[] = [];
  const check = (el: Element, attr: string, value: string) => {
    if (isForeign(value, fileUrl, origin)) found.push(`<${el.tagName.toLowerCase()} ${attr}="${value}">`);
  };
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const attr of ['src', 'poster', 'data', 'action', 'formaction', 'background', 'manifest']) {
      const v = el.getAttribute(attr);
      if (v) check(el, attr, v);
    }
    for (const attr of ['srcset', 'imagesrcset']) {
      const v = el.getAttribute(attr);
      if (v) for (const candidate of v.split(',')) check(el, attr, candidate.trim().split(/\s+/)[0] ?? '');
    }
    // <link> loads (stylesheets, icons, preloads, manifests); canonical and alternates only name URLs.
    if (tag === 'link') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const href = el.getAttribute('href');
      if (href && !rel.some((r) => ['canonical', 'alternate', 'author', 'license', 'me', 'bookmark', 'next', 'prev'].includes(r))) check(el, 'href', href);
      if (href && rel.includes('alternate') && el.hasAttribute('hreflang')) check(el, 'href', href);
    }
    // Share images are fetched by other sites' crawlers from our own origin only.
    if (tag === 'meta' && /^(og:image|og:image:url|og:image:secure_url|twitter:image)$/i.test(el.getAttribute('property') ?? el.getAttribute('name') ?? '')) check(el, 'content', el.getAttribute('content') ?? '');
  }
  for (const style of document.querySelectorAll('style')) found.push(...foreignLoadsInCss(style.textContent ?? '', fileUrl));
  return found;
}

function foreignLoadsInCss(css: string, fileUrl: URL): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) if (isForeign(m[2]!, fileUrl, fileUrl.origin)) found.push(`url(${m[2]})`);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) if (isForeign(m[2]!, fileUrl, fileUrl.origin)) found.push(`@import "${m[2]}"`);
  return found;
}

function foreignLoadsInJs(js: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s*\(\s*(['"`])(https?:)?\/\/[^'"`]+\1/g,
    /\bfrom\s*(['"])(https?:)?\/\/[^'"]+\1/g,
    /\bimport\s*(['"])(https?:)?\/\/[^'"]+\1/g,
    /\bimportScripts\s*\(\s*(['"`])(https?:)?\/\/[^'"`]+\1/g,
    /\bfetch\s*\(\s*(['"`])(https?:)?\/\/[^'"`]+\1/g,
    /sourceMappingURL=(https?:)?\/\/\S+/g,
  ];
  for (const p of patterns) for (const m of js.matchAll(p)) found.push(m[0].slice(0, 120));
  return found;
}

/** Everything in a built site (HTML, CSS, JS) that makes a browser load from another origin. */
export function foreignLoads(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const file of siteFiles(site.dist)) {
    const fileUrl = new URL(`${site.base}${file}`, site.site);
    const path = join(site.dist, file);
    if (file.endsWith('.html')) problems.push(...foreignLoadsInHtml(readFileSync(path, 'utf8'), fileUrl).map((p) => `${file}: ${p}`));
    else if (file.endsWith('.css')) problems.push(...foreignLoadsInCss(readFileSync(path, 'utf8'), fileUrl).map((p) => `${file}: ${p}`));
    else if (/\.m?js$/.test(file)) problems.push(...foreignLoadsInJs(readFileSync(path, 'utf8')).map((p) => `${file}: ${p}`));
  }
  return problems;
}
