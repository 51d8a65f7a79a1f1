/**
 * Runs logins side by side, keyed by loginId, at most one per provider and server. It does not
 * store anything: each login's `accept` callback (or its `result`) hands the AuthID to the caller.
 */
import { randomUUID } from 'node:crypto';
import type { LoginProgressView } from './login-progress';
import { UserFacingError } from '../errors';
import type { ProviderId } from '../providers';
import type { FetchFn } from '../server-client';
import { systemClock, type Clock } from '../time';
import { normalizeBaseUrl, type AuthIdServer } from '../servers';
import { serverClient, type LoginServerClient, type LoginTiming } from './login-deps';
import type { ExternalBrowserPort, LoginWindowPort } from './login-ports';
import { startLoginSession, type AcceptLogin, type LoginSession } from './login-session';

export interface LoginServiceDeps {
  readonly window: LoginWindowPort;
  readonly browser: ExternalBrowserPort;
  /** Every phase change of every login, terminal ones included, in order. */
  readonly onProgress: (progress: LoginProgressView) => void;
  readonly client?: LoginServerClient;
  readonly clock?: Clock;
  readonly fetch?: FetchFn;
  readonly timing?: LoginTiming;
  readonly newLoginId?: () => string;
}

export interface LoginRequest {
  readonly provider: ProviderId;
  readonly server: AuthIdServer;
  /** Stores the captured AuthID; a rejection turns the login into a failure with its message. */
  readonly accept?: AcceptLogin;
}

/** The login a start led to, and whether this start began it (so its ending is announced once). */
export interface StartedLogin {
  readonly session: LoginSession;
  readonly isNew: boolean;
}

export interface LoginService {
  /**
   * Starts a login, or, when one for the same provider and server is still running, focuses
   * its window and answers that one with `isNew` false (its own `accept` stays in charge).
   */
  start(request: LoginRequest): StartedLogin;
  find(loginId: string): LoginSession | undefined;
  openInBrowser(loginId: string): Promise<void>;
  /** Does nothing for a login that has already ended. */
  cancel(loginId: string): void;
  /** Progress of the logins still running, for the app state. */
  active(): LoginProgressView[];
  /** Cancels every running login (on quit); resolves once all have ended and sent their last request. */
  cancelAll(): Promise<void>;
}

export function createLoginService(deps: LoginServiceDeps): LoginService {
  const running = new Map<string, LoginSession>();
  const newLoginId = deps.newLoginId ?? randomUUID;
  const keyOf = (provider: ProviderId, server: AuthIdServer): string => `${provider} ${normalizeBaseUrl(server.baseUrl)}`;

  const find = (loginId: string): LoginSession | undefined => running.get(loginId);
  const get = (loginId: string): LoginSession => {
    const session = find(loginId);
    if (session === undefined) throw new UserFacingError('no-login', 'That login has already ended.');
    return session;
  };

  return {
    start: ({ provider, server, accept }) => {
      const key = keyOf(provider, server);
      const same = [...running.values()].find((s) => keyOf(s.provider, s.server) === key);
      if (same !== undefined) {
        same.focus();
        return { session: same, isNew: false };
      }
      const session = startLoginSession({
        loginId: newLoginId(),
        provider,
        server,
        window: deps.window,
        browser: deps.browser,
        client: deps.client ?? serverClient,
        clock: deps.clock ?? systemClock,
        ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
        timing: deps.timing ?? {},
        ...(accept === undefined ? {} : { accept }),
        report: deps.onProgress,
      });
      running.set(session.loginId, session);
      void session.result.then(() => running.delete(session.loginId));
      return { session, isNew: true };
    },
    find,
    openInBrowser: async (loginId) => get(loginId).openInBrowser(),
    // A login that has just ended needs no cancelling; the click raced its end.
    cancel: (loginId) => find(loginId)?.cancel(),
    active: () => [...running.values()].map((s) => s.progress()),
    cancelAll: async () => {
      const sessions = [...running.values()];
      for (const s of sessions) s.cancel();
      await Promise.all(sessions.map((s) => s.stopped()));
    },
  };
}
