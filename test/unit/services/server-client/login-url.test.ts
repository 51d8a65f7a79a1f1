import { describe, expect, it } from 'vitest';
import { loginUrl, newFetchToken } from '../../../../electron/services/server-client/login-url';
import { HOSTED_HANDLER } from '../../../../electron/services/servers/known-servers';

describe('newFetchToken', () => {
  it('is at least 32 URL-safe characters and different every time', () => {
    const tokens = Array.from({ length: 200 }, () => newFetchToken());
    for (const token of tokens) {
      expect(token.length).toBeGreaterThanOrEqual(32);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(encodeURIComponent(token)).toBe(token);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});

describe('loginUrl', () => {
  it('points at the index page filtered to the provider, carrying the fetch token', () => {
    const { url, fetchToken } = loginUrl(HOSTED_HANDLER, 'googledrive');
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('https://duplicati-oauth-handler.appspot.com/');
    expect(parsed.searchParams.get('type')).toBe('googledrive');
    expect(parsed.searchParams.get('token')).toBe(fetchToken);
    expect(fetchToken.length).toBeGreaterThanOrEqual(32);
  });

  it('uses a given fetch token, keeps a server path and does not double a trailing slash', () => {
    const server = { baseUrl: 'https://auth.example.org/oauth/', flavour: 'self-hosted' } as const;
    expect(loginUrl(server, 'box.com', 'a'.repeat(40)).url).toBe(`https://auth.example.org/oauth/?type=box.com&token=${'a'.repeat(40)}`);
  });

  it('makes a new fetch token per login', () => {
    expect(loginUrl(HOSTED_HANDLER, 'dropbox').fetchToken).not.toBe(loginUrl(HOSTED_HANDLER, 'dropbox').fetchToken);
  });
});
