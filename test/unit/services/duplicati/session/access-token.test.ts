import { describe, expect, it } from 'vitest';
import { accessTokenExpiry } from '../../../../../electron/services/duplicati/session/access-token';
import { refreshCookieFrom } from '../../../../../electron/services/duplicati/session/refresh-cookie';
import { isSupportedVersion } from '../../../../../electron/services/duplicati/session/server-version';
import { duplicatiAddress } from '../../../../../electron/services/duplicati/duplicati-address';

const jwt = (payload: object) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

describe('session parts', () => {
  it('counts the access token lifetime from when it arrived, never longer than 15 minutes', () => {
    expect(accessTokenExpiry(jwt({ iat: 1000, exp: 1900 }), 5_000)).toBe(5_000 + 900_000);
    expect(accessTokenExpiry(jwt({ iat: 1000, exp: 1300 }), 0)).toBe(300_000);
    expect(accessTokenExpiry(jwt({ iat: 0, exp: 99_999 }), 0)).toBe(900_000);
    expect(accessTokenExpiry('not a jwt', 0)).toBe(900_000);
  });

  it('takes the refresh cookie by its name, RefreshToken_<port>', () => {
    const headers = new Headers();
    headers.append('set-cookie', 'xsrf-token=abc; path=/');
    headers.append('set-cookie', 'RefreshToken_8200=eyJ.value; expires=Thu, 01 Jan 2037 00:00:00 GMT; path=/api/v1/auth/refresh; httponly');
    expect(refreshCookieFrom(headers)).toEqual({ name: 'RefreshToken_8200', value: 'eyJ.value' });
    expect(refreshCookieFrom(new Headers({ 'set-cookie': 'RefreshToken_8200=; path=/' }))).toBeUndefined();
  });

  it('accepts 2.1 and later', () => {
    expect(['2.1.0.5', '2.2.1.0', '2.3.0.4', '3.0', 'canary'].map(isSupportedVersion)).toEqual([true, true, true, true, true]);
    expect(['2.0.8.1', '1.3.4'].map(isSupportedVersion)).toEqual([false, false]);
  });

  it('normalizes the address: no trailing slash, path kept', () => {
    expect(duplicatiAddress(' http://localhost:8200/ ')).toEqual({ ok: true, baseUrl: 'http://localhost:8200' });
    expect(duplicatiAddress('https://nas.example/duplicati/')).toEqual({ ok: true, baseUrl: 'https://nas.example/duplicati' });
  });
});
