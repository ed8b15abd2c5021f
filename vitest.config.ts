import { defineConfig } from 'vitest/config';

// Unit tests run on source; site tests read the built `dist/`; e2e tests drive Chromium against it.
// `npm test` builds the site first (see package.json), so every project sees fresh output.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: true,
  },
});
