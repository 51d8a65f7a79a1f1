import { describe, expect, it } from 'vitest';
import { buildConnectionUrl, type ConnectionUrlInput } from '../../../electron/services/connection-urls/connection-url-build';
import { parseConnectionUrl } from '../../../electron/services/connection-urls/connection-url-parse';
import { duplicatiDecode, hasStrayPercent } from '../../../electron/services/connection-urls/duplicati-url-text';
import { HOSTED_HANDLER, HOSTED_SERVICE, type AuthIdServer } from '../../../electron/services/servers/known-servers';

const SELF_HOSTED: AuthIdServer = { baseUrl: 'https://oauth.example.com', flavour: 'self-hosted' };

function built(input: ConnectionUrlInput): string {
  const result = buildConnectionUrl(input);
  if (!result.ok) throw new Error(`build failed: ${result.message}`);
  return result.url;
}

describe('buildConnectionUrl', () => {
  it('writes the reference form for OneDrive on the default server', () => {
    expect(built({ provider: 'onedrivev2', path: 'Backups/Laptop', authId: 'abc:def', server: HOSTED_HANDLER }))
      .toBe('onedrivev2://Backups/Laptop?authid=abc%3Adef');
  });

  it('puts the pCloud region host first and never adds oauth-url for pCloud', () => {
    expect(built({ provider: 'pcloud', host: 'eapi.pcloud.com', path: 'folder', authId: 'TOKEN123', server: SELF_HOSTED }))
      .toBe('pcloud://eapi.pcloud.com/folder?authid=TOKEN123');
    expect(built({ provider: 'pcloud', host: 'api.pcloud.com', path: '', authId: 'T', server: HOSTED_SERVICE }))
      .toBe('pcloud://api.pcloud.com?authid=T');
  });

  it('names a self-hosted server with a percent-encoded /refresh oauth-url', () => {
    expect(built({ provider: 'dropbox', path: 'Backups', authId: 'v2:dropbox:ab+c/d=', server: SELF_HOSTED }))
      .toBe('dropbox://Backups?authid=v2%3Adropbox%3Aab%2Bc%2Fd%3D&oauth-url=https%3A%2F%2Foauth.example.com%2Frefresh');
    const withPath = { baseUrl: 'https://example.org/oauth/', flavour: 'self-hosted' } as const;
    expect(built({ provider: 'box.com', path: 'x', authId: 'a:b', server: withPath }))
      .toBe('box://x?authid=a%3Ab&oauth-url=https%3A%2F%2Fexample.org%2Foauth%2Frefresh');
  });

  it('adds oauth-url for the newer hosted service, which is not Duplicati\'s default', () => {
    expect(built({ provider: 'googledocs', path: '', authId: 'a:b', server: HOSTED_SERVICE }))
      .toBe('googledrive://?authid=a%3Ab&oauth-url=https%3A%2F%2Foauth-service.duplicati.com%2Frefresh');
  });

  it('encodes path segments but keeps slashes, including SharePoint\'s //', () => {
    expect(built({ provider: 'onedrivev2', path: '/My Backups/ä ö/a+b?#/', authId: 'a:b', server: HOSTED_HANDLER }))
      .toBe('onedrivev2://My%20Backups/%C3%A4%20%C3%B6/a%2Bb%3F%23?authid=a%3Ab');
    expect(built({ provider: 'sharepoint', path: 'contoso.sharepoint.com/sites/it//Shared Documents/pc', options: { 'site-id': 's1' }, authId: 'a:b', server: HOSTED_HANDLER }))
      .toBe('sharepoint://contoso.sharepoint.com/sites/it//Shared%20Documents/pc?site-id=s1&authid=a%3Ab');
  });

  it('writes options in catalogue order, then others alphabetically, and drops empty ones', () => {
    const url = built({
      provider: 'sharepoint',
      path: 'B',
      options: { zeta: '1', 'fragment-size': '655360', alpha: 'x y', 'site-id': 'contoso,abc', 'drive-id': '' },
      authId: 'k:p',
      server: SELF_HOSTED,
    });
    expect(url).toBe('sharepoint://B?site-id=contoso%2Cabc&fragment-size=655360&alpha=x%20y&zeta=1&authid=k%3Ap&oauth-url=https%3A%2F%2Foauth.example.com%2Frefresh');
  });

  it.each([
    [{ provider: 'onedrive' }, 'no-backend'],
    [{ provider: 'pcloud' }, 'pcloud-host'],
    [{ provider: 'pcloud', host: 'eu.pcloud.com' }, 'pcloud-host'],
    [{ options: { AuthID: 'x' } }, 'reserved-option'],
    [{ options: { 'oauth-url': 'x' } }, 'reserved-option'],
    [{ options: { ' ': 'x' } }, 'bad-option-name'],
    [{ options: { 'Drive-ID': 'a', 'drive-id': 'b' } }, 'duplicate-option'],
    [{ server: { baseUrl: 'not a url', flavour: 'self-hosted' } }, 'invalid-server'],
    [{ path: 'bad\ud800' }, 'invalid-text'],
  ] as const)('refuses %j with %s', (override, problem) => {
    const result = buildConnectionUrl({ provider: 'onedrivev2', path: 'B', authId: 'k:p', server: HOSTED_HANDLER, ...override });
    expect(result).toMatchObject({ ok: false, problem });
  });
});

describe('parseConnectionUrl', () => {
  it('reads the reference forms', () => {
    expect(parseConnectionUrl('onedrivev2://Backups/Laptop?authid=abc%3Adef')).toEqual({
      ok: true, backend: 'onedrivev2', provider: 'onedrivev2', path: 'Backups/Laptop', options: {}, authId: 'abc:def', authIdCount: 1, server: HOSTED_HANDLER,
    });
    expect(parseConnectionUrl('pcloud://eapi.pcloud.com/folder/sub?authid=TOKEN')).toMatchObject({
      ok: true, backend: 'pcloud', host: 'eapi.pcloud.com', path: 'folder/sub', authId: 'TOKEN', server: HOSTED_SERVICE,
    });
  });

  it('decodes like Duplicati: + is a space, %XX are UTF-8 bytes', () => {
    expect(parseConnectionUrl('dropbox://My+Folder/%C3%A4?authid=v2:dropbox:ab+c')).toMatchObject({ path: 'My Folder/ä', authId: 'v2:dropbox:ab c' });
    expect(duplicatiDecode('a%zzb%u00e4%E2%82%AC+')).toBe('a%zzbä€ ');
    // A value that starts with U+FEFF keeps it (fast-check found it being dropped).
    expect(duplicatiDecode('%EF%BB%BF%00')).toBe('\ufeff\u0000');
    expect(hasStrayPercent('a%zz')).toBe(true);
    expect(hasStrayPercent('a%3A%u00e4')).toBe(false);
  });

  it('reads the server from oauth-url and recognises configured servers', () => {
    const url = 'box://x?authid=a%3Ab&oauth-url=https%3A%2F%2Foauth.example.com%2Frefresh';
    expect(parseConnectionUrl(url)).toMatchObject({ server: SELF_HOSTED });
    const builtIn: AuthIdServer = { baseUrl: 'https://oauth.example.com', flavour: 'built-in' };
    expect(parseConnectionUrl(url, { knownServers: [builtIn] })).toMatchObject({ server: builtIn });
    expect(parseConnectionUrl('box://x?authid=a&oauth-url=https://oauth-service.duplicati.com/refresh')).toMatchObject({ server: HOSTED_SERVICE });
  });

  it('joins a repeated authid with a comma and counts it, keys compared case-insensitively', () => {
    expect(parseConnectionUrl('onedrivev2://B?authid=a%3Ab&AuthID=a%3Ab')).toMatchObject({ authId: 'a:b,a:b', authIdCount: 2 });
  });

  it('keeps every other option, decoded, as written', () => {
    expect(parseConnectionUrl('msgroup://B?Group-Email=team%40example.com&flag&authid=a%3Ab')).toMatchObject({
      options: { 'Group-Email': 'team@example.com', flag: '' },
    });
  });

  it('attributes a URL to the provider its v2 AuthID names', () => {
    expect(parseConnectionUrl('googledrive://B?authid=v2%3Agoogledocs%3Atok')).toMatchObject({ provider: 'googledocs' });
    expect(parseConnectionUrl('googledrive://B?authid=v2%3Adropbox%3Atok')).toMatchObject({ provider: 'googledrive' });
    expect(parseConnectionUrl('box://B?authid=a%3Ab')).toMatchObject({ provider: 'box.com' });
  });

  it('refuses what it cannot read', () => {
    expect(parseConnectionUrl('just some text')).toMatchObject({ ok: false });
    expect(parseConnectionUrl('s3://bucket?authid=a')).toMatchObject({ ok: false });
    expect(parseConnectionUrl('onedrive://B?authid=a%3Ab')).toMatchObject({ ok: false });
    expect(parseConnectionUrl('dropbox://B?authid=a%3Ab&oauth-url=javascript%3Aalert(1)')).toMatchObject({ ok: false });
  });
});
