/**
 * Duplicati's old web UI: after opening the login window it waited 6 s, then polled `/fetch`
 * every 3 s. Replayed arithmetically instead of sleeping through it.
 */
export const FIRST_POLL_MS = 6_000;
export const POLL_EVERY_MS = 3_000;

/** When the first poll at or after `readyAt` went out, for a window opened at `openedAt`. */
export function oldEditorPollAfter(openedAt: number, readyAt: number): number {
  const first = openedAt + FIRST_POLL_MS;
  if (readyAt <= first) return first;
  return first + Math.ceil((readyAt - first) / POLL_EVERY_MS) * POLL_EVERY_MS;
}
