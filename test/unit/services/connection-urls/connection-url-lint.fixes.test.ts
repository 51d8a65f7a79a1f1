/**
 * Every hand-typed mistake lint knows: the URL that triggers it, what the finding says, and the
 * one-click fix it offers, checked by reading the fixed URL back through the module.
 */
import { describe, expect, it } from 'vitest';
import { lintConnectionUrl, type LintFinding } from '../../../../electron/services/connection-urls/connection-url-lint';
import { applyEdits } from '../../../../electron/services/connection-urls/lint-finding';
import { readDestinationUrl } from '../../../../electron/services/duplicati-reading';

const AUTH = 'authid=3f2a9c0b1d4e5f60718293a4b5c6d7%3AAb3!-_.xYz0123456789Q';
const AUTH_ID = '3f2a9c0b1d4e5f60718293a4b5c6d7:Ab3!-_.xYz0123456789Q';
const DEFAULT = 'oauth-url=https%3A%2F%2Fduplicati-oauth-handler.appspot.com%2Frefresh';

function finding(url: string, code: string): LintFinding {
  const found = lintConnectionUrl(url).find((f) => f.code === code);
  if (found === undefined) throw new Error(`no ${code} for ${url}: ${lintConnectionUrl(url).map((f) => f.code).join(', ')}`);
  return found;
}

/** The URL after the finding's one-click fix, which must also clear the finding. */
function fixed(url: string, code: string): string {
  const { apply } = finding(url, code);
  if (apply === undefined) throw new Error(`${code} offers no fix`);
  const result = applyEdits(url, apply.edits);
  expect(lintConnectionUrl(result).map((f) => f.code)).not.toContain(code);
  for (const edit of apply.edits) expect(edit.text).not.toContain('Ab3!-_.xYz');
  return result;
}

describe('option names Duplicati will not see', () => {
  it.each([
    ['AuthID', `onedrivev2://Backups?AuthID=${AUTH.slice('authid='.length)}&${DEFAULT}`, (url: string) => expect(readDestinationUrl(url).authId).toBe(AUTH_ID)],
    [
      'OAuth-URL',
      `onedrivev2://Backups?${AUTH}&OAuth-URL=https%3A%2F%2Fauth.example.com%2Frefresh`,
      (url: string) => expect(readDestinationUrl(url).refreshUrl).toEqual({ url: 'https://auth.example.com/refresh', from: 'url' }),
    ],
    ['Site-ID', `sharepoint://Backups?${AUTH}&Site-ID=s1&${DEFAULT}`, (url: string) => expect(readDestinationUrl(url).options['site-id']).toBe('s1')],
  ])('%s: "Duplicati will not see" it; the fix writes the exact name', (name, url, check) => {
    const f = finding(url, 'option-name-case');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f.message).toContain(`Duplicati will not see ${name}`);
    check(fixed(url, 'option-name-case'));
  });

  it('?AUTHID=a&authid=b leaves no authid; the fix removes the wrong spelling', () => {
    const url = `onedrivev2://Backups?AUTHID=x%3Ay&${AUTH}&${DEFAULT}`;
    expect(readDestinationUrl(url).authId).toBeNull();
    expect(finding(url, 'option-name-case').message).toMatch(/AUTHID and authid as one option/);
    const result = fixed(url, 'option-name-case');
    expect(result).toBe(`onedrivev2://Backups?${AUTH}&${DEFAULT}`);
    expect(readDestinationUrl(result).authId).toBe(AUTH_ID);
  });
});

describe('how the URL is written', () => {
  it('%uXXXX: a different AuthID on 2.3 stable; the fix writes UTF-8 escapes', () => {
    const url = `onedrivev2://Backups?authid=3f2a9c0b1d4e5f60718293a4b5c6d7%u003AAb3!-_.xYz0123456789Q&${DEFAULT}`;
    const f = finding(url, 'percent-u-escape');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('2.3 stable');
    expect(f.message).toContain('a different AuthID');
    const result = fixed(url, 'percent-u-escape');
    expect(result).toBe(`onedrivev2://Backups?${AUTH}&${DEFAULT}`);
    expect(readDestinationUrl(result).otherVersions).toEqual([]);
  });

  it('a surrogate pair written as two %u escapes becomes one UTF-8 character', () => {
    const url = `googledrive://A%uD83D%uDE00?${AUTH}&${DEFAULT}`;
    expect(fixed(url, 'percent-u-escape')).toBe(`googledrive://A%F0%9F%98%80?${AUTH}&${DEFAULT}`);
  });

  it.each([
    [` onedrivev2://Backups?${AUTH}&${DEFAULT}`, /starts with a space/],
    [`onedrivev2://Backups?${AUTH}&${DEFAULT}\n`, /ends with a line break.*file path/],
    [`onedrivev2://Backups?${DEFAULT}&${AUTH} `, /space, which Duplicati keeps as part of the last value, the AuthID/],
  ])('whitespace around %j: the fix removes it', (url, message) => {
    expect(finding(url, 'surrounding-whitespace').message).toMatch(message);
    expect(readDestinationUrl(fixed(url, 'surrounding-whitespace')).authId).toBe(AUTH_ID);
  });

  it('??: works in Duplicati but not elsewhere; more than two hide the AuthID; the fix keeps one ?', () => {
    const two = `onedrivev2://Backups??${AUTH}&${DEFAULT}`;
    expect(finding(two, 'repeated-question-mark').severity).toBe('warning');
    expect(fixed(two, 'repeated-question-mark')).toBe(`onedrivev2://Backups?${AUTH}&${DEFAULT}`);
    const three = `onedrivev2://Backups???${AUTH}&${DEFAULT}`;
    expect(readDestinationUrl(three).authId).toBeNull();
    expect(finding(three, 'repeated-question-mark').severity).toBe('error');
    expect(readDestinationUrl(fixed(three, 'repeated-question-mark')).authId).toBe(AUTH_ID);
  });

  it('incomplete UTF-8 escapes are dropped by Duplicati; the fix removes them', () => {
    const url = `onedrivev2://M%C3?${AUTH}%C3&${DEFAULT}`;
    const f = finding(url, 'broken-escape');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('the folder, the AuthID');
    const result = fixed(url, 'broken-escape');
    expect(result).toBe(`onedrivev2://M?${AUTH}&${DEFAULT}`);
    expect(readDestinationUrl(result)).toMatchObject({ folder: '/M', authId: AUTH_ID });
  });

  it('an invalid byte Duplicati reads as U+FFFD is reported without a fix that would change it', () => {
    expect(finding(`onedrivev2://M%FF?${AUTH}&${DEFAULT}`, 'broken-escape').apply).toBeUndefined();
  });
});

describe('the folder', () => {
  it.each([
    ['onedrivev2://Backups:2024/x', 'a raw ":" starts a port number', '/Backups/x', '/Backups:2024/x'],
    ['onedrivev2://me@home/x', 'a raw "@" ends a user name', '/home/x', '/me@home/x'],
    ['googledrive://Back:ups/x', 'a raw ":" starts a port number', 'Back/:ups/x/', 'Back:ups/x/'],
  ])('%s: %s; the fix escapes it', (location, why, read, meant) => {
    const url = `${location}?${AUTH}&${DEFAULT}`;
    expect(readDestinationUrl(url).folder).toBe(read);
    expect(finding(url, 'first-folder-punctuation').message).toContain(why);
    expect(readDestinationUrl(fixed(url, 'first-folder-punctuation')).folder).toBe(meant);
  });

  it.each([
    ['onedrivev2://C%2B%2B/50%25', '/C  /50%', '/C++/50%', 'onedrivev2://C%252B%252B/50%2525'],
    ['dropbox://50%2520off', '/50 off', '/50%20off', 'dropbox://50%252520off'],
    ['dropbox://a%2Bb', '/a b', '/a+b', 'dropbox://a%252Bb'],
    ['msgroup://a+b', '/a b', '/a+b', 'msgroup://a%252Bb'],
    ['googledrive://C++', 'C  /', 'C++/', 'googledrive://C%2B%2B'],
  ])('%s: the twice-decoding backends (and a raw + anywhere) change the folder; the fix writes what was meant', (location, read, meant, fixedLocation) => {
    const url = `${location}?${AUTH}&${DEFAULT}&group-id=g`;
    expect(readDestinationUrl(url).folder).toBe(read);
    const f = finding(url, 'folder-decoded-differently');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain(`"${read}"`);
    const result = fixed(url, 'folder-decoded-differently');
    expect(result.split('?')[0]).toBe(fixedLocation);
    expect(readDestinationUrl(result).folder).toBe(meant);
  });

  it('leaves a folder alone that is already escaped for the second decoding', () => {
    for (const location of ['onedrivev2://C%252B%252B/50%2525', 'dropbox://50%20off', 'googledrive://C%2B%2B']) {
      expect(lintConnectionUrl(`${location}?${AUTH}&${DEFAULT}`).map((f) => f.code)).not.toContain('folder-decoded-differently');
    }
  });

  it('a one-letter first folder followed by ":…" is a drive on Duplicati\'s disk; the twice-decoding backends can escape it', () => {
    const url = `onedrivev2://a/:b?${AUTH}&${DEFAULT}`;
    expect(finding(url, 'local-path').severity).toBe('error');
    expect(readDestinationUrl(fixed(url, 'local-path')).folder).toBe('/a/:b');
    expect(finding(`googledrive://a/%3Ab?${AUTH}&${DEFAULT}`, 'local-path').apply).toBeUndefined();
  });

  it('reports the folders backends refuse, with the way out', () => {
    expect(finding(`jottacloud://?${AUTH}&${DEFAULT}`, 'folder-refused').severity).toBe('error');
    expect(finding(`gcs://?${AUTH}&${DEFAULT}`, 'gcs-no-bucket').severity).toBe('error');
    const site = finding(`sharepoint://My%20Backups/x?${AUTH}&site-id=s&${DEFAULT}`, 'sharepoint-site');
    expect(site.fix).toContain('tenant.sharepoint.com/sites/<site>//<library>/My Backups/x');
  });
});

describe('the AuthID', () => {
  it('a Dropbox AuthID without a colon is a raw access token that is never refreshed', () => {
    const f = finding(`dropbox://Backups?authid=sl.ABCdefGHIjklMNOpqr&${DEFAULT}`, 'dropbox-access-token');
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f.message).toMatch(/access token .* never refreshes/);
    expect(f.apply).toBeUndefined();
  });

  it('a secret-provider reference is not an error: Duplicati resolves it, the app cannot check it', () => {
    const findings = lintConnectionUrl(`onedrivev2://Backups?authid=$onedrive-backup&${DEFAULT}`);
    expect(findings).toMatchObject([{ code: 'authid-secret-reference', severity: 'info' }]);
    expect(findings[0]?.message).toMatch(/cannot check/);
  });

  it('a raw + in the AuthID becomes a space; the fix writes %2B', () => {
    const url = `dropbox://B?authid=v2%3Adropbox%3Aab+cd&${DEFAULT}`;
    expect(readDestinationUrl(fixed(url, 'authid-plus-becomes-space')).authId).toBe('v2:dropbox:ab+cd');
  });
});

describe('pCloud hosts and oauth-url', () => {
  it('an upper-case host works on current Duplicati, not on 2.3 stable; the fix writes it in lower case', () => {
    const url = 'pcloud://API.pcloud.com/Backups?authid=tok';
    expect(readDestinationUrl(url).error).toBeNull();
    const f = finding(url, 'pcloud-host-case');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('2.3.0.109 canary and later accept that, but 2.3 stable and older refuse');
    expect(readDestinationUrl(fixed(url, 'pcloud-host-case')).otherVersions.filter((v) => v.version === '2.3-stable')).toEqual([]);
  });

  it('a port after the host is ignored; the fix removes it', () => {
    const url = 'pcloud://api.pcloud.com:443/Backups?authid=tok';
    expect(finding(url, 'pcloud-port').severity).toBe('info');
    expect(fixed(url, 'pcloud-port')).toBe('pcloud://api.pcloud.com/Backups?authid=tok');
  });

  it('a raw # is refused; the fix writes %23', () => {
    const url = 'pcloud://api.pcloud.com/a#b?authid=tok';
    expect(readDestinationUrl(fixed(url, 'pcloud-fragment'))).toMatchObject({ error: null, folder: 'a#b' });
  });

  it('an empty oauth-url= is the default server, not an error; the fix names it', () => {
    const url = `onedrivev2://Backups?${AUTH}&oauth-url=`;
    expect(finding(url, 'oauth-url-empty').severity).toBe('info');
    expect(lintConnectionUrl(url).filter((f) => f.severity === 'error')).toEqual([]);
    expect(fixed(url, 'oauth-url-empty')).toBe(`onedrivev2://Backups?${AUTH}&${DEFAULT}`);
  });

  it('a URL that names no server follows Duplicati\'s setting; the fix names the default', () => {
    const url = `onedrivev2://Backups?${AUTH}`;
    expect(finding(url, 'oauth-url-missing').severity).toBe('info');
    expect(fixed(url, 'oauth-url-missing')).toBe(`onedrivev2://Backups?${AUTH}&${DEFAULT}`);
  });
});
