/**
 * Where and how a provider lets an app end a grant without the AuthID server's client secret,
 * from the provider catalogue. The endpoints are data so that tests can point them at loopback.
 */
import type { AuthIdKind } from '../authids';
import { tokenFamilyOf, type ProviderId, type TokenFamilyId } from '../providers';

/** Replacement URLs per token family (tests: loopback stand-ins for Google's and Dropbox's). */
export type ProviderRevokeEndpoints = Partial<Readonly<Record<TokenFamilyId, string>>>;

export interface RevokeEndpoint {
  readonly url: string;
  /** form-token: `token=<access token>` form (Google, RFC 7009); bearer-access-token: `Authorization: Bearer` (Dropbox). */
  readonly credential: 'form-token' | 'bearer-access-token';
}

export function revokeEndpointFor(provider: ProviderId, overrides: ProviderRevokeEndpoints = {}): RevokeEndpoint | undefined {
  const family = tokenFamilyOf(provider);
  if (family.revocation.kind !== 'endpoint') return undefined;
  return { url: overrides[family.id] ?? family.revocation.url, credential: family.revocation.credential };
}

/**
 * v1 and v2 AuthIDs get their access token through the server. An access-token-only AuthID is
 * itself the token, usable where the provider takes it as a Bearer (a bare Dropbox token).
 */
export function canRevokeAtProvider(provider: ProviderId, kind: AuthIdKind): boolean {
  const endpoint = revokeEndpointFor(provider);
  if (endpoint === undefined) return false;
  return kind !== 'access-token-only' || endpoint.credential === 'bearer-access-token';
}

/** Why the app cannot end the grant at this provider itself, in one sentence; undefined where it can. */
export function whyNotAtProvider(provider: ProviderId): string | undefined {
  const family = tokenFamilyOf(provider);
  switch (family.revocation.kind) {
    case 'endpoint':
      return undefined;
    case 'needs-client-secret':
      return `${family.name} ends an app's access only for a request signed with the app's client secret, which only the AuthID server holds, so the app cannot do it for you.`;
    case 'none':
      return `${family.name} offers apps no way to end their own access, so only ${family.name}'s page can.`;
  }
}
