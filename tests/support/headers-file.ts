/** Reading a `_headers` file (Netlify / Cloudflare Pages format) the way those hosts apply it. */

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    // "! Name": Cloudflare Pages' way to drop a header an earlier rule set for the same path.
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (rule && detach) {
      rule.headers.push([`!${detach[1]!}`, '']);
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line}" is not "  Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Does a rule's path (a `*` splat matches anything, slashes included) match a URL path? */
export function pathMatches(pattern: string, pathname: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(pathname);
}

/** Headers for a URL path: every matching rule applies, in file order (both hosts combine them; `! Name` drops one, as Cloudflare Pages does). */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (key.startsWith('!')) {
        delete out[key.slice(1)];
        continue;
      }
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
