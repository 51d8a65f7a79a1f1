/**
 * The login window port on a Playwright-driven Chromium page, standing in for the BrowserWindow:
 * each login gets a browser context of its own (like the window's own session partition).
 */
import type { Browser, Page } from 'playwright-core';
import type { LoginWindowPort } from '../../../../electron/services/login';

export interface PlaywrightLoginWindow extends LoginWindowPort {
  /** The pages opened so far, newest last, for the test to click through. */
  readonly pages: Page[];
}

export function playwrightLoginWindow(browser: Browser): PlaywrightLoginWindow {
  const pages: Page[] = [];
  return {
    pages,
    open: async (url, options) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      pages.push(page);
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) options.onNavigated(frame.url());
      });
      page.on('close', () => {
        void context.close().catch(() => undefined);
        options.onClosed();
      });
      // Unlike a BrowserWindow, wait for the first page, so the fetch token is registered before polling starts.
      await page.goto(url).catch(() => undefined);
      return {
        readUserIdText: async () => {
          if (page.isClosed() || !options.allowedOrigins.includes(new URL(page.url()).origin)) return null;
          return page.locator('#user-id').textContent({ timeout: 5_000 }).catch(() => null);
        },
        close: () => void page.close().catch(() => undefined),
        focus: () => void page.bringToFront().catch(() => undefined),
      };
    },
  };
}
