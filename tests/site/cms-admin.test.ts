/**
 * The web editor in a built site (`<base>admin/`), held to its own rules: the atlas's page gates
 * (valid, linked, the atlas's CSP, budgets) leave it out, since it is not a page of the atlas but a
 * copy of Sveltia CMS. Here: it is there with its generated configuration and self-hosted fonts; it
 * is noindex, not in the sitemap and not in the search index; `_headers` gives it its own policy
 * under `<base>admin/*` only, and the atlas's pages keep theirs. Its behaviour in a browser (no
 * request to another origin, saving files) is tests/e2e/cms.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlFiles } from '../../scripts/search-index.ts';
import { adminPolicy, baselinePolicy, headerOnlyPolicy } from '../../src/lib/csp.ts';
import { adminDir } from '../../src/lib/deploy.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { allPages, builtSite, type SiteName } from '../support/sites.ts';

describe.each(['real', 'fixture'] as SiteName[])('the %s site’s web editor', (name) => {
  const site = builtSite(name);
  const admin = join(site.dist, adminDir);

  it('is built with its configuration, components and fonts', () => {
    for (const file of ['index.html', 'config.yml', 'components.js', 'sveltia-cms.js', 'version.json', 'fonts/source-sans-3-latin-wght-normal.woff2', 'fonts/material-symbols-outlined-latin-wght-normal.woff2']) {
      expect(existsSync(join(admin, file)), file).toBe(true);
    }
    const config = parse(readFileSync(join(admin, 'config.yml'), 'utf8')) as { collections: { name: string }[]; site_url: string };
    expect(config.collections.map((c) => c.name)).toEqual(['countries', 'articles', 'interviews', 'sources', 'tags']);
    expect(config.site_url).toBe(new URL(site.base, site.site).href);
  });

  it('is noindex, not in the sitemap and not in the search index, and no page of the atlas', () => {
    expect(readFileSync(join(admin, 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(sitemapPaths(site).filter((p) => p.includes(`/${adminDir}/`))).toEqual([]);
    expect(htmlFiles(site.dist).filter((f) => f.includes(`/${adminDir}/`))).toEqual([]);
    expect(htmlFiles(site.dist).length).toBeGreaterThan(1);
    expect(allPages(site).filter((p) => p.startsWith(`/${adminDir}/`))).toEqual([]);
  });

  it('has its own Content-Security-Policy in _headers, only under admin/; the pages keep the atlas’s', () => {
    const rules = parseHeadersFile(readFileSync(join(site.dist, '_headers'), 'utf8'));
    const editor = headersFor(rules, `${site.base}${adminDir}/`)['content-security-policy'];
    expect(editor).toBe(`${adminPolicy}; ${headerOnlyPolicy}`);
    expect(readFileSync(join(admin, 'index.html'), 'utf8')).toContain(`content="${adminPolicy}"`);
    const page = headersFor(rules, `${site.base}es/`)['content-security-policy']!;
    // The atlas's policy: its baseline's directives, no inline styles or eval, and the ban on framing.
    for (const directive of [...baselinePolicy.split('; ').filter((d) => !/^(script|style)-src/.test(d)), headerOnlyPolicy]) expect(page).toContain(directive);
    expect(page).not.toMatch(/'unsafe-inline'|'unsafe-eval'|api\.github\.com/);
  });
});
