// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';

// Where the site is deployed: set ATLAS_SITE (origin) and ATLAS_BASE (sub-path, e.g. "/atlas/").
const site = process.env.ATLAS_SITE ?? 'https://atlas.example.org';
const base = process.env.ATLAS_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.ATLAS_OUT_DIR ?? 'dist',
  // Separate caches let several builds run side by side (tests, benchmarks).
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  i18n: {
    locales: ['es', 'en'],
    defaultLocale: 'es',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentGuard(),
    mdx(),
    sitemap({ i18n: { defaultLocale: 'es', locales: { es: 'es', en: 'en' } } }),
  ],
  devToolbar: { enabled: false },
});
