/** The small ports the server client depends on, so tests can swap real time and HTTP for their own. */
export type FetchFn = typeof globalThis.fetch;

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts; never rejects. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/** What every call that talks to a server accepts besides its own options. */
/** Absent or undefined: no cancelling, and the global fetch (callers pass their own deps on as they are). */
export interface RequestOptions {
  readonly signal?: AbortSignal | undefined;
  readonly fetch?: FetchFn | undefined;
}
