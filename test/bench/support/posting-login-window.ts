/**
 * The login window stand-in (test/integration's Playwright page per login) with a probe for the
 * protocol's floor: in the login's pages, `window.opener` is the window Duplicati's own UI would
 * be, and it notes when the result page's script posts `authid:<AuthID>` to it (epoch ms, in the
 * page). Closing the window waits for that post (a few seconds at most), so an app faster than
 * the page never cuts the floor short; the app's own figure ends before that, when its vault
 * has stored the AuthID.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { playwrightLoginWindow, type PlaywrightLoginWindow } from '../../integration/login/support/playwright-login-window';

const POSTED_BINDING = '__benchAuthIdPosted';
const CLOSE_WAIT_MS = 5_000;

export interface PostingLoginWindow extends PlaywrightLoginWindow {
  /** When the latest login's page posted its `authid:` message (epoch ms); rejects if it did not within a few seconds. */
  posted(): Promise<number>;
}

/**
 * Init script: the opener the result page posts to. Self-contained for Playwright, and its
 * functions are assigned, not declared in an object literal (tsx would name those with a
 * `__name` helper the page does not have).
 */
function notePostsToOpener(binding: string): void {
  const opener: Record<string, unknown> = { closed: false };
  opener.postMessage = (message: unknown) => {
    if (typeof message !== 'string' || !message.startsWith('authid:')) return;
    const report = (window as unknown as Record<string, (at: number) => Promise<void>>)[binding];
    void report?.(performance.timeOrigin + performance.now());
  };
  Object.defineProperty(window, 'opener', { value: opener, configurable: true });
}

export function postingLoginWindow(browser: Browser): PostingLoginWindow {
  const inner = playwrightLoginWindow(browser);
  let latest: Promise<number> | undefined;
  return {
    pages: inner.pages,
    open: async (url, options) => {
      const handle = await inner.open(url, options);
      const page = inner.pages.at(-1)!;
      let posted: (at: number) => void = () => undefined;
      const thisLogin = new Promise<number>((resolve) => (posted = resolve));
      latest = thisLogin;
      // The result page is a later navigation, so both reach it.
      await page.exposeBinding(POSTED_BINDING, (_source, at: number) => posted(at));
      await page.addInitScript(notePostsToOpener, POSTED_BINDING);
      return { ...handle, close: () => void Promise.race([thisLogin, sleep(CLOSE_WAIT_MS)]).then(handle.close) };
    },
    posted: () => {
      if (latest === undefined) return Promise.reject(new Error('no login was opened'));
      return Promise.race([latest, sleep(CLOSE_WAIT_MS).then(() => Promise.reject(new Error('the result page posted no authid: message')))]);
    },
  };
}
