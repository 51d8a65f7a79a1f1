// The refresher's one timer: armed for the earliest due check, never more than one pending.
import type { Clock, Timers } from '../time';

/** setTimeout fires at once for delays past 2^31-1 ms (~24.8 days); longer waits re-arm on firing. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SingleTimer {
  /** Arms for `at` unless already armed for an earlier time. */
  armBy(at: number): void;
  clear(): void;
  pending(): number;
}

export function createSingleTimer(timers: Timers, clock: Pick<Clock, 'now'>, fire: () => void): SingleTimer {
  let armed: { readonly handle: unknown; readonly at: number } | undefined;
  const clear = (): void => {
    if (armed) timers.clearTimeout(armed.handle);
    armed = undefined;
  };
  return {
    armBy: (at) => {
      if (armed && armed.at <= at) return;
      clear();
      const handle = timers.setTimeout(() => {
        armed = undefined;
        fire();
      }, Math.min(Math.max(0, at - clock.now()), MAX_TIMER_MS));
      armed = { handle, at };
    },
    clear,
    pending: () => (armed ? 1 : 0),
  };
}
