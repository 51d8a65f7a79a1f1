import { defineConfig } from 'vitest/config';

// One runner for every suite. Browser journeys drive Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/setup/loopback-only-fetch.ts', 'test/setup/secret-leak-guard.ts'],
    globalSetup: ['test/setup/build-once-per-run.ts'],
    // electron-store imports `electron`; inlined, it sees a test's stand-in instead of the real package.
    server: { deps: { inline: ['electron-store'] } },
  },
});
