import { describe, expect, it } from 'vitest';
import { lintConnectionUrl } from '../../../../electron/services/connection-urls/connection-url-lint';
import { maskConnectionUrl, previewConnectionUrl } from '../../../../electron/services/connection-urls/connection-url-preview';
import { HOSTED_HANDLER } from '../../../../electron/services/servers/known-servers';

const V1 = '3f2a9c0b1d4e5f60718293a4b5c6d7%3AAb3!-_.xYz0123456789Q';
const SECRET = 'Ab3!-_.xYz0123456789Q';

const DEFAULT = 'oauth-url=https%3A%2F%2Fduplicati-oauth-handler.appspot.com%2Frefresh';
/** Codes of what is wrong (errors and warnings; notes are checked where they matter). */
const codes = (url: string): string[] => lintConnectionUrl(url).filter((f) => f.severity !== 'info').map((f) => f.code);

describe('lintConnectionUrl', () => {
  it('finds nothing wrong with good URLs', () => {
    expect(lintConnectionUrl(`onedrivev2://Backups/Laptop?authid=${V1}&${DEFAULT}`)).toEqual([]);
    expect(lintConnectionUrl('pcloud://eapi.pcloud.com/folder?authid=TOKENabc')).toEqual([]);
    expect(lintConnectionUrl(`sharepoint://B?site-id=x&authid=${V1}&oauth-url=https%3A%2F%2Fh.example%2Frefresh`)).toEqual([]);
    expect(lintConnectionUrl(`dropbox://B?authid=v2%3Adropbox%3Aab%2Bc%2Fd%3D&${DEFAULT}`)).toEqual([]);
    // Without oauth-url it works, but follows whatever server Duplicati is set to.
    expect(lintConnectionUrl(`onedrivev2://Backups/Laptop?authid=${V1}`)).toMatchObject([{ code: 'oauth-url-missing', severity: 'info' }]);
  });

  it('reports a repeated authid, which Duplicati joins with a comma', () => {
    const [finding] = lintConnectionUrl(`onedrivev2://B?authid=${V1}&authid=${V1}`);
    expect(finding).toMatchObject({ code: 'duplicate-authid', severity: 'error', fix: 'Keep one authid= and delete the others.' });
    expect(finding?.message).toMatch(/comma/);
    expect(finding?.message).toMatch(/the same AuthID each time/);
    // In another case it is one option to Duplicati, under the first spelling.
    expect(codes(`onedrivev2://B?authid=${V1}&AUTHID=x%3Ay`)).toEqual(['option-name-case']);
  });

  it('reports an AuthID that decodes differently than written', () => {
    expect(codes('dropbox://B?authid=v2%3Adropbox%3Aab+cd')).toEqual(['authid-plus-becomes-space']);
    expect(codes('dropbox://B?authid=abc%3Ade%zz')).toEqual(['authid-stray-percent']);
    expect(codes('dropbox://B?authid=abc%253Adef')).toEqual(['authid-percent-encoded']);
  });

  it('reports a missing colon only where the provider needs one', () => {
    expect(codes('onedrivev2://B?authid=abcdef')).toEqual(['authid-missing-colon']);
    // Dropbox takes it as a raw access token, which works but is never refreshed.
    expect(codes('dropbox://B?authid=abcdef')).toEqual(['dropbox-access-token']);
    expect(codes('pcloud://api.pcloud.com/B?authid=abcdef')).toEqual([]);
  });

  it('reports a missing AuthID', () => {
    expect(codes('onedrivev2://B')).toEqual(['missing-authid']);
    expect(codes('onedrivev2://B?authid=')).toEqual(['missing-authid']);
  });

  it('reports missing required options', () => {
    const [sharepoint] = lintConnectionUrl(`sharepoint://B?authid=${V1}`);
    expect(sharepoint).toMatchObject({ code: 'missing-required-option', severity: 'error' });
    expect(sharepoint?.message).toContain('site-id');
    const [group] = lintConnectionUrl(`msgroup://B?authid=${V1}&group-email=`);
    expect(group?.message).toMatch(/group-email.*or.*group-id/);
    expect(codes(`msgroup://B?authid=${V1}&group-id=g1`)).toEqual([]);
    expect(codes(`msgroup://B?authid=${V1}&Group-ID=g1`)).toEqual(['option-name-case']);
  });

  it('reports a pCloud host other than api or eapi.pcloud.com', () => {
    expect(codes('pcloud://folder/sub?authid=TOKEN')).toEqual(['pcloud-host']);
    expect(codes('pcloud://?authid=TOKEN')).toEqual(['pcloud-host']);
    const [upper] = lintConnectionUrl('pcloud://EAPI.pcloud.com/f?authid=TOKEN');
    expect(upper).toMatchObject({ code: 'pcloud-host-case', severity: 'warning', fix: 'Write it as eapi.pcloud.com.' });
  });

  it('reports an oauth-url that is not the /refresh address, not valid, or not encrypted', () => {
    const [finding] = lintConnectionUrl(`box://B?authid=${V1}&oauth-url=https%3A%2F%2Fh.example%2Fbase`);
    expect(finding).toMatchObject({ code: 'oauth-url-not-refresh', fix: 'Use https://h.example/base/refresh.' });
    expect(codes(`box://B?authid=${V1}&oauth-url=nonsense`)).toEqual(['oauth-url-invalid']);
    expect(codes(`box://B?authid=${V1}&oauth-url=http://h.example/refresh`)).toEqual(['oauth-url-insecure']);
    expect(codes(`box://B?authid=${V1}&oauth-url=http://127.0.0.1:8080/refresh`)).toEqual([]);
    expect(codes(`box://B?authid=${V1}&oauth-url=https://a/refresh&oauth-url=https://b/refresh`)).toContain('duplicate-option');
  });

  it('warns that pCloud ignores oauth-url', () => {
    expect(codes('pcloud://api.pcloud.com/f?authid=T&oauth-url=https%3A%2F%2Fh%2Frefresh')).toEqual(['oauth-url-on-pcloud']);
  });

  it('reports unknown and legacy schemes, and text that is no URL', () => {
    expect(codes(`s3://bucket?authid=${V1}`)).toEqual(['unknown-scheme']);
    expect(codes(`onedrive://B?authid=${V1}`)).toEqual(['legacy-backend']);
    expect(codes('hello')).toEqual(['not-a-url']);
    expect(codes('')).toEqual(['not-a-url']);
  });

  it('reports the servers\' failure texts with the provider\'s de-authorize page', () => {
    const [finding] = lintConnectionUrl('onedrivev2://B?authid=Server%20error%2C%20you%20must%20de-authorize%20Duplicati');
    expect(finding?.code).toBe('authid-server-pseudo-authid');
    expect(finding?.fix).toContain('https://account.live.com/consent/Manage');
  });

  it('reports a v2 AuthID for another provider, bad option values, repeated options and stray whitespace', () => {
    expect(codes('onedrivev2://B?authid=v2%3Adropbox%3Atok')).toEqual(['authid-provider-mismatch']);
    expect(codes(`box://B?authid=${V1}&box-delete-from-trash=maybe`)).toEqual(['invalid-option-value']);
    expect(lintConnectionUrl(`gcs://b?authid=${V1}&gcs-location=EU&gcs-location=US&${DEFAULT}`)).toMatchObject([{ code: 'duplicate-option', severity: 'warning' }]);
    expect(codes(` onedrivev2://B?authid=${V1}\n`)).toEqual(['surrounding-whitespace']);
  });

  it('never quotes the AuthID', () => {
    for (const url of [
      `onedrivev2://B?authid=${V1}&authid=${V1}`,
      `onedrivev2://B?authid=${V1}+`,
      `pcloud://x?authid=${V1}`,
      `onedrivev2://B?authid=${SECRET}`,
      `onedrivev2://B?authid=v2%3Adropbox%3A${SECRET}`,
    ]) {
      for (const f of lintConnectionUrl(url)) expect(`${f.message} ${f.fix}`).not.toContain(SECRET.slice(0, 8));
    }
  });
});

describe('masked preview', () => {
  it('masks every authid and leaves the rest as written', () => {
    expect(maskConnectionUrl(`onedrivev2://B?authid=${V1}&AuthId=v2%3Adropbox%3Aabcdefghijklmnopwxyz&x=1`))
      .toBe('onedrivev2://B?authid=3f2a…:••••••••789Q&AuthId=v2:dropbox:••••••••wxyz&x=1');
    expect(maskConnectionUrl('not a url')).toBe('not a url');
  });

  it('builds, masks and lints in one step', () => {
    expect(previewConnectionUrl({ provider: 'sharepoint', path: 'B', authId: '3f2a9c0b1d4e5f60718293a4b5c6d7:Ab3!-_.xYz0123456789Q', server: HOSTED_HANDLER }))
      .toMatchObject({ maskedUrl: `sharepoint://B?authid=3f2a…:••••••••789Q&${DEFAULT}`, findings: [{ code: 'missing-required-option' }] });
    expect(previewConnectionUrl({ provider: 'pcloud', path: 'B', authId: 'T', server: HOSTED_HANDLER }))
      .toMatchObject({ maskedUrl: '', findings: [{ code: 'cannot-build', fix: expect.stringContaining('Choose the pCloud region') }] });
  });

  it('hides a service account key and the password of an oauth-url', () => {
    expect(maskConnectionUrl('gcs://b?gcs-service-account-json=%7B%22private_key%22%3A1%7D&oauth-url=https%3A%2F%2Fu%3Apw%40h.example%2Frefresh'))
      .toBe('gcs://b?gcs-service-account-json=••••••&oauth-url=https://u:•••@h.example/refresh');
  });
});
