/**
 * The `oauth-url` option: how a destination URL names a non-default AuthID server. Duplicati
 * calls it as-is to refresh, so it must be the server's full `/refresh` URL.
 */
import {
  HOSTED_HANDLER,
  HOSTED_SERVICE,
  normalizeBaseUrl,
  type AuthIdServer,
} from '../servers/known-servers';
import { isLoopbackHost } from '../servers/loopback';

/** The `oauth-url` value for this server. Throws on a malformed base URL. */
export function refreshUrlFor(server: AuthIdServer): string {
  return `${normalizeBaseUrl(server.baseUrl)}/refresh`;
}

export type OauthUrlReading =
  | { readonly ok: true; readonly server: AuthIdServer; readonly endsInRefresh: boolean; readonly insecure: boolean }
  | { readonly ok: false };

/**
 * Reads a decoded `oauth-url` value. The server is matched against the hosted ones and `known`
 * (the app's configured servers, which carry the right flavour); anything else is self-hosted.
 */
export function readOauthUrl(value: string, known: readonly AuthIdServer[] = []): OauthUrlReading {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false };
  const baseUrl = normalizeBaseUrl(value);
  const server = [HOSTED_HANDLER, HOSTED_SERVICE, ...known].find((s) => sameBase(s.baseUrl, baseUrl)) ?? {
    baseUrl,
    flavour: 'self-hosted' as const,
  };
  return {
    ok: true,
    server,
    endsInRefresh: parsed.pathname.endsWith('/refresh'),
    insecure: parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname),
  };
}

function sameBase(candidate: string, base: string): boolean {
  try {
    return normalizeBaseUrl(candidate) === base;
  } catch {
    return false;
  }
}
