/** A clock and timers that move only when told: jump (the machine slept) or fire the next timer. */
import type { Timers } from '../../../../electron/services/time';

interface PendingTimer {
  readonly at: number;
  readonly fire: () => void;
}

export class FakeTime implements Timers {
  private current: number;
  private lastId = 0;
  private readonly timers = new Map<number, PendingTimer>();

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  readonly now = (): number => this.current;

  readonly setTimeout = (fire: () => void, ms: number): unknown => {
    this.lastId += 1;
    this.timers.set(this.lastId, { at: this.current + ms, fire });
    return this.lastId;
  };

  readonly clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  pending(): number {
    return this.timers.size;
  }

  nextAt(): number | undefined {
    const ats = [...this.timers.values()].map((timer) => timer.at);
    return ats.length === 0 ? undefined : Math.min(...ats);
  }

  /** Moves time without firing anything, as when the machine sleeps. */
  jump(ms: number): void {
    this.current += ms;
  }

  /** Moves to the earliest timer and fires it; false when none is pending. */
  fireNext(): boolean {
    const next = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
    if (!next) return false;
    const [id, timer] = next;
    this.timers.delete(id);
    this.current = Math.max(this.current, timer.at);
    timer.fire();
    return true;
  }
}
