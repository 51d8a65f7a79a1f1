/**
 * The stand-in login window must close when the service closes it, even mid-navigation: a login
 * ends the moment `/fetch` answers, often while the page is still committing the server's page.
 */
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../fixtures/chromium';
import { closeServer, listenOnLoopback } from '../../fixtures/loopback-server';
import { pageClosed } from '../../fixtures/waits/page-closed';
import { playwrightLoginWindow } from './support/playwright-login-window';

let browser: Browser;
let site: Server;
let siteUrl: string;

beforeAll(async () => {
  site = createServer((_request, response) => response.end('<p>page</p>'));
  [browser] = await Promise.all([launchChromium(), listenOnLoopback(site)]);
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/`;
});

afterAll(async () => {
  await browser?.close();
  if (site !== undefined) await closeServer(site);
});

it('closes while a navigation commits, every time', async () => {
  const window = playwrightLoginWindow(browser);
  // page.close() hangs on most of these rounds on Chromium 156; eight rounds are plenty to show it.
  for (let round = 0; round < 8; round += 1) {
    const handle = await window.open(siteUrl, { partition: `round-${round}`, allowedOrigins: [], onNavigated: () => undefined, onClosed: () => undefined });
    const page = window.pages.at(-1)!;
    // Settles (rejects) as the reload commits, which is when Chromium drops a close.
    await page.evaluate(() => {
      location.reload();
      return new Promise<never>(() => undefined);
    }).catch(() => undefined);
    handle.close();
    await pageClosed(page);
  }
  expect(window.pages.every((page) => page.isClosed())).toBe(true);
});
