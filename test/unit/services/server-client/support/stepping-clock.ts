import type { Clock } from '../../../../../electron/services/time';

/** A clock whose sleeps return at once and move time forward by the time slept. */
export function steppingClock(start = 1_000_000): Clock & { readonly slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) return;
      slept.push(ms);
      now += ms;
    },
  };
}
