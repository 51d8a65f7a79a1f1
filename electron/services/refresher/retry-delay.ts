/**
 * Delays after failed checks. Transient failures back off exponentially with jitter; a rate
 * limit waits at least an hour (the hosted handler says "wait 60 minutes").
 *
 * Request bound during an outage: the n-th retry waits min(5 min · 2^(n-1), 6 h) ± 25 %, so the
 * first seven retries take ≥ 476 min and every later one ≥ 270 min (4.5 h). Over an outage of
 * length T one AuthID therefore sends at most 8 + floor(T / 4.5 h) requests — 13 in a day, 18 in
 * two. `maxRequestsDuringOutage` states the same bound for tests and reports.
 */
import { HOUR_MS } from './check-policy';

const MINUTE_MS = 60_000;
const RETRY_BASE_MS = 5 * MINUTE_MS;
export const RETRY_CAP_MS = 6 * HOUR_MS;
const RETRY_JITTER = 0.25;
export const RATE_LIMIT_MIN_MS = 60 * MINUTE_MS;

/** `failures` counts consecutive failed checks, this one included (1 for the first). */
export function transientRetryDelayMs(failures: number, random: () => number): number {
  return jittered(Math.min(RETRY_BASE_MS * 2 ** Math.max(0, failures - 1), RETRY_CAP_MS), random);
}

/** `nominalMs` ± 25 %. */
export function jittered(nominalMs: number, random: () => number): number {
  return nominalMs * (1 - RETRY_JITTER + 2 * RETRY_JITTER * random());
}

export function rateLimitDelayMs(retryAfterMs: number | undefined, random: () => number): number {
  return Math.max(retryAfterMs ?? 0, RATE_LIMIT_MIN_MS) * (1 + RETRY_JITTER * random());
}

export function maxRequestsDuringOutage(outageMs: number): number {
  return 8 + Math.floor(outageMs / (RETRY_CAP_MS * (1 - RETRY_JITTER)));
}
