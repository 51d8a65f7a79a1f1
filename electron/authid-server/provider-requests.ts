import type { ProviderSettings } from './provider-settings';
import { parseTokenResponse, type TokenResponse } from './token-response';

const TIMEOUT_MS = 25_000;
const MAX_RESPONSE_BYTES = 64 * 1024;

/** A token request that did not give a usable answer. Carries no token, secret or response body. */
export class ProviderRequestError extends Error {
  constructor(
    readonly reason: 'refused' | 'unreachable' | 'unreadable',
    readonly status?: number,
  ) {
    super(`token request ${reason}${status === undefined ? '' : ` (HTTP ${status})`}`);
  }
}

export interface ProviderRequests {
  exchangeCode(provider: ProviderSettings, tokenUrl: string, code: string, state: string, redirectUri: string): Promise<TokenResponse>;
  refresh(provider: ProviderSettings, refreshToken: string, redirectUri: string): Promise<TokenResponse>;
  passwordGrant(provider: ProviderSettings, username: string, password: string): Promise<TokenResponse>;
}

/** Token-endpoint calls over `fetch`, each bounded in time and size and aborted when the server closes. */
export function providerRequests(closing: AbortSignal): ProviderRequests {
  const post = async (url: string, form: Record<string, string>): Promise<TokenResponse> => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams(form).toString(),
        redirect: 'error',
        signal: AbortSignal.any([closing, AbortSignal.timeout(TIMEOUT_MS)]),
      });
    } catch {
      throw new ProviderRequestError('unreachable');
    }
    const body = await readCapped(response);
    if (!response.ok) throw new ProviderRequestError('refused', response.status);
    const tokens = body === undefined ? undefined : parseTokenResponse(body);
    if (!tokens) throw new ProviderRequestError('unreadable', response.status);
    return tokens;
  };
  const client = (provider: ProviderSettings): Record<string, string> =>
    provider.clientSecret === ''
      ? { client_id: provider.clientId }
      : { client_id: provider.clientId, client_secret: provider.clientSecret };

  return {
    exchangeCode: (provider, tokenUrl, code, state, redirectUri) =>
      post(tokenUrl, {
        ...client(provider),
        code,
        grant_type: 'authorization_code',
        redirect_uri: redirectUri,
        ...(provider.noStateInTokenRequest ? {} : { state }),
      }),
    refresh: (provider, refreshToken, redirectUri) =>
      post(provider.tokenUrl, {
        ...client(provider),
        refresh_token: refreshToken,
        grant_type: 'refresh_token',
        ...(provider.noRedirectUriOnRefresh ? {} : { redirect_uri: redirectUri }),
      }),
    passwordGrant: (provider, username, password) =>
      post(provider.tokenUrl, { ...client(provider), grant_type: 'password', scope: provider.scope, username, password }),
  };
}

/** The body as text, or undefined when it is larger than the cap or breaks off. */
async function readCapped(response: Response): Promise<string | undefined> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    // Leaving the loop early cancels the stream.
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > MAX_RESPONSE_BYTES) return undefined;
      chunks.push(chunk);
    }
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks).toString('utf8');
}
