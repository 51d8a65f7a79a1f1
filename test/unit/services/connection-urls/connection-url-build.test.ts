import { describe, expect, it } from 'vitest';
import { buildConnectionUrl, type ConnectionUrlInput } from '../../../../electron/services/connection-urls/connection-url-build';
import { parseConnectionUrl } from '../../../../electron/services/connection-urls/connection-url-parse';
import { hasStrayPercent } from '../../../../electron/services/connection-urls/duplicati-url-text';
import { duplicatiUrlDecode } from '../../../../electron/services/duplicati-reading';
import { HOSTED_HANDLER, HOSTED_SERVICE, type AuthIdServer } from '../../../../electron/services/servers/known-servers';

const SELF_HOSTED: AuthIdServer = { baseUrl: 'https://oauth.example.com', flavour: 'self-hosted' };
const DEFAULT_REFRESH = 'oauth-url=https%3A%2F%2Fduplicati-oauth-handler.appspot.com%2Frefresh';

function built(input: ConnectionUrlInput): string {
  const result = buildConnectionUrl(input);
  if (!result.ok) throw new Error(`build failed: ${result.message}`);
  return result.url;
}

describe('buildConnectionUrl', () => {
  it('names the default server too, so no server-wide setting can send the AuthID elsewhere', () => {
    expect(built({ provider: 'onedrivev2', path: 'Backups/Laptop', authId: 'abc:def', server: HOSTED_HANDLER }))
      .toBe(`onedrivev2://Backups/Laptop?authid=abc%3Adef&${DEFAULT_REFRESH}`);
  });

  it('puts the pCloud region host first and never adds oauth-url for pCloud', () => {
    expect(built({ provider: 'pcloud', host: 'eapi.pcloud.com', path: 'folder', authId: 'TOKEN123', server: SELF_HOSTED }))
      .toBe('pcloud://eapi.pcloud.com/folder?authid=TOKEN123');
    expect(built({ provider: 'pcloud', host: 'api.pcloud.com', path: '', authId: 'T', server: HOSTED_SERVICE }))
      .toBe('pcloud://api.pcloud.com?authid=T');
  });

  it('writes the server\'s refresh address exactly as the app calls it, path included', () => {
    expect(built({ provider: 'dropbox', path: 'Backups', authId: 'v2:dropbox:ab+c/d=', server: SELF_HOSTED }))
      .toBe('dropbox://Backups?authid=v2%3Adropbox%3Aab%2Bc%2Fd%3D&oauth-url=https%3A%2F%2Foauth.example.com%2Frefresh');
    const withPath = { baseUrl: 'https://example.org/oauth/', flavour: 'self-hosted' } as const;
    expect(built({ provider: 'box.com', path: 'x', authId: 'a:b', server: withPath }))
      .toBe('box://x?authid=a%3Ab&oauth-url=https%3A%2F%2Fexample.org%2Foauth%2Frefresh');
    expect(built({ provider: 'googledocs', path: '', authId: 'a:b', server: HOSTED_SERVICE }))
      .toBe('googledrive://?authid=a%3Ab&oauth-url=https%3A%2F%2Foauth-service.duplicati.com%2Frefresh');
  });

  it('escapes + and % twice for the backends that decode the folder twice, once for the others', () => {
    expect(built({ provider: 'onedrivev2', path: '/My Backups/ä ö/a+b?#/50%/', authId: 'a:b', server: HOSTED_HANDLER }))
      .toBe(`onedrivev2://My%20Backups/%C3%A4%20%C3%B6/a%252Bb%3F%23/50%2525?authid=a%3Ab&${DEFAULT_REFRESH}`);
    expect(built({ provider: 'googledrive', path: 'a+b/50%', authId: 'a:b', server: HOSTED_HANDLER }))
      .toBe(`googledrive://a%2Bb/50%25?authid=a%3Ab&${DEFAULT_REFRESH}`);
    expect(built({ provider: 'sharepoint', path: 'contoso.sharepoint.com/sites/it//Shared Documents/pc', options: { 'site-id': 's1' }, authId: 'a:b', server: HOSTED_HANDLER }))
      .toBe(`sharepoint://contoso.sharepoint.com/sites/it//Shared%20Documents/pc?site-id=s1&authid=a%3Ab&${DEFAULT_REFRESH}`);
  });

  it('writes options in catalogue order, then others alphabetically, all in lower case, and drops empty ones', () => {
    const url = built({
      provider: 'sharepoint',
      path: 'B',
      options: { zeta: '1', 'Fragment-Size': '655360', alpha: 'x y', 'SITE-ID': 'contoso,abc', 'drive-id': '' },
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
    [{ provider: 'jottacloud', path: '/' }, 'empty-folder'],
    [{ provider: 'gcs', path: '' }, 'no-bucket'],
    [{ provider: 'sharepoint', path: 'My Backups/Laptop', options: { 'site-id': 's' } }, 'sharepoint-site'],
    [{ provider: 'googledrive', path: 'C/:x' }, 'drive-letter'],
    [{ provider: 'msgroup', path: 'a\\b', options: { 'group-id': 'g' } }, 'backslash'],
    [{ provider: 'pcloud', host: 'api.pcloud.com', path: ' Backups' }, 'pcloud-edges'],
    [{ provider: 'jottacloud', options: { 'jottacloud-mountpoint': 'Trash' } }, 'option-refused'],
    [{ provider: 'jottacloud', options: { 'jottacloud-mountpoint': 'Photos' } }, 'option-refused'],
    [{ provider: 'jottacloud', options: { 'jottacloud-threads': 'four' } }, 'option-refused'],
    [{ provider: 'jottacloud', options: { 'jottacloud-chunksize': '3gb' } }, 'option-refused'],
    [{ provider: 'gcs', path: 'b', options: { 'gcs-service-account-json': '{}' } }, 'secret-option'],
  ] as const)('refuses %j with %s, a reason and a way out', (override, problem) => {
    const result = buildConnectionUrl({ provider: 'onedrivev2', path: 'B', authId: 'k:p', server: HOSTED_HANDLER, ...override });
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.fix.length).toBeGreaterThan(10);
  });

  it('takes any mount point on a device of your own, and Sync on the built-in one', () => {
    const cases: Record<string, string>[] = [{ 'jottacloud-device': 'NAS', 'jottacloud-mountpoint': 'Photos' }, { 'jottacloud-mountpoint': 'sync' }];
    for (const options of cases) {
      expect(buildConnectionUrl({ provider: 'jottacloud', path: 'B', options, authId: 'k:p', server: HOSTED_HANDLER }).ok).toBe(true);
    }
  });

  it('suggests the site form and another name for a SharePoint first folder that breaks System.Uri', () => {
    const result = buildConnectionUrl({ provider: 'sharepoint', path: 'My Backups/Laptop', options: { 'site-id': 's' }, authId: 'k:p', server: HOSTED_HANDLER });
    expect(result).toMatchObject({ ok: false, problem: 'sharepoint-site' });
    if (result.ok) return;
    expect(result.message).toContain('"My Backups"');
    expect(result.fix).toContain('tenant.sharepoint.com/sites/<site>//<library>/My Backups/Laptop');
    expect(result.fix).toContain('"My-Backups"');
  });
});

describe('parseConnectionUrl', () => {
  it('reads the reference forms as Duplicati does', () => {
    expect(parseConnectionUrl('onedrivev2://Backups/Laptop?authid=abc%3Adef')).toMatchObject({
      ok: true, backend: 'onedrivev2', provider: 'onedrivev2', path: 'Backups/Laptop', options: {}, authId: 'abc:def', server: HOSTED_HANDLER,
    });
    expect(parseConnectionUrl('pcloud://eapi.pcloud.com/folder/sub?authid=TOKEN')).toMatchObject({
      ok: true, backend: 'pcloud', host: 'eapi.pcloud.com', path: 'folder/sub', authId: 'TOKEN', server: HOSTED_SERVICE,
    });
  });

  it('keeps the folder Duplicati uses, decoded twice where the backend does', () => {
    expect(parseConnectionUrl('dropbox://My+Folder/%C3%A4?authid=v2:dropbox:ab+c')).toMatchObject({ path: 'My Folder/ä', authId: 'v2:dropbox:ab c' });
    expect(parseConnectionUrl('onedrivev2://C%2B%2B?authid=a%3Ab')).toMatchObject({ path: 'C  ' });
    expect(parseConnectionUrl('gcs://bucket/pre/fix?authid=a%3Ab')).toMatchObject({ path: 'bucket/pre/fix' });
    expect(duplicatiUrlDecode('a%zzb%u00e4%E2%82%AC+', 'code-unit')).toBe('a%zzbä€ ');
    expect(duplicatiUrlDecode('%EF%BB%BF%00', 'code-unit')).toBe('\ufeff\u0000');
    expect(hasStrayPercent('a%zz')).toBe(true);
    expect(hasStrayPercent('a%3A%u00e4')).toBe(false);
  });

  it('reads the server from oauth-url, recognises configured servers and keeps the exact refresh address', () => {
    const url = 'box://x?authid=a%3Ab&oauth-url=https%3A%2F%2Foauth.example.com%2Frefresh%3Fkey%3D1';
    expect(parseConnectionUrl(url)).toMatchObject({ server: SELF_HOSTED, reading: { refreshUrl: { url: 'https://oauth.example.com/refresh?key=1', from: 'url' } } });
    const builtIn: AuthIdServer = { baseUrl: 'https://oauth.example.com', flavour: 'built-in' };
    expect(parseConnectionUrl(url, { knownServers: [builtIn] })).toMatchObject({ server: builtIn });
    expect(parseConnectionUrl('box://x?authid=a&oauth-url=https://oauth-service.duplicati.com/refresh')).toMatchObject({ server: HOSTED_SERVICE });
  });

  it('reads option names as the backend does: only the exact spelling counts', () => {
    expect(parseConnectionUrl('onedrivev2://B?authid=a%3Ab&AuthID=c%3Ad')).toMatchObject({ authId: 'a:b,c:d' });
    expect(parseConnectionUrl('onedrivev2://B?AuthID=a%3Ab')).not.toHaveProperty('authId');
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
