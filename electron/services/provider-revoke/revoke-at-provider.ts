/**
 * Ends a grant at the provider itself (Google, Dropbox): the app gets an access token through the
 * AuthID's own server (`/refresh`) and hands it to the provider's revoke endpoint, which ends the
 * refresh token behind it and every access token issued from it, including the one the server
 * caches. The AuthID goes only to its server; the access token only to the provider.
 */
import type { AuthIdKind } from '../authids';
import { deauthorizePagesFor, tokenFamilyOf, type DeauthorizePage, type ProviderId } from '../providers';
import { exchange, refresh, type RequestOptions, type ServerFailure } from '../server-client';
import type { AuthIdServer } from '../servers';
import { classifyProviderAnswer, type ProviderRevokeOutcome } from './provider-answer';
import { canRevokeAtProvider, revokeEndpointFor, whyNotAtProvider, type ProviderRevokeEndpoints, type RevokeEndpoint } from './revoke-endpoint';

export interface ProviderRevokeRequest {
  readonly authId: string;
  readonly kind: AuthIdKind;
  readonly provider: ProviderId;
  /** The AuthID's own server, the only one that may see it. */
  readonly server: AuthIdServer;
}

export interface ProviderRevokeOptions extends RequestOptions {
  readonly endpoints?: ProviderRevokeEndpoints;
  readonly timeoutMs?: number;
}

const MAX_BODY_BYTES = 64 * 1024;

export async function revokeAtProvider(request: ProviderRevokeRequest, options: ProviderRevokeOptions = {}): Promise<ProviderRevokeOutcome> {
  const { provider, kind } = request;
  const family = tokenFamilyOf(provider).name;
  const pages = deauthorizePagesFor(provider);
  const endpoint = revokeEndpointFor(provider, options.endpoints);
  if (endpoint === undefined || !canRevokeAtProvider(provider, kind)) {
    const why = whyNotAtProvider(provider) ?? `${family} cannot end this kind of AuthID for an app.`;
    return { outcome: 'not-possible', message: `${why} Remove the app's access on ${family}'s page instead.`, deauthorizePages: pages };
  }

  const requestOptions = { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  let accessToken = request.authId;
  if (kind !== 'access-token-only') {
    const refreshed = await refresh(request.authId, request.server, { ...requestOptions, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    if (!refreshed.ok) return noAccessToken(refreshed, family, pages);
    accessToken = refreshed.accessToken;
  }

  const timeoutMs = options.timeoutMs ?? 25_000;
  const sent = await exchange(endpoint.url, revokeRequest(endpoint, accessToken), { ...requestOptions, timeoutMs, maxBodyBytes: MAX_BODY_BYTES });
  if (!sent.ok) {
    const what = sent.kind === 'timeout' ? `no answer within ${Math.round(timeoutMs / 1000)} s` : sent.kind === 'cancelled' ? 'cancelled' : 'the network request failed';
    return { outcome: 'failed', retryable: sent.kind !== 'oversized-response', message: `Could not reach ${family} to end the access (${what}). Nothing was revoked; try again.`, deauthorizePages: pages };
  }
  return classifyProviderAnswer(sent.answer, family, pages);
}

function revokeRequest(endpoint: RevokeEndpoint, accessToken: string): RequestInit {
  if (endpoint.credential === 'form-token') {
    return {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ token: accessToken }).toString(),
    };
  }
  // Dropbox RPC endpoints without arguments take a JSON `null` body.
  return { method: 'POST', headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', accept: 'application/json' }, body: 'null' };
}

function noAccessToken(failure: ServerFailure, family: string, pages: readonly DeauthorizePage[]): ProviderRevokeOutcome {
  if (failure.kind === 'provider-refused' && !failure.retryable) {
    return { outcome: 'already-ended', message: `${family} already refuses this AuthID: its access was revoked or has expired there, so there is nothing left to end.` };
  }
  if (failure.kind === 'provider-refused') {
    // The self-hosted server's answer: a grant that is already gone looks like a passing fault.
    return {
      outcome: 'failed',
      retryable: true,
      message: `Nothing was revoked: the AuthID server could not get an access token from ${family}. Most often that means the access was already revoked or has expired there, and there is nothing left to end; check ${family}'s page to be sure.`,
      deauthorizePages: pages,
    };
  }
  const lead = `Nothing was revoked: the app needs an access token from the AuthID server to end the access at ${family}, and did not get one.`;
  const next = failure.retryable ? ' Try again later.' : ` Remove the app's access on ${family}'s page instead.`;
  return { outcome: 'failed', retryable: failure.retryable, message: `${lead} ${failure.message}${next}`, deauthorizePages: pages };
}
