/**
 * Electron tells main when the machine wakes, but not when the network comes back. While a
 * check is failing for a transient reason (and only then) this looks at `isOnline` every 30 s,
 * and says so once when the machine goes from offline to online, so overdue checks run at
 * once instead of waiting out their backoff. With nothing failing it holds no timer at all.
 */
export interface ConnectivityWatchDeps {
  readonly isOnline: () => boolean;
  readonly onBackOnline: () => void;
  readonly setInterval: (callback: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
  readonly intervalMs?: number;
}

export interface ConnectivityWatch {
  /** Watch while something waits for the network; stop watching otherwise. */
  setNeeded(needed: boolean): void;
  stop(): void;
}

export function watchConnectivity(deps: ConnectivityWatchDeps): ConnectivityWatch {
  let handle: unknown;
  let online = true;
  const stop = () => {
    if (handle !== undefined) deps.clearInterval(handle);
    handle = undefined;
  };
  return {
    setNeeded(needed) {
      if (!needed) return stop();
      if (handle !== undefined) return;
      online = deps.isOnline();
      handle = deps.setInterval(() => {
        const now = deps.isOnline();
        if (now && !online) deps.onBackOnline();
        online = now;
      }, deps.intervalMs ?? 30_000);
    },
    stop,
  };
}
