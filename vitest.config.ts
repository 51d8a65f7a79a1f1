import { defineConfig } from 'vitest/config';

/**
 * Limits with room: no test may take more than half its limit on a quiet machine, and a machine
 * twice as busy must still pass. Unit tests finish in well under a second; tests that drive
 * Chromium, the AuthID server and the OAuth provider take up to about 10 s quiet.
 */
const UNIT_LIMIT_MS = 30_000;
const BROWSER_LIMIT_MS = 60_000;

// One runner for every suite. Browser journeys drive Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    setupFiles: ['test/setup/loopback-only-fetch.ts', 'test/setup/secret-leak-guard.ts'],
    globalSetup: ['test/setup/build-once-per-run.ts'],
    // electron-store imports `electron`; inlined, it sees a test's stand-in instead of the real package.
    server: { deps: { inline: ['electron-store'] } },
    // oidc-provider (the fixture provider) warns on Node 20; the tests run fine on it, so only that line is dropped.
    onConsoleLog: (log) => !log.includes('oidc-provider WARNING: Unsupported runtime'),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}', 'test/security/**/*.test.ts'], testTimeout: UNIT_LIMIT_MS, hookTimeout: 2 * UNIT_LIMIT_MS },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/electron/**/*.test.ts'],
          testTimeout: BROWSER_LIMIT_MS,
          hookTimeout: 2 * BROWSER_LIMIT_MS,
        },
      },
    ],
  },
});
