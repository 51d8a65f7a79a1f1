import { loginUrl, pollForAuthId, type PollOptions } from '../server-client';

/** The server-client calls a login makes; tests may swap them. */
export interface LoginServerClient {
  readonly loginUrl: typeof loginUrl;
  readonly pollForAuthId: typeof pollForAuthId;
}

export const serverClient: LoginServerClient = { loginUrl, pollForAuthId };

/** How often `/fetch` is polled and how long a login may take (default: the fetch token's 5 minutes). */
export type LoginTiming = Pick<PollOptions, 'intervalMs' | 'limitMs' | 'registrationGraceMs' | 'requestTimeoutMs'>;
