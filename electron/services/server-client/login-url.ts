import { randomBytes } from 'node:crypto';
import type { ProviderId } from '../providers';
import type { AuthIdServer } from '../servers';
import { endpointUrl } from './endpoint-url';

/**
 * A fresh fetch token: 32 random bytes as base64url (43 characters of `A-Z a-z 0-9 - _`).
 * Anyone who knows it can collect the AuthID from `/fetch` for a few minutes, so it must be
 * unguessable; the self-hosted server ignores tokens of 8 characters or fewer.
 */
export function newFetchToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface LoginUrl {
  readonly url: string;
  readonly fetchToken: string;
}

/**
 * The page a user opens to log in: the server's index filtered to one provider. Loading it
 * registers the fetch token, after which `/fetch?token=` hands out the AuthID.
 */
export function loginUrl(server: AuthIdServer, provider: ProviderId, fetchToken: string = newFetchToken()): LoginUrl {
  const query = new URLSearchParams({ type: provider, token: fetchToken });
  return { url: `${endpointUrl(server, '/')}?${query.toString()}`, fetchToken };
}
