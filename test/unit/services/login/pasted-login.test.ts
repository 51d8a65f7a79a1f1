import { describe, expect, it } from 'vitest';
import { analyzePastedLogin } from '../../../../electron/services/login';
import { HOSTED_HANDLER, HOSTED_SERVICE } from '../../../../electron/services/servers/known-servers';

const V1 = '3f2a9c0b1d4e5f60718293a4b5c6d7:Ab3!-_.xYz0123456789Q';
const V2 = 'v2:dropbox:sl.AbC+/=zz9-_xyz';

describe('analyzePastedLogin', () => {
  it('takes a connection URL apart: AuthID to save, destination, server; the view masks the secret', () => {
    const url = `onedrivev2://Backups/Laptop?authid=${encodeURIComponent(V1)}&fragment-size=1024&oauth-url=${encodeURIComponent('https://oauth.example.com/refresh')}`;
    const { view, save } = analyzePastedLogin(url);
    expect(save).toEqual({
      authId: V1,
      kind: 'v1',
      provider: 'onedrivev2',
      serverBaseUrl: 'https://oauth.example.com',
      destination: { path: 'Backups/Laptop', options: { 'fragment-size': '1024' } },
    });
    expect(view).toMatchObject({ kind: 'connection-url', provider: 'onedrivev2', canSave: true, path: 'Backups/Laptop', serverBaseUrl: 'https://oauth.example.com' });
    expect(JSON.stringify(view)).not.toContain('0123456789Q');
  });

  it('keeps pCloud’s region host from the URL', () => {
    const { save } = analyzePastedLogin('pcloud://eapi.pcloud.com/Backups?authid=TOKEN1234567890abcdef');
    expect(save).toMatchObject({ kind: 'access-token-only', provider: 'pcloud', region: 'eapi.pcloud.com', serverBaseUrl: HOSTED_SERVICE.baseUrl });
  });

  it('refuses a URL that lint finds broken, and says why', () => {
    const { view, save } = analyzePastedLogin('dropbox://Backups?authid=');
    expect(save).toBeUndefined();
    expect(view.canSave).toBe(false);
    expect(view.findings.map((f) => f.code)).toContain('missing-authid');
  });

  it('takes a v2 AuthID on its own, provider from its service id', () => {
    expect(analyzePastedLogin(V2).save).toEqual({ authId: V2, kind: 'v2', provider: 'dropbox', serverBaseUrl: HOSTED_HANDLER.baseUrl });
  });

  it('asks for the provider of a v1 AuthID, then saves it', () => {
    const unknown = analyzePastedLogin(V1);
    expect(unknown.save).toBeUndefined();
    expect(unknown.view.findings.map((f) => f.code)).toEqual(['provider-unknown']);
    expect(analyzePastedLogin(V1, { provider: 'box.com' }).save).toEqual({ authId: V1, kind: 'v1', provider: 'box.com', serverBaseUrl: HOSTED_HANDLER.baseUrl });
  });

  it('never offers a server failure text for saving', () => {
    const { view, save } = analyzePastedLogin('Server error, close window and try again', { provider: 'googledrive' });
    expect(save).toBeUndefined();
    expect(view).toMatchObject({ kind: 'invalid', canSave: false });
    expect(view.findings[0]).toMatchObject({ code: 'authid-server-pseudo-authid', fix: expect.stringContaining("Remove the app's access") });
  });
});
