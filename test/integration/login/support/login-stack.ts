import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { AuthIdServer } from '../../../../electron/services/servers';
import { startAuthIdStack, type AuthIdStack } from '../../../fixtures/authid-stack';
import { launchChromium } from '../../../fixtures/chromium';

export interface LoginStack {
  readonly stack: AuthIdStack;
  readonly browser: Browser;
  /** The stack's AuthID server as the app names one. */
  readonly server: AuthIdServer;
}

/** For a test file: a real AuthID stack and Chromium shared by its tests (registers its own beforeAll and afterAll). */
export function loginStackPerFile(): LoginStack {
  let started: { stack: AuthIdStack; browser: Browser } | undefined;
  beforeAll(async () => {
    const [stack, browser] = await Promise.all([startAuthIdStack(), launchChromium()]);
    started = { stack, browser };
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.stack.close();
  });
  const get = () => {
    if (!started) throw new Error('The login stack is used before its beforeAll ran.');
    return started;
  };
  return {
    get stack() {
      return get().stack;
    },
    get browser() {
      return get().browser;
    },
    get server(): AuthIdServer {
      return { baseUrl: get().stack.baseUrl, flavour: 'self-hosted' };
    },
  };
}
