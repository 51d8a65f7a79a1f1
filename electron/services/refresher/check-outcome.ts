/**
 * Turns what a server said into a recorded health and what to do next. Reasons come from the
 * server client's messages, which never hold an AuthID or a token.
 */
import type { CheckView, Health } from '../authids';
import { serverHost, type RefreshResult } from '../server-client';
import type { AuthIdServer } from '../servers';
import { gaveUpReason, UNEXPLAINED_LIMIT_MS, UNEXPLAINED_SLOW_AFTER_MS, UNEXPLAINED_SLOW_RETRY_MS, unexplainedRunStart } from './unexplained-failures';

/** regular: the usual interval; retry: transient backoff; never: nothing to check until the user acts. */
type NextStep = 'regular' | 'retry' | 'rate-limited' | 'never';

export interface Outcome {
  readonly health: Exclude<Health, 'not-checked'>;
  readonly reason: string;
  readonly next: NextStep;
  /** At least this long before the next try: the server said so (rate limits), or the failure keeps coming back. */
  readonly retryAfterMs?: number;
  /** "Probably revoked, but a passing fault looks the same": counted towards escalation. */
  readonly ambiguous?: boolean;
}

/**
 * A self-hosted server answers both a revoked grant and a provider outage with 500 "An error
 * occurred". After this many such answers in a row (the last ~2.5 hours of backoff) it is called
 * a needs-reauthorization and checked at the regular interval from then on, in case it was an outage.
 */
export const AMBIGUOUS_LIMIT = 6;

export interface RefreshContext {
  readonly server: AuthIdServer;
  /** Ambiguous failures in a row before this one. */
  readonly ambiguousBefore: number;
  /** The same AuthID refreshed fine before, so "unknown AuthID" now means it was revoked. */
  readonly workedBefore: boolean;
  /** The last recorded health: once escalated, an ambiguous failure stays needs-reauthorization. */
  readonly lastHealth: Health | undefined;
  /** The AuthID's recorded checks, newest first. */
  readonly history: readonly CheckView[];
  readonly now: number;
  /** Whether another AuthID on the same server refreshed fine at or after this time. */
  readonly othersOnServerWorkedSince: (since: number) => boolean;
}

export function refreshOutcome(result: RefreshResult, context: RefreshContext): Outcome | undefined {
  const host = serverHost(context.server);
  if (result.ok) return { health: 'healthy', reason: `The AuthID works: the server at ${host} handed out an access token.`, next: 'regular' };
  const { kind, message } = result;
  if (kind === 'cancelled') return undefined;
  if (kind === 'server-error-no-reason') return unexplainedOutcome(message, host, context);
  if (kind === 'rate-limited') {
    return { health: 'rate-limited', reason: message, next: 'rate-limited', ...(result.retryAfterMs === undefined ? {} : { retryAfterMs: result.retryAfterMs }) };
  }
  if ((kind === 'unknown-authid' || kind === 'unknown-authid-or-wrong-password') && context.workedBefore) {
    // The stored AuthID did not change since it last worked, so its password cannot have become wrong.
    return {
      health: 'revoked',
      reason: `The server at ${host} no longer knows this AuthID, although it worked before: it was revoked there (or removed after a year without use). Log in again to get a new one.`,
      next: 'never',
    };
  }
  if (result.retryable && result.needsReauthorization) {
    const escalated = context.lastHealth === 'needs-reauthorization' || context.ambiguousBefore + 1 >= AMBIGUOUS_LIMIT;
    if (!escalated) return { health: 'needs-attention', reason: message, next: 'retry', ambiguous: true };
    return {
      health: 'needs-reauthorization',
      reason: `The server at ${host} still could not get a new access token after ${AMBIGUOUS_LIMIT} tries, so the access was most likely revoked or has expired at the provider. Log in again to authorize the app again.`,
      next: 'regular',
    };
  }
  if (result.retryable) return { health: 'needs-attention', reason: message, next: 'retry' };
  if (result.needsReauthorization) return { health: 'needs-reauthorization', reason: message, next: 'never' };
  // A setup problem (wrong server address): retrying soon will not help, the regular check may.
  return { health: 'needs-attention', reason: message, next: 'regular' };
}

/** A bare HTTP 500: retried with backoff, slower after a day, given up on after a week if others on the server work. */
function unexplainedOutcome(message: string, host: string, context: RefreshContext): Outcome {
  const since = unexplainedRunStart(context.history, host) ?? context.now;
  const lasting = context.now - since;
  if (lasting >= UNEXPLAINED_LIMIT_MS && context.othersOnServerWorkedSince(since)) {
    return { health: 'needs-reauthorization', reason: gaveUpReason(host), next: 'regular' };
  }
  return { health: 'needs-attention', reason: message, next: 'retry', ...(lasting >= UNEXPLAINED_SLOW_AFTER_MS ? { retryAfterMs: UNEXPLAINED_SLOW_RETRY_MS } : {}) };
}
