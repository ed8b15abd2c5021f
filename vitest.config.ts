import { defineConfig } from 'vitest/config';
import BrowserFirst from './tests/setup/sequencer.ts';

// Two projects. `unit` runs on sources and fixture files, with no build (the type-check is one of its
// tests). `built` holds the site tests (built HTML) and the browser tests (Chromium); its global
// setup builds the real site and the fixture site once each per run (tests/setup/global-setup.ts),
// and the tests read those builds. Two workers, browser files first (tests/setup/sequencer.ts).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    // Test files share a worker's module cache (a file's imports are not loaded again for the next):
    // 6 s instead of 17 for the unit tests, 29 instead of 41 for the site tests. No test file changes
    // global state: none mocks a module, stubs a global or sets process.env.
    isolate: false,
    // Browser tests poll for conditions; on a busy 2-core machine a condition can take seconds.
    expect: { poll: { timeout: 15_000 } },
    sequence: { sequencer: BrowserFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'built', include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/setup/global-setup.ts'] },
      },
    ],
  },
});
