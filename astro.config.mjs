// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { defaultLocale, locales } from './src/i18n/config.ts';
import { sitemapFromPages } from './src/integrations/sitemap-from-pages.ts';
import { leanPreloadHelper } from './src/integrations/lean-preload.ts';
import { leanPages } from './src/integrations/lean-pages.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { cacheDir, deployTarget, outDir as outDirOf } from './src/lib/deploy.ts';
import { cspDirectives, scriptSources } from './src/lib/csp.ts';
import { resolve } from 'node:path';

// Where the site is deployed: ATLAS_SITE (origin) and ATLAS_BASE (sub-path, e.g. "/atlas/"), and
// where it is built (ATLAS_OUT_DIR); see src/lib/deploy.ts for the defaults and the README's "Deploy" section.
const { site, base } = deployTarget();
const outDir = resolve(outDirOf());

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  // Separate caches let several builds run side by side (tests, benchmarks).
  cacheDir: cacheDir(),
  build: {
    format: 'directory',
    // Render a few pages at a time: writing one page's file then overlaps rendering the next. At
    // 2,950 pages (`npm run bench`) the render phase drops from about 18 s to 12-13 s.
    concurrency: 4,
  },
  // Entries hold no code blocks, and Shiki's inline styles would break the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  // The locale list lives in src/i18n/config.ts only: adding a locale is configured there.
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentGuard(),
    mdx(),
    // The web editor at <base>admin/ (Sveltia CMS, self-hosted, configuration generated from the schemas).
    cmsAdmin(),
    // Language alternates (and x-default) come from each built page's own hreflang links, so the
    // sitemap and the pages cannot disagree; noindex pages and non-canonical URLs are left out.
    sitemap({ serialize: sitemapFromPages(outDir, new URL(base, site).href) }),
    // Each page's CSP meta keeps only the hashes of its own inline scripts and styles; theme.js is minified.
    leanPages(),
  ],
  devToolbar: { enabled: false },
  // Lazy chunks (chart code, PNG export) without Vite's 0.8 KB preload helper: see the plugin.
  vite: {
    plugins: [leanPreloadHelper()],
    build: {
      rolldownOptions: {
        // Astro marks every compiled MDX entry with this directive and the bundler warns about each
        // one (two thousand warnings at scale): nothing an author can act on, so not shown.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // A Content-Security-Policy <meta> on every page, with the hashes of what Astro emits: the
  // directives are in src/lib/csp.ts, shared with the _headers file (frame-ancestors goes there only).
  security: {
    csp: { algorithm: 'SHA-256', directives: [...cspDirectives], scriptDirective: { resources: scriptSources } },
  },
});
