import type { ProviderSettings } from './provider-settings';
import { parseTokenResponse, type TokenResponse } from './token-response';

const TIMEOUT_MS = 25_000;
const MAX_RESPONSE_BYTES = 64 * 1024;
/** An OAuth error code (`invalid_client`, `invalid_grant`): short, and never a secret. */
const OAUTH_ERROR_CODE = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * A token request that did not give a usable answer. Carries no token, secret or response
 * body: only the HTTP status and the OAuth `error` code the provider named.
 */
export class ProviderRequestError extends Error {
  constructor(
    readonly reason: 'refused' | 'unreachable' | 'unreadable',
    readonly status?: number,
    readonly code?: string,
  ) {
    super(`token request ${reason}${status === undefined ? '' : ` (HTTP ${status})`}${code === undefined ? '' : `: ${code}`}`);
  }
}

export type TokenGrant = 'authorization_code' | 'refresh_token' | 'password';

/** What became of one token request, for whoever watches the server (status, logs). */
export type ProviderOutcome =
  | { readonly providerId: string; readonly grant: TokenGrant; readonly ok: true }
  | { readonly providerId: string; readonly grant: TokenGrant; readonly ok: false; readonly error: ProviderRequestError };

export interface ProviderRequests {
  /** `codeVerifier` is the PKCE secret the login started with, if it used PKCE. */
  exchangeCode(provider: ProviderSettings, tokenUrl: string, code: string, state: string, redirectUri: string, codeVerifier?: string): Promise<TokenResponse>;
  refresh(provider: ProviderSettings, refreshToken: string, redirectUri: string): Promise<TokenResponse>;
  passwordGrant(provider: ProviderSettings, username: string, password: string): Promise<TokenResponse>;
}

/** Token-endpoint calls over `fetch`, each bounded in time and size and aborted when the server closes. */
export function providerRequests(closing: AbortSignal, observe: (outcome: ProviderOutcome) => void = () => undefined): ProviderRequests {
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
    if (!response.ok) throw new ProviderRequestError('refused', response.status, errorCodeIn(body));
    const tokens = body === undefined ? undefined : parseTokenResponse(body);
    if (!tokens) throw new ProviderRequestError('unreadable', response.status);
    return tokens;
  };
  const observed = async (provider: ProviderSettings, grant: TokenGrant, url: string, form: Record<string, string>): Promise<TokenResponse> => {
    try {
      const tokens = await post(url, { ...client(provider), grant_type: grant, ...form });
      observe({ providerId: provider.id, grant, ok: true });
      return tokens;
    } catch (error) {
      if (error instanceof ProviderRequestError) observe({ providerId: provider.id, grant, ok: false, error });
      throw error;
    }
  };

  return {
    exchangeCode: (provider, tokenUrl, code, state, redirectUri, codeVerifier) =>
      observed(provider, 'authorization_code', tokenUrl, {
        code,
        redirect_uri: redirectUri,
        ...(provider.noStateInTokenRequest ? {} : { state }),
        ...(codeVerifier === undefined ? {} : { code_verifier: codeVerifier }),
      }),
    refresh: (provider, refreshToken, redirectUri) =>
      observed(provider, 'refresh_token', provider.tokenUrl, {
        refresh_token: refreshToken,
        ...(provider.noRedirectUriOnRefresh ? {} : { redirect_uri: redirectUri }),
      }),
    passwordGrant: (provider, username, password) =>
      observed(provider, 'password', provider.tokenUrl, { scope: provider.scope, username, password }),
  };
}

/** Public clients (PKCE, Jottacloud's `jottacli`) send no secret. */
function client(provider: ProviderSettings): Record<string, string> {
  return provider.clientSecret === ''
    ? { client_id: provider.clientId }
    : { client_id: provider.clientId, client_secret: provider.clientSecret };
}

/** The `error` field of an OAuth error body, when it is a plain code. */
function errorCodeIn(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    const code = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).error : undefined;
    return typeof code === 'string' && OAUTH_ERROR_CODE.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
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
