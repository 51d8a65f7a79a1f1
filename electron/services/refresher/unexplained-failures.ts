/**
 * The hosted handler answers every unexpected `/refresh` failure with a bare HTTP 500 and no
 * reason. One such answer says nothing; about a week of nothing else for one AuthID, while other
 * AuthIDs on the same server refresh fine, says the server cannot use this one any more, so the
 * user is asked to re-authorize instead of the app retrying for ever.
 */
import type { CheckView } from '../authids';
import { unexplainedServerErrorMessage } from '../server-client';
import { DAY_MS } from './check-policy';

/** How long nothing but unexplained failures must last before the AuthID is given up on. */
export const UNEXPLAINED_LIMIT_MS = 7 * DAY_MS;
/**
 * After a day of them, try about once a day: the history keeps 20 checks, and the run must
 * still be visible in it when the week is over (about 9 checks on the first day, 6 after).
 */
export const UNEXPLAINED_SLOW_AFTER_MS = DAY_MS;
export const UNEXPLAINED_SLOW_RETRY_MS = DAY_MS;

export function gaveUpReason(host: string): string {
  return `Needs attention: the server at ${host} keeps failing for this AuthID (HTTP 500 with no reason, for a week now) while other AuthIDs on it work. Re-authorize to get a new AuthID.`;
}

/** When the current run of unexplained failures began (history newest first), or undefined if the last check was something else. */
export function unexplainedRunStart(history: readonly CheckView[], host: string): number | undefined {
  const own = new Set([unexplainedServerErrorMessage(host), gaveUpReason(host)]);
  let start: number | undefined;
  for (const check of history) {
    if (!own.has(check.reason)) break;
    start = Date.parse(check.at);
  }
  return start;
}
