/**
 * The login service wired to a real AuthID stack and a real Chromium: the login window is a
 * Playwright page, the "system browser" another page in a context of its own, and every request
 * the service sends goes through a counting fetch.
 */
import type { Browser, Page } from 'playwright-core';
import type { LoginPhase, LoginProgressView } from '../../../../electron/ipc/views';
import { createLoginService, type CapturedLogin, type LoginService, type LoginTiming } from '../../../../electron/services/login';
import type { FetchFn } from '../../../../electron/services/server-client';
import type { Clock } from '../../../../electron/services/time';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { WatchedArray } from '../../../fixtures/waits/watched-array';
import { playwrightLoginWindow, type PlaywrightLoginWindow } from './playwright-login-window';

export interface FetchCounter {
  readonly fetch: FetchFn;
  /** `/fetch` requests sent so far. */
  fetchRequests(): number;
  /** Resolves once at least `count` `/fetch` requests were sent. */
  untilFetchRequests(count: number): Promise<void>;
  /** Requests that have not answered yet. */
  inFlight(): number;
}

export function countingFetch(): FetchCounter {
  const fetchesSent = new WatchedArray<string>();
  let inFlight = 0;
  const fetch: FetchFn = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === '/fetch') fetchesSent.push(url.pathname);
    inFlight += 1;
    try {
      return await globalThis.fetch(input, init);
    } finally {
      inFlight -= 1;
    }
  };
  return {
    fetch,
    fetchRequests: () => fetchesSent.length,
    untilFetchRequests: (count) => fetchesSent.until((sent) => sent.length >= count, `${count} /fetch requests`),
    inFlight: () => inFlight,
  };
}

export interface LoginHarness {
  readonly service: LoginService;
  readonly window: PlaywrightLoginWindow;
  readonly events: LoginProgressView[];
  readonly stored: CapturedLogin[];
  readonly requests: FetchCounter;
  /** Pages the "system browser" opened. */
  readonly externalPages: WatchedArray<Page>;
  /** Resolves once some login reaches `phase`. */
  reached(phase: LoginPhase): Promise<void>;
  /** Terminal events (succeeded, failed, cancelled) so far. */
  endings(): LoginProgressView[];
}

const TERMINAL: readonly LoginPhase[] = ['succeeded', 'failed', 'cancelled'];

export function loginHarness(browser: Browser, options: { clock?: Clock; timing?: LoginTiming } = {}): LoginHarness {
  const events = new WatchedArray<LoginProgressView>();
  const stored: CapturedLogin[] = [];
  const externalPages = new WatchedArray<Page>();
  const requests = countingFetch();
  const window = playwrightLoginWindow(browser);
  const service = createLoginService({
    window,
    browser: {
      open: async (url) => {
        const page = await (await browser.newContext()).newPage();
        externalPages.push(page);
        await page.goto(url);
      },
    },
    onProgress: (progress) => void events.push(progress),
    fetch: requests.fetch,
    timing: options.timing ?? { intervalMs: 100 },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  return {
    service,
    window,
    events,
    stored,
    requests,
    externalPages,
    reached: (phase) => events.until((seen) => seen.some((e) => e.phase === phase), `a login to reach "${phase}"`),
    endings: () => events.filter((e) => TERMINAL.includes(e.phase)),
  };
}

/** A store that records what it was handed, as the app's vault would keep it. */
export function recordingAccept(harness: LoginHarness) {
  return async (login: CapturedLogin) => {
    harness.stored.push(login);
    registerSecret(login.authId);
    return { authIdId: `record-${harness.stored.length}` };
  };
}
