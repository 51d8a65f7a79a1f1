/** Counts the refresher's checks under way, so the simulation moves time only once all are done. */
import type { CheckActivity } from '../../../../electron/services/refresher';

export class ActivityTracker implements CheckActivity {
  private running = 0;
  private waiters: (() => void)[] = [];

  started(): void {
    this.running += 1;
  }

  finished(): void {
    this.running -= 1;
    if (this.running > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves once no check is under way, also none started by the one that just ended. */
  async idle(): Promise<void> {
    for (;;) {
      if (this.running > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      if (this.running === 0) return;
    }
  }
}
