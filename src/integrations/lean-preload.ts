/**
 * Vite wraps every `import()` in client code in a preload helper (about 0.8 KB gzip) that adds
 * <link rel="modulepreload"> tags for the imported chunk's dependencies and <link rel="stylesheet">
 * for its CSS. Our lazy chunks (chart-render, png-export) have neither: the helper was always called
 * with an empty list, yet it was almost half of the eager JavaScript of every page with a chart
 * (page-weight budgets, scripts/budgets.ts). This plugin replaces it with a plain call.
 *
 * Should a lazily imported chunk ever gain dependencies or CSS, the build stops here with an
 * explanation instead of silently dropping them.
 */
import type { Plugin } from 'vite';

/** Vite's preload helper module, `\0vite/preload-helper.js`. */
const onlyHelper = /^\0vite\/preload-helper\.js$/;

export function leanPreloadHelper(): Plugin {
  return {
    name: 'atlas-lean-preload-helper',
    enforce: 'pre',
    // Browser code only, and hook filters: the server build holds thousands of MDX chunks, and a
    // hook without a filter makes the bundler call into JavaScript for every one of them.
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId: {
      filter: { id: onlyHelper },
      handler: (id) => id,
    },
    load: {
      filter: { id: onlyHelper },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps')) {
          this.error(
            `${chunk.fileName}: a lazily imported chunk now has dependencies to preload (or CSS), which the lean preload helper of src/integrations/lean-preload.ts ignores. Remove the dependency, or remove the plugin from astro.config.mjs.`,
          );
        }
      }
    },
  };
}
