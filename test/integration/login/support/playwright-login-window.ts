/**
 * The login window port on a Playwright-driven Chromium page, standing in for the BrowserWindow:
 * each login gets a browser context of its own (like the window's own session partition).
 */
import type { Browser, Page } from 'playwright-core';
import type { LoginWindowPort } from '../../../../electron/services/login';
import { WatchedArray } from '../../../fixtures/waits/watched-array';

export interface PlaywrightLoginWindow extends LoginWindowPort {
  /** The pages opened so far, newest last, for the test to click through (and wait on). */
  readonly pages: WatchedArray<Page>;
}

export function playwrightLoginWindow(browser: Browser): PlaywrightLoginWindow {
  const pages = new WatchedArray<Page>();
  return {
    pages,
    open: async (url, options) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      pages.push(page);
      // Like Electron's did-navigate: the status (and X-Reason) of the answer the page came from.
      const answers = new Map<string, { status: number; reason?: string }>();
      page.on('response', (response) => {
        const request = response.request();
        if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
        const reason = response.headers()['x-reason'];
        answers.set(response.url(), { status: response.status(), ...(reason === undefined ? {} : { reason }) });
      });
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame()) return;
        const answer = answers.get(frame.url());
        answers.clear();
        options.onNavigated({ url: frame.url(), ...answer });
      });
      page.on('close', () => {
        void context.close().catch(() => undefined);
        options.onClosed();
      });
      // Unlike a BrowserWindow, wait for the first page, so the fetch token is registered before polling starts.
      await page.goto(url).catch(() => undefined);
      const onServer = () => !page.isClosed() && options.allowedOrigins.includes(new URL(page.url()).origin);
      return {
        readUserIdText: async () => {
          if (!onServer()) return null;
          await page.waitForLoadState('domcontentloaded').catch(() => undefined);
          return (await page.$('#user-id').catch(() => null))?.textContent() ?? null;
        },
        readPageHtml: async () => {
          if (!onServer()) return null;
          await page.waitForLoadState('domcontentloaded').catch(() => undefined);
          return page.content().then((html) => html.slice(0, 65_536)).catch(() => null);
        },
        // Closing the page races a navigation commit: Chromium then acknowledges Target.closeTarget and
        // drops it (crbug.com/536385539), so page.close() never settles. Closing its context always lands.
        close: () => void context.close().catch(() => undefined),
        focus: () => void page.bringToFront().catch(() => undefined),
      };
    },
  };
}
