import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../fixtures/chromium';
import { openApp, type AppHost, type AppHostOptions } from './app-host';
import type { InMemoryHandlers } from './in-memory-handlers';

/**
 * One Chromium per test file; each test opens the app in a fresh context. After each test the
 * app is closed and the test fails if the page saw a CSP violation, an error or a handler crash.
 */
export function useAppInChromium(): (double: Pick<InMemoryHandlers, 'handlers' | 'events'>, options?: Omit<AppHostOptions, 'browser'>) => Promise<AppHost> {
  let browser: Browser | undefined;
  const open: AppHost[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const host of open.splice(0)) {
      const problems = host.problems();
      await host.close();
      expect(problems).toEqual([]);
    }
  });
  return async (double, options = {}) => {
    if (!browser) throw new Error('Chromium is not running yet.');
    const host = await openApp(double.handlers, double.events, { ...options, browser });
    open.push(host);
    return host;
  };
}
