/** The small ports the server client depends on, so tests can swap real HTTP for their own (time: services/time). */
export type FetchFn = typeof globalThis.fetch;

/** What every call that talks to a server accepts besides its own options. */
/** Absent or undefined: no cancelling, and the global fetch (callers pass their own deps on as they are). */
export interface RequestOptions {
  readonly signal?: AbortSignal | undefined;
  readonly fetch?: FetchFn | undefined;
}
