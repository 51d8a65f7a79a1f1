/**
 * One login, from opening the window to exactly one outcome. First the server's index page
 * registers the fetch token and names where this provider's login starts, so the window goes
 * straight there (a provider the server does not offer ends the login before any window opens).
 * The AuthID is captured whichever way comes first: polling `/fetch`, an immediate look when the
 * window reaches the server's result page, or reading `#user-id` from that page (the hosted
 * handler's CLI-token page hands no fetch token to `/fetch`, so there the page is the only way
 * and `/fetch` is not polled). A result page without an AuthID, or an error answer from the
 * server's login pages, ends the login at once with what the server said.
 */
import type { LoginPhase, LoginProgressView } from './login-progress';
import { UserFacingError } from '../errors';
import { backendForProvider, getProvider, type ProviderId } from '../providers';
import { LOGIN_EXPIRED_MESSAGE, type AuthIdPoll, type FetchFn, type PollResult } from '../server-client';
import type { Clock } from '../time';
import type { AuthIdServer } from '../servers';
import { judgeCapturedText, judgeFetchedFailure, type CaptureVerdict } from './captured-text';
import type { LoginServerClient, LoginTiming } from './login-deps';
import { loginMessages } from './login-messages';
import type { CapturedLogin, LoginOutcome } from './login-outcome';
import type { ExternalBrowserPort, LoginNavigation, LoginWindowHandle, LoginWindowPort } from './login-ports';
import { describePageFailure } from './page-failure';
import { isResultPage, isStartPage, pcloudRegionFromCallback, serverOrigin } from './result-page';

/** The caller stores the AuthID here; what it answers (the record's id) goes into the success event. */
export type AcceptLogin = (login: CapturedLogin) => Promise<{ readonly authIdId?: string } | void>;

export interface LoginSessionParams {
  readonly loginId: string;
  readonly provider: ProviderId;
  readonly server: AuthIdServer;
  readonly window: LoginWindowPort;
  readonly browser: ExternalBrowserPort;
  readonly client: LoginServerClient;
  readonly clock: Clock;
  readonly fetch?: FetchFn;
  readonly timing: LoginTiming;
  readonly accept?: AcceptLogin;
  readonly report: (progress: LoginProgressView) => void;
}

export interface LoginSession {
  readonly loginId: string;
  readonly provider: ProviderId;
  readonly server: AuthIdServer;
  /** Settles once, never rejects. */
  readonly result: Promise<LoginOutcome>;
  /**
   * Resolves once the login has ended and nothing of it runs any more: the `/fetch` poll has
   * returned (no request in flight) and no look at the window is pending. Never rejects.
   */
  stopped(): Promise<void>;
  /** The latest progress event. */
  progress(): LoginProgressView;
  /** "Use my browser instead": same URL in the system browser, window closed, polling goes on. */
  openInBrowser(): Promise<void>;
  /** Cancels from the UI; does nothing once the login has ended. */
  cancel(): void;
  focus(): void;
}

type Ending =
  | { readonly status: 'captured'; readonly verdict: CaptureVerdict }
  | { readonly status: 'failed'; readonly message: string; readonly deauthorizeUrl?: string }
  | { readonly status: 'cancelled'; readonly message: string };

export function startLoginSession(params: LoginSessionParams): LoginSession {
  const { loginId, provider, server } = params;
  const abort = new AbortController();
  const wantsRegion = backendForProvider(provider)?.host !== undefined;
  /** The hosted handler's CLI-token form never hands the AuthID to `/fetch`: only the page can. */
  const pollsFetch = !(server.flavour === 'hosted-handler' && getProvider(provider).loginStyle === 'cli-token');
  /** Where the login starts, once the server's index page has said. */
  let url: string | undefined;
  /** The window once it exists (a navigation may report before `open` has returned). */
  let windowReady: Promise<LoginWindowHandle | undefined> = Promise.resolve(undefined);

  let view: LoginProgressView = { loginId, provider, phase: 'opening', message: loginMessages.opening(provider) };
  let handle: LoginWindowHandle | undefined;
  let windowOpen = false;
  let inBrowser = false;
  let ended = false;
  let poll: AuthIdPoll | undefined;
  /** The latest result page the window reached (pCloud's region rides on its query). */
  let callbackUrl: string | undefined;
  /** Found by `/fetch` before the window reported the callback that carries pCloud's region. */
  let fetchedEarly: string | undefined;
  /** Work that may outlive the outcome (the poll, looks at the page); `stopped()` waits for it. */
  const tasks = new Set<Promise<unknown>>();
  const track = <T>(task: Promise<T>): Promise<T> => {
    tasks.add(task);
    void task.finally(() => tasks.delete(task)).catch(() => undefined);
    return task;
  };
  let settle: (outcome: LoginOutcome) => void = () => undefined;
  const result = new Promise<LoginOutcome>((resolve) => {
    settle = resolve;
  });

  const report = (phase: LoginPhase, message: string, extra: Partial<LoginProgressView> = {}): void => {
    if (view.phase === phase && view.message === message && Object.keys(extra).length === 0) return;
    view = { loginId, provider, phase, message, ...extra };
    params.report(view);
  };

  const end = async (how: Ending): Promise<void> => {
    if (ended) return;
    ended = true;
    abort.abort();
    handle?.close();
    const outcome = await outcomeOf(how);
    if (outcome.status === 'succeeded') {
      report('succeeded', loginMessages.succeeded(provider), outcome.authIdId === undefined ? {} : { authIdId: outcome.authIdId });
    } else if (outcome.status === 'failed') {
      report('failed', outcome.message, outcome.deauthorizeUrl === undefined ? {} : { deauthorizeUrl: outcome.deauthorizeUrl });
    } else {
      report('cancelled', outcome.message);
    }
    settle(outcome);
  };

  const outcomeOf = async (how: Ending): Promise<LoginOutcome> => {
    if (how.status !== 'captured') return how;
    const { verdict } = how;
    if (!verdict.ok) {
      const { message, deauthorizeUrl } = verdict;
      return deauthorizeUrl === undefined ? { status: 'failed', message } : { status: 'failed', message, deauthorizeUrl };
    }
    const region = wantsRegion && callbackUrl !== undefined ? pcloudRegionFromCallback(callbackUrl) : undefined;
    const login: CapturedLogin = {
      authId: verdict.authId,
      kind: verdict.kind,
      provider,
      serverBaseUrl: server.baseUrl,
      ...(region === undefined ? {} : { region }),
    };
    try {
      const accepted = await params.accept?.(login);
      const authIdId = accepted?.authIdId;
      return authIdId === undefined ? { status: 'succeeded', login } : { status: 'succeeded', login, authIdId };
    } catch (error) {
      return { status: 'failed', message: error instanceof UserFacingError ? error.message : loginMessages.notSaved };
    }
  };

  const capture = (text: string): void => {
    void end({ status: 'captured', verdict: judgeCapturedText(text, provider) });
  };

  /** A `/fetch` answer may wait for the callback only while the window can still deliver it. */
  const settleFetchedEarly = (): void => {
    if (fetchedEarly !== undefined && (callbackUrl !== undefined || !windowOpen || inBrowser)) capture(fetchedEarly);
  };

  const onPollResult = (polled: PollResult): void => {
    switch (polled.kind) {
      case 'ready':
        fetchedEarly = polled.authId;
        if (!wantsRegion) return capture(polled.authId);
        return settleFetchedEarly();
      case 'login-failed':
        return void end({ status: 'captured', verdict: judgeFetchedFailure(polled.message, provider) });
      case 'expired':
      case 'missing-token':
        return void end({ status: 'failed', message: polled.message });
      case 'failed':
        return void end({ status: 'failed', message: polled.failure.message });
      case 'cancelled':
        return;
    }
  };

  const readResultPage = async (navigation: LoginNavigation): Promise<void> => {
    const text = await (await windowReady)?.readUserIdText().catch(() => null);
    if (ended) return;
    if (text !== null && text !== undefined && text.trim() !== '') return capture(text.trim());
    if (fetchedEarly !== undefined) return capture(fetchedEarly);
    await failFromPage(navigation);
  };

  /** The server answered with an error, or a result page without an AuthID: say what it said. */
  const failFromPage = async (navigation: LoginNavigation): Promise<void> => {
    const page = (await (await windowReady)?.readPageHtml().catch(() => null)) ?? '';
    const failed = describePageFailure(provider, server, {
      page,
      ...(navigation.status === undefined ? {} : { status: navigation.status }),
      ...(navigation.reason === undefined ? {} : { reason: navigation.reason }),
    });
    await end({ status: 'failed', ...failed });
  };

  const onNavigated = (navigation: LoginNavigation): void => {
    if (ended) return;
    const failedStatus = navigation.status !== undefined && navigation.status >= 400;
    if (failedStatus && isStartPage(navigation.url, server)) return void track(failFromPage(navigation));
    if (!isResultPage(navigation.url, server)) return;
    callbackUrl = navigation.url;
    report('capturing', loginMessages.capturing(provider));
    poll?.nudge();
    settleFetchedEarly();
    void track(readResultPage(navigation));
  };

  const onClosed = (): void => {
    windowOpen = false;
    if (ended || inBrowser) return;
    if (fetchedEarly !== undefined) return settleFetchedEarly();
    void end({ status: 'cancelled', message: loginMessages.windowClosed });
  };

  const openWindow = async (at: string): Promise<LoginWindowHandle | undefined> => {
    try {
      const opened = await params.window.open(at, {
        partition: `login-${loginId}`,
        allowedOrigins: [serverOrigin(server)],
        onNavigated,
        onClosed,
      });
      handle = opened;
      windowOpen = true;
      return opened;
    } catch {
      await end({ status: 'failed', message: loginMessages.windowFailed });
      return undefined;
    }
  };

  const run = async (): Promise<void> => {
    const requests = { signal: abort.signal, ...(params.fetch === undefined ? {} : { fetch: params.fetch }) };
    const prepared = await params.client.prepareLogin(server, provider, requests);
    if (ended) return;
    if (!prepared.ok) return end({ status: 'failed', message: prepared.message });
    url = prepared.url;
    windowReady = openWindow(prepared.url);
    const opened = await windowReady;
    if (opened === undefined) return;
    if (ended) return opened.close();
    report('waiting-for-user', loginMessages.waitingForUser(provider));
    if (!pollsFetch) return waitForPageOnly();
    poll = params.client.pollForAuthId(server, prepared.fetchToken, { ...requests, clock: params.clock, ...params.timing });
    onPollResult(await poll.result);
  };

  /** Without `/fetch` the login still ends when a fetch token would have: after its five minutes. */
  const waitForPageOnly = async (): Promise<void> => {
    await params.clock.sleep(params.timing.limitMs ?? 5 * 60_000, abort.signal);
    if (!ended) await end({ status: 'failed', message: LOGIN_EXPIRED_MESSAGE });
  };

  params.report(view);
  void track(run());

  return {
    loginId,
    provider,
    server,
    result,
    stopped: async () => {
      await result;
      while (tasks.size > 0) await Promise.allSettled([...tasks]);
    },
    progress: () => view,
    openInBrowser: async () => {
      if (ended || url === undefined) return;
      try {
        await params.browser.open(url);
      } catch {
        throw new UserFacingError('browser-unavailable', loginMessages.browserFailed);
      }
      if (ended || inBrowser) return;
      inBrowser = true;
      report('waiting-in-browser', loginMessages.waitingInBrowser(provider));
      handle?.close();
      settleFetchedEarly();
    },
    cancel: () => void end({ status: 'cancelled', message: loginMessages.cancelledByUser }),
    focus: () => handle?.focus(),
  };
}
