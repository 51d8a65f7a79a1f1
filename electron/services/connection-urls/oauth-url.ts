/**
 * The `oauth-url` option: the refresh address Duplicati posts the AuthID to, called exactly as
 * written. The builder writes the very address this app refreshes through.
 */
import { endpointUrl } from '../server-client';
import { HOSTED_HANDLER, HOSTED_SERVICE, isLoopbackHost, normalizeBaseUrl, type AuthIdServer } from '../servers';

/** The `oauth-url` value for this server, or null when its address is not an http(s) URL. */
export function refreshUrlFor(server: AuthIdServer): string | null {
  const url = endpointUrl(server, '/refresh');
  return isHttpUrl(url) ? url : null;
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export type OauthUrlReading =
  | {
      readonly ok: true;
      readonly server: AuthIdServer;
      readonly endsInRefresh: boolean;
      readonly insecure: boolean;
      /** Whether the address is exactly the one this app would write for that server. */
      readonly asWritten: boolean;
    }
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
    asWritten: refreshUrlFor(server) === value,
  };
}

function sameBase(candidate: string, base: string): boolean {
  try {
    return normalizeBaseUrl(candidate) === base;
  } catch {
    return false;
  }
}
