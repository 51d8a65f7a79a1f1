/**
 * One login, from opening the window to exactly one outcome. The AuthID is captured whichever
 * way comes first: polling `/fetch`, an immediate look when the window reaches the server's
 * result page, or reading `#user-id` from that page (the hosted handler's CLI-token page hands
 * no fetch token to `/fetch`, so there the page is the only way).
 */
import type { LoginPhase, LoginProgressView } from './login-progress';
import { UserFacingError } from '../errors/user-facing-error';
import { backendForProvider } from '../providers/provider-lookup';
import type { ProviderId } from '../providers/provider-id';
import type { AuthIdPoll, Clock, FetchFn, PollResult } from '../server-client';
import type { AuthIdServer } from '../servers/known-servers';
import { judgeCapturedText, judgeFetchedFailure, type CaptureVerdict } from './captured-text';
import type { LoginServerClient, LoginTiming } from './login-deps';
import { loginMessages } from './login-messages';
import type { CapturedLogin, LoginOutcome } from './login-outcome';
import type { ExternalBrowserPort, LoginWindowHandle, LoginWindowPort } from './login-ports';
import { isResultPage, pcloudRegionFromCallback, serverOrigin } from './result-page';

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
  const { url, fetchToken } = params.client.loginUrl(server, provider);
  const abort = new AbortController();
  const wantsRegion = backendForProvider(provider)?.host !== undefined;

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

  const readResultPage = async (): Promise<void> => {
    const text = await (await windowReady)?.readUserIdText().catch(() => null);
    if (ended) return;
    if (text === null || text === undefined || text.trim() === '') {
      // Not a result after all (e.g. the CLI-token form showing an error); the user carries on.
      if (!inBrowser) report('waiting-for-user', loginMessages.waitingForUser(provider));
      return;
    }
    capture(text.trim());
  };

  const onNavigated = (navigatedTo: string): void => {
    if (ended || !isResultPage(navigatedTo, server)) return;
    callbackUrl = navigatedTo;
    report('capturing', loginMessages.capturing(provider));
    poll?.nudge();
    settleFetchedEarly();
    void track(readResultPage());
  };

  const onClosed = (): void => {
    windowOpen = false;
    if (ended || inBrowser) return;
    if (fetchedEarly !== undefined) return settleFetchedEarly();
    void end({ status: 'cancelled', message: loginMessages.windowClosed });
  };

  const openWindow = async (): Promise<LoginWindowHandle | undefined> => {
    try {
      const opened = await params.window.open(url, {
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
    const opened = await windowReady;
    if (opened === undefined) return;
    if (ended) return opened.close();
    report('waiting-for-user', loginMessages.waitingForUser(provider));
    poll = params.client.pollForAuthId(server, fetchToken, {
      signal: abort.signal,
      clock: params.clock,
      ...(params.fetch === undefined ? {} : { fetch: params.fetch }),
      ...params.timing,
    });
    onPollResult(await poll.result);
  };

  params.report(view);
  const windowReady = openWindow();
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
      if (ended) return;
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
