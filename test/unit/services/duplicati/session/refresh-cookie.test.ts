import { describe, expect, it } from 'vitest';
import { refreshCookieFrom } from '../../../../../electron/services/duplicati/session/refresh-cookie';

describe('refreshCookieFrom', () => {
  it('takes the refresh cookie by its name, RefreshToken_<port>', () => {
    const headers = new Headers();
    headers.append('set-cookie', 'xsrf-token=abc; path=/');
    headers.append('set-cookie', 'RefreshToken_8200=eyJ.value; expires=Thu, 01 Jan 2037 00:00:00 GMT; path=/api/v1/auth/refresh; httponly');
    expect(refreshCookieFrom(headers)).toEqual({ name: 'RefreshToken_8200', value: 'eyJ.value' });
    expect(refreshCookieFrom(new Headers({ 'set-cookie': 'RefreshToken_8200=; path=/' }))).toBeUndefined();
  });
});
