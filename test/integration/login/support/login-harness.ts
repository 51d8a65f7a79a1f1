/**
 * The login service wired to a real AuthID stack and a real Chromium: the login window is a
 * Playwright page, the "system browser" another page in a context of its own, and every request
 * the service sends goes through a counting fetch.
 */
import type { Browser, Page } from 'playwright-core';
import type { LoginPhase, LoginProgressView } from '../../../../electron/ipc/views';
import { createLoginService, type CapturedLogin, type LoginService, type LoginTiming } from '../../../../electron/services/login';
import type { Clock, FetchFn } from '../../../../electron/services/server-client';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { playwrightLoginWindow, type PlaywrightLoginWindow } from './playwright-login-window';

export interface FetchCounter {
  readonly fetch: FetchFn;
  /** `/fetch` requests sent so far. */
  fetchRequests(): number;
  /** Requests that have not answered yet. */
  inFlight(): number;
}

export function countingFetch(): FetchCounter {
  let fetchRequests = 0;
  let inFlight = 0;
  const fetch: FetchFn = async (input, init) => {
    if (new URL(input instanceof Request ? input.url : String(input)).pathname === '/fetch') fetchRequests += 1;
    inFlight += 1;
    try {
      return await globalThis.fetch(input, init);
    } finally {
      inFlight -= 1;
    }
  };
  return { fetch, fetchRequests: () => fetchRequests, inFlight: () => inFlight };
}

export interface LoginHarness {
  readonly service: LoginService;
  readonly window: PlaywrightLoginWindow;
  readonly events: LoginProgressView[];
  readonly stored: CapturedLogin[];
  readonly requests: FetchCounter;
  /** Pages the "system browser" opened. */
  readonly externalPages: Page[];
  /** Resolves once some login reaches `phase`. */
  reached(phase: LoginPhase): Promise<void>;
  /** Terminal events (succeeded, failed, cancelled) so far. */
  endings(): LoginProgressView[];
}

const TERMINAL: readonly LoginPhase[] = ['succeeded', 'failed', 'cancelled'];

export function loginHarness(browser: Browser, options: { clock?: Clock; timing?: LoginTiming } = {}): LoginHarness {
  const events: LoginProgressView[] = [];
  const stored: CapturedLogin[] = [];
  const externalPages: Page[] = [];
  const waiters: { phase: LoginPhase; resolve: () => void }[] = [];
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
    onProgress: (progress) => {
      events.push(progress);
      for (const waiter of waiters.filter((w) => w.phase === progress.phase)) waiter.resolve();
    },
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
    reached: (phase) =>
      events.some((e) => e.phase === phase) ? Promise.resolve() : new Promise((resolve) => waiters.push({ phase, resolve })),
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
