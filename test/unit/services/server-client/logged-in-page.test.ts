import { describe, expect, it } from 'vitest';
import { readLoggedInPage } from '../../../../electron/services/server-client/logged-in-page';

const page = (authId: string, extra = ''): string =>
  `<html><body><div class="jumbotron"><h1>Duplicati for pCloud</h1><p><pre id="user-id">${authId}</pre></p>
   <p id="auth-token" style="display: none">${authId}</p><ul>${extra}</ul></div></body></html>`;

describe('readLoggedInPage', () => {
  it('reads the AuthID from <pre id="user-id">, decoding HTML escapes', () => {
    expect(readLoggedInPage('https://auth.example/logged-in?code=c&state=s', page('4f0c1a:Ab&amp;c!d_e'))).toEqual({ kind: 'ready', authId: '4f0c1a:Ab&c!d_e' });
  });

  it("reads pCloud's region from the callback URL", () => {
    const result = readLoggedInPage('https://auth.example/logged-in?code=c&state=s&hostname=eapi.pcloud.com&locationid=2', page('pcloudAccessToken'));
    expect(result).toEqual({ kind: 'ready', authId: 'pcloudAccessToken', pcloudRegion: { host: 'eapi.pcloud.com', locationId: 2 } });
  });

  it("falls back to the region the self-hosted page lists under the AuthID", () => {
    const result = readLoggedInPage('https://auth.example/logged-in', page('tok', '<li>hostname: api.pcloud.com</li><li>locationid: 1</li>'));
    expect(result).toEqual({ kind: 'ready', authId: 'tok', pcloudRegion: { host: 'api.pcloud.com', locationId: 1 } });
  });

  it('ignores a hostname that is not a pCloud API host', () => {
    const result = readLoggedInPage('https://auth.example/logged-in?hostname=evil.example.com&locationid=2', page('tok'));
    expect(result).toEqual({ kind: 'ready', authId: 'tok' });
  });

  it.each(['Server error, you must de-authorize Duplicati', 'Server error, close window and try again'])('reports the pseudo-AuthID "%s" as a failed login', (pseudo) => {
    const result = readLoggedInPage('https://auth.example/logged-in', page(pseudo));
    expect(result.kind).toBe('login-failed');
  });

  it('reports a CLI-token error page as a failed login', () => {
    const result = readLoggedInPage('https://auth.example/cli-token-login', '<html><body><p>Error: Invalid CLI token</p></body></html>');
    expect(result.kind).toBe('login-failed');
  });

  it('says when the page is not a login result at all', () => {
    expect(readLoggedInPage('https://provider.example/authorize', '<html><form>Sign in</form></html>')).toEqual({ kind: 'not-a-result-page' });
  });
});
