import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerClock } from './clock';
import type { ExpiringMap } from './expiring-map';
import type { ProviderRequests } from './provider-requests';
import type { ProviderSettings } from './provider-settings';
import type { AccessTokenCache } from './access-token-cache';
import type { PeerBehaviour } from './peer-behaviour';
import type { SealedTokenStore } from './storage/sealed-token-store';

/** A fetch token's slot: empty while the login runs, then the AuthID for 30 s. */
export interface FetchSlot {
  readonly authId?: string;
}

/** What `/login` remembers for `/logged-in` under the `state` it sent. */
export interface LoginState {
  readonly providerId: string;
  readonly fetchToken?: string;
  /** PKCE: the secret half, sent with the code exchange (the provider saw only its hash). */
  readonly codeVerifier?: string;
}

export const FETCH_TOKEN_TTL_MS = 5 * 60_000;
const FETCHED_AUTHID_TTL_MS = 30_000;
export const LOGIN_STATE_TTL_MS = 10 * 60_000;
/** The self-hosted server registers only fetch tokens longer than this. */
export const MIN_FETCH_TOKEN_LENGTH = 9;

export interface ServerContext {
  readonly appName: string;
  /** Public base URL without a trailing slash; `/logged-in` is the redirect URI under it. */
  readonly baseUrl: string;
  readonly providers: ReadonlyMap<string, ProviderSettings>;
  readonly clock: ServerClock;
  readonly fetchTokens: ExpiringMap<FetchSlot>;
  readonly loginStates: ExpiringMap<LoginState>;
  readonly accessTokens: AccessTokenCache;
  /** Undefined without storage: logins then give v2 AuthIDs. */
  readonly store: SealedTokenStore | undefined;
  readonly providerRequests: ProviderRequests;
  readonly peer: Required<PeerBehaviour>;
  /** Origins the logged-in page posts the AuthID to, and whose POSTs count as same-site. */
  readonly trustedOrigins: ReadonlySet<string>;
  /** `http://<host>` for every `Host` the server answers to. */
  readonly ownOrigins: ReadonlySet<string>;
}

export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
}

export type Handler = (context: ServerContext, exchange: Exchange) => Promise<void> | void;

export function redirectUri(context: ServerContext): string {
  return `${context.baseUrl}/logged-in`;
}

/** Keeps the AuthID for the poller when the login was started with a registered fetch token. */
export function deliverToFetchToken(context: ServerContext, fetchToken: string | undefined, authId: string): void {
  if (fetchToken && context.fetchTokens.has(fetchToken)) {
    context.fetchTokens.set(fetchToken, { authId }, FETCHED_AUTHID_TTL_MS);
  }
}

/** Whom the per-client limits count a request against. */
export function clientOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
