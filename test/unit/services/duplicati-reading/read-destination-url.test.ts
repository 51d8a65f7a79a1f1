import { describe, expect, it } from 'vitest';
import { readDestinationUrl } from '../../../../electron/services/duplicati-reading';

const AUTH = 'authid=abc%3Adef';
const read = (url: string) => readDestinationUrl(url, { workingDirectory: '/srv/duplicati' });

describe('how Duplicati splits a destination URL', () => {
  it('takes the first folder as the host: a raw ":" starts a port, a raw "@" a user name', () => {
    expect(read(`onedrivev2://Backups:2024/x?${AUTH}`).folder).toBe('/Backups/x');
    expect(read(`onedrivev2://Back:ups/x?${AUTH}`).folder).toBe('/Back/:ups/x');
    const user = read(`onedrivev2://me@home/x?${AUTH}`);
    expect(user.parts?.username).toBe('me');
    expect(user.folder).toBe('/home/x');
  });

  it('has no fragment: "#" belongs to the folder or the value', () => {
    expect(read(`onedrivev2://Back#ups?${AUTH}`).folder).toBe('/Back#ups');
    expect(read(`onedrivev2://Backups?${AUTH}#frag`).authId).toBe('abc:def#frag');
  });

  it('reads a one-letter first folder followed by ":…" as a local path under its working directory', () => {
    const reading = read(`onedrivev2://a/%3Ab?${AUTH}`);
    expect(reading.parts?.localPath).toBe(true);
    expect(reading.folder).toBe('/srv/duplicati/a:b');
  });

  it('reads the whole text as a local path when a "?" ends it or the query holds a line break', () => {
    for (const url of ['onedrivev2://Backups?', `onedrivev2://Backups?${AUTH}\n`]) {
      const reading = read(url);
      expect(reading.backend).toBeNull();
      expect(reading.parts?.scheme).toBe('file');
      expect(reading.error?.code).toBe('unknown-scheme');
      expect(reading.authId).toBeNull();
    }
  });

  it('finds the backend whatever the scheme case, but not with a leading space', () => {
    expect(read(`OneDriveV2://Backups?${AUTH}`).backend).toBe('onedrivev2');
    expect(read(` onedrivev2://Backups?${AUTH}`).error?.code).toBe('unknown-scheme');
  });

  it('strips one leading "?" from the query and skips pairs without a key', () => {
    expect(read(`onedrivev2://Backups??${AUTH}`).authId).toBe('abc:def');
    expect(read(`onedrivev2://Backups?==${AUTH}`).authId).toBe('abc:def');
    expect(read('onedrivev2://Backups?authid==abc%3Adef').authId).toBe('=abc:def');
  });

  it('refuses a port that does not fit an int', () => {
    expect(read(`onedrivev2://Backups:99999999999/x?${AUTH}`).error?.code).toBe('OverflowException');
  });
});

describe('the options a backend sees', () => {
  it('collects query keys ignoring case under their first spelling, then looks names up exactly', () => {
    const wrongCase = read('onedrivev2://Backups?AuthID=abc%3Adef');
    expect(wrongCase.options).toEqual({ AuthID: 'abc:def' });
    expect(wrongCase.authId).toBeNull();
    const mixed = read('onedrivev2://Backups?AUTHID=a%3Ab&authid=c%3Ad');
    expect(mixed.options).toEqual({ AUTHID: 'a:b,c:d' });
    expect(mixed.authId).toBeNull();
  });

  it('lets the URL win over advanced options of the same spelling only', () => {
    const advancedOptions = { authid: 'from:settings', 'drive-id': 'd1' };
    expect(readDestinationUrl('onedrivev2://B?authid=from%3Aurl', { advancedOptions }).authId).toBe('from:url');
    const other = readDestinationUrl('onedrivev2://B?AuthID=from%3Aurl', { advancedOptions });
    expect(other.authId).toBe('from:settings');
    expect(other.options).toEqual({ authid: 'from:settings', 'drive-id': 'd1', AuthID: 'from:url' });
  });

  it('keeps a key such as __proto__ an ordinary option', () => {
    const reading = read('dropbox://B?__proto__=x&authid=a%3Ab');
    expect(Object.getPrototypeOf(reading.options)).toBe(Object.prototype);
    expect(reading.options['__proto__']).toBe('x');
  });
});

describe('the refresh address', () => {
  it('is the URL\'s oauth-url exactly as written, query and user info included', () => {
    const url = 'onedrivev2://B?authid=a%3Ab&oauth-url=https%3A%2F%2Fu%3Ap%40auth.example.com%2Frefresh%3Fkey%3D1';
    expect(read(url).refreshUrl).toEqual({ url: 'https://u:p@auth.example.com/refresh?key=1', from: 'url' });
  });

  it('falls back to the default for an empty oauth-url, even over a backup setting', () => {
    const reading = readDestinationUrl('onedrivev2://B?authid=a%3Ab&oauth-url=', { advancedOptions: { 'oauth-url': 'https://mine.example/refresh' } });
    expect(reading.refreshUrl).toEqual({ url: 'https://duplicati-oauth-handler.appspot.com/refresh', from: 'default' });
  });

  it('follows DUPLICATI_OAUTH_SERVICE or a backup setting when the URL names none', () => {
    expect(readDestinationUrl('onedrivev2://B?authid=a%3Ab', { oauthServiceEnvironment: 'https://env.example/refresh' }).refreshUrl).toEqual({
      url: 'https://env.example/refresh',
      from: 'environment',
    });
    expect(readDestinationUrl('onedrivev2://B?authid=a%3Ab', { advancedOptions: { 'oauth-url': 'https://mine.example/refresh' } }).refreshUrl.from).toBe('advanced-options');
  });

  it('ignores OAuth-URL in another case', () => {
    expect(read('onedrivev2://B?authid=a%3Ab&OAuth-URL=https%3A%2F%2Fx.example%2Frefresh').refreshUrl.from).toBe('default');
  });
});
