/** One Chromium per file; each test gets a fresh Duplicati session (real app core, stand-in, window), closed after it. */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from '../../fixtures/chromium';
import { startDuplicatiSession, type DuplicatiSession, type DuplicatiSessionOptions } from './duplicati-session';

export function useDuplicatiSession(): (options?: DuplicatiSessionOptions) => Promise<DuplicatiSession> {
  let browser: Browser | undefined;
  let session: DuplicatiSession | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  return async (options = {}) => {
    if (browser === undefined) throw new Error('Chromium is not running yet.');
    session = await startDuplicatiSession(browser, options);
    return session;
  };
}
