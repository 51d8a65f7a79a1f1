/**
 * The one rule for where an AuthID may go: only to an AuthID server in the settings' list (the
 * hosted ones, and those the user added: https, or http on this computer). Everything that sends
 * an AuthID, or starts a login that hands one back, asks here first; nothing else decides.
 */
import { normalizeBaseUrl, type AuthIdServer } from './known-servers';
import { isLoopbackHost } from './loopback';

export type RecipientDecision =
  | { readonly allowed: true; readonly server: AuthIdServer }
  | {
      readonly allowed: false;
      /** The normalized base URL the AuthID would go to. */
      readonly baseUrl: string;
      /** Exactly which host would receive it, for the question to the user. */
      readonly host: string;
      /** Whether the user may add it in Settings (https, or http on this computer). */
      readonly canTrust: boolean;
      readonly message: string;
    };

/** Whether an AuthID may be sent to the server at `baseUrl`, given the settings' servers. */
export function mayReceiveAuthId(baseUrl: string, servers: readonly AuthIdServer[]): RecipientDecision {
  let url: URL;
  try {
    url = new URL(normalizeBaseUrl(baseUrl));
  } catch {
    return { allowed: false, baseUrl, host: '', canTrust: false, message: 'The AuthID server address is not valid, so nothing was sent.' };
  }
  const normalized = `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
  // A listed server is checked again: the list is only as good as the file it was read from.
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  const server = servers.find((candidate) => sameBase(candidate.baseUrl, normalized));
  if (server !== undefined && secure) return { allowed: true, server };
  const host = url.host;
  if (!secure) {
    return {
      allowed: false,
      baseUrl: normalized,
      host,
      canTrust: false,
      message: `${host} would receive the AuthID over plain http, unencrypted, so AuthID Manager sends it nothing. AuthIDs go only over https (plain http only to this computer): use the server's https:// address.`,
    };
  }
  return {
    allowed: false,
    baseUrl: normalized,
    host,
    canTrust: true,
    message: `${host} is not one of your AuthID servers, so AuthID Manager sends it nothing. Add ${normalized} in Settings if you trust it with this AuthID.`,
  };
}

function sameBase(candidate: string, base: string): boolean {
  try {
    return normalizeBaseUrl(candidate) === base;
  } catch {
    return false;
  }
}
