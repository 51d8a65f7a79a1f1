import { randomBytes, randomInt } from 'node:crypto';

/** The self-hosted server's password alphabet. */
const PASSWORD_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!-_.';
const PASSWORD_LENGTH = 32;
/** Refresh tokens shorter than this are refused, as the self-hosted server does. */
const MIN_REFRESH_TOKEN_LENGTH = 6;

export type AuthIdShape =
  | { readonly kind: 'v1'; readonly keyId: string; readonly password: string }
  | { readonly kind: 'v2'; readonly providerId: string; readonly refreshToken: string }
  | { readonly kind: 'malformed' };

/** 30 lowercase hex characters. */
export function newKeyId(): string {
  return randomBytes(15).toString('hex');
}

/** 32 characters from `a-z A-Z 0-9 ! - _ .`, unbiased. */
export function newPassword(): string {
  let password = '';
  for (let i = 0; i < PASSWORD_LENGTH; i += 1) password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return password;
}

export function v1AuthId(keyId: string, password: string): string {
  return `${keyId}:${password}`;
}

/**
 * A v2 AuthID carries the refresh token itself, so the server keeps nothing and cannot follow a
 * provider that rotates refresh tokens: once the provider issues a new one, the old AuthID dies.
 */
export function v2AuthId(providerId: string, refreshToken: string): string {
  return `v2:${providerId}:${refreshToken}`;
}

/** Splits an AuthID the way the self-hosted server does (parts trimmed, the rest kept whole). */
export function parseAuthId(authId: string): AuthIdShape {
  if (authId.startsWith('v2:')) {
    const rest = authId.slice(3);
    const colon = rest.indexOf(':');
    if (colon < 0) return { kind: 'malformed' };
    const refreshToken = rest.slice(colon + 1).trim();
    if (refreshToken.length < MIN_REFRESH_TOKEN_LENGTH) return { kind: 'malformed' };
    return { kind: 'v2', providerId: rest.slice(0, colon).trim(), refreshToken };
  }
  const colon = authId.indexOf(':');
  if (colon < 0) return { kind: 'malformed' };
  return { kind: 'v1', keyId: authId.slice(0, colon).trim(), password: authId.slice(colon + 1).trim() };
}
