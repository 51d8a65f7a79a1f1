/** One Chromium per file; each test gets a fresh real app (services, files, servers) and window. */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../fixtures/chromium';
import { startRealApp, type RealApp, type RealAppOptions } from '../../fixtures/app/real-app';
import { openApp, type AppHost } from '../support/app-host';

export interface RealSession {
  readonly app: RealApp;
  readonly host: AppHost;
  readonly browser: Browser;
}

export function useRealApp(): (options?: Partial<RealAppOptions>) => Promise<RealSession> {
  let browser: Browser | undefined;
  const running: RealSession[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const { app, host } of running.splice(0)) {
      const problems = host.problems();
      await host.close();
      await app.close();
      expect(problems).toEqual([]);
    }
  });
  return async (options = {}) => {
    if (!browser) throw new Error('Chromium is not running yet.');
    const app = await startRealApp(browser, options);
    const host = await openApp(app.core.handlers, app.events, { browser });
    const session = { app, host, browser };
    running.push(session);
    return session;
  };
}
