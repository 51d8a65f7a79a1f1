import { pollForAuthId, prepareLogin, type PollOptions } from '../server-client';

/** The server-client calls a login makes; tests may swap them. */
export interface LoginServerClient {
  readonly prepareLogin: typeof prepareLogin;
  readonly pollForAuthId: typeof pollForAuthId;
}

export const serverClient: LoginServerClient = { prepareLogin, pollForAuthId };

/** How often `/fetch` is polled and how long a login may take (default: the fetch token's 5 minutes). */
export type LoginTiming = Pick<PollOptions, 'intervalMs' | 'limitMs' | 'registrationGraceMs' | 'requestTimeoutMs'>;
