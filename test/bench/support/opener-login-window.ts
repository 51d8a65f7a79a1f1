/**
 * The login window stand-in (a Playwright page per login) opened from another page, as
 * Duplicati's own UI opens it: the result page's script then posts `authid:<AuthID>` to its
 * opener, which notes when the message arrived (epoch ms, in the page). That arrival is the
 * protocol's floor for capture latency. Closing the window waits for the message (a few
 * seconds at most), so an app faster than the page never cuts the floor short; the app's own
 * figure ends before that, when its vault has stored the AuthID.
 */
import type { Browser } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { playwrightLoginWindow, type PlaywrightLoginWindow } from '../../integration/login/support/playwright-login-window';

const POSTED_BINDING = '__benchAuthIdPosted';
const CLOSE_WAIT_MS = 5_000;

export interface OpenerLoginWindow extends PlaywrightLoginWindow {
  /** When the latest login's page posted its `authid:` message (epoch ms); rejects if it never did. */
  posted(): Promise<number>;
}

/** Runs in the opener page; self-contained for Playwright. */
function listenForAuthIdMessage(binding: string): void {
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.startsWith('authid:')) return;
    const report = (window as unknown as Record<string, (at: number) => Promise<void>>)[binding];
    void report?.(performance.timeOrigin + performance.now());
  });
}

export function openerLoginWindow(browser: Browser): OpenerLoginWindow {
  let latest: Promise<number> = Promise.reject(new Error('no login was opened'));
  latest.catch(() => undefined);
  const inner = playwrightLoginWindow(browser, async (context) => {
    let arrived: (at: number) => void = () => undefined;
    latest = new Promise((resolve) => (arrived = resolve));
    await context.exposeBinding(POSTED_BINDING, (_source, at: number) => arrived(at));
    const opener = await context.newPage();
    await opener.evaluate(listenForAuthIdMessage, POSTED_BINDING);
    const [popup] = await Promise.all([context.waitForEvent('page'), opener.evaluate(() => void window.open('about:blank'))]);
    return popup;
  });
  return {
    pages: inner.pages,
    open: async (url, options) => {
      const handle = await inner.open(url, options);
      const posted = latest;
      return { ...handle, close: () => void Promise.race([posted, sleep(CLOSE_WAIT_MS)]).then(handle.close) };
    },
    posted: () => Promise.race([latest, sleep(CLOSE_WAIT_MS).then(() => Promise.reject(new Error('the result page posted no authid: message')))]),
  };
}
