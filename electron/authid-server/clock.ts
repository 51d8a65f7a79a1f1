/** The server's sense of time, injectable so expiry can be tested on fake time. */
export interface ServerClock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemServerClock: ServerClock = { now: () => Date.now() };
