import { describe, expect, it } from 'vitest';
import { accessTokenExpiry } from '../../../../../electron/services/duplicati/session/access-token';

const jwt = (payload: object) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

describe('accessTokenExpiry', () => {
  it('counts the access token lifetime from when it arrived, never longer than 15 minutes', () => {
    expect(accessTokenExpiry(jwt({ iat: 1000, exp: 1900 }), 5_000)).toBe(5_000 + 900_000);
    expect(accessTokenExpiry(jwt({ iat: 1000, exp: 1300 }), 0)).toBe(300_000);
    expect(accessTokenExpiry(jwt({ iat: 0, exp: 99_999 }), 0)).toBe(900_000);
    expect(accessTokenExpiry('not a jwt', 0)).toBe(900_000);
  });
});
