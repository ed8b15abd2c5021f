import { defineConfig } from 'vitest/config';

// Two projects. `unit` runs on sources and fixture files, with no build. `built` holds the site tests
// (built HTML) and the browser tests (Chromium); its global setup builds the real site and the
// fixture site once each per run (tests/setup/global-setup.ts), and the tests read those builds.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'built', include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/setup/global-setup.ts'] },
      },
    ],
  },
});
