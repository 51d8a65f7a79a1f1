import type { AuthIdServer } from '../servers';
import { fetchAuthIdOnce, LOGIN_EXPIRED_MESSAGE, type FetchAuthIdResult } from './fetch-authid';
import { systemClock, type Clock } from '../time';
import type { RequestOptions } from './http-deps';

/**
 * How a poll ended. Transient failures once the server has answered never end it early (they are
 * reported through `onTick`); a server that has not answered at all by `unreachableGiveUpMs` does.
 */
export type PollResult = Exclude<FetchAuthIdResult, { kind: 'waiting' }>;

export interface PollOptions extends RequestOptions {
  /** Pause between looks; default 2 s. */
  readonly intervalMs?: number;
  /** Give up after this long; default 5 minutes, the life of a fetch token. */
  readonly limitMs?: number;
  /**
   * `No such entry` within this time of the start, before the server has ever said "wait",
   * means the login page has not registered the token yet (the poll starts while the window
   * is still loading); after it, or once "wait" was seen, it means the login expired. Default 60 s.
   */
  readonly registrationGraceMs?: number;
  /**
   * A server that never answered (refused, unreachable, timing out) by this long after the start
   * ends the poll with that failure, rather than leaving the user waiting at a blank login
   * window until the login expires. Default 20 s.
   */
  readonly unreachableGiveUpMs?: number;
  /** Per request; default 15 s. */
  readonly requestTimeoutMs?: number;
  /** Called after every look that did not end the poll. */
  readonly onTick?: (attempt: FetchAuthIdResult) => void;
  readonly clock?: Clock;
}

export interface AuthIdPoll {
  /** Settles once, with whichever look found the AuthID first. */
  readonly result: Promise<PollResult>;
  /** Look again now instead of at the next tick, e.g. when the login page has just finished. */
  nudge(): void;
}

const NO_ANSWER = new Set(['unreachable', 'timeout']);

/** Polls `/fetch` until the AuthID arrives, the login expires, the limit passes or `signal` aborts. */
export function pollForAuthId(server: AuthIdServer, fetchToken: string, options: PollOptions = {}): AuthIdPoll {
  const clock = options.clock ?? systemClock;
  const intervalMs = options.intervalMs ?? 2_000;
  const limitMs = options.limitMs ?? 5 * 60_000;
  const graceMs = options.registrationGraceMs ?? 60_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const unreachableGiveUpMs = options.unreachableGiveUpMs ?? 20_000;
  const { signal } = options;

  let nudged = false;
  let wake: (() => void) | undefined;
  const nudge = (): void => {
    nudged = true;
    wake?.();
  };

  /** Sleeps up to `ms`; a nudge or an abort cuts it short. */
  const pause = async (ms: number): Promise<void> => {
    if (signal?.aborted) return;
    const waker = new AbortController();
    const stop = (): void => waker.abort();
    wake = stop;
    signal?.addEventListener('abort', stop, { once: true });
    try {
      await clock.sleep(ms, waker.signal);
    } finally {
      signal?.removeEventListener('abort', stop);
      wake = undefined;
    }
  };

  const run = async (): Promise<PollResult> => {
    const start = clock.now();
    let sawWaiting = false;
    let sawAnswer = false;
    for (;;) {
      if (signal?.aborted) return { kind: 'cancelled' };
      nudged = false;
      const remaining = start + limitMs - clock.now();
      const attempt = await fetchAuthIdOnce(server, fetchToken, {
        signal,
        fetch: options.fetch,
        timeoutMs: Math.max(1_000, Math.min(requestTimeoutMs, remaining)),
      });
      if (attempt.kind === 'waiting') sawWaiting = true;
      if (attempt.kind !== 'failed' || !NO_ANSWER.has(attempt.failure.kind)) sawAnswer = true;
      if (attempt.kind === 'failed' && !sawAnswer && clock.now() - start >= unreachableGiveUpMs) return attempt;
      const notRegisteredYet = attempt.kind === 'expired' && !sawWaiting && clock.now() - start < graceMs;
      const keepsGoing = notRegisteredYet || (attempt.kind === 'failed' && attempt.failure.retryable);
      if (attempt.kind !== 'waiting' && !keepsGoing) return attempt;
      options.onTick?.(attempt);

      const left = start + limitMs - clock.now();
      if (left <= 0) return attempt.kind === 'failed' ? attempt : { kind: 'expired', message: LOGIN_EXPIRED_MESSAGE };
      if (!nudged) await pause(Math.min(intervalMs, left));
    }
  };

  return { result: run(), nudge };
}
