/** What an AuthID string is, which decides how it is refreshed and whether the server can revoke it. */
export type AuthIdKind = 'v1' | 'v2' | 'access-token-only';
