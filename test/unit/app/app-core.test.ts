// The app core's handlers through their ports: a vault on real files with a fake secret box,
// real settings, a recording clipboard; no server is needed for what is asserted here.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it  } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/app/app-core';
import type { Checker } from '../../../electron/app/app-context';
import type { EventName } from '../../../electron/ipc/contract';
import { UserFacingError } from '../../../electron/ipc/user-facing-error';
import { createClipboardGuard } from '../../../electron/services/clipboard/clipboard-guard';
import { openSettings, type SettingsService } from '../../../electron/services/settings/settings';
import { openVault, type Vault } from '../../../electron/services/vault/vault';
import { memoryAutostart, recordingClipboard, recordingNotifier } from '../../fixtures/app/recording-ports';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';

const V1 = '0123456789abcdef0123456789abcd:Pa55-word_with.chars!';
const V2 = 'v2:onedrivev2:M.refresh+token/with==';

let folder: TempFolder;
let vault: Vault;
let settings: SettingsService;
let core: AppCore;
let clipboard: ReturnType<typeof recordingClipboard>;
let opened: string[];
/** Every address the core's HTTP went to. */
/** Each request the app made: where to, and whether it carried an AuthID. */
let sent: { host: string; withAuthId: boolean }[];

/**
 * The network, as a stand-in (these tests run offline): every AuthID server's index page offers
 * the provider asked for, so logins can start; anything else finds no server.
 */
const networkStandIn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const headers = new Headers(init?.headers);
  const carried = [headers.get('X-AuthID') ?? '', url.search, typeof init?.body === 'string' ? init.body : ''].join(' ');
  sent.push({ host: url.host, withAuthId: [V1, V2, encodeURIComponent(V1)].some((authId) => carried.includes(authId)) });
  const type = url.pathname === '/' ? url.searchParams.get('type') : null;
  if (type === null) return new Response('no server here', { status: 503 });
  return new Response(`<a class="provider" href="/login?id=${type}">${type}</a>`, { status: 200, headers: { 'Content-Type': 'text/html' } });
};
let events: EventName[];
/** Records asked for a check, and login pages asked for. */
let checked: string[];
let loginUrls: string[];
const checker: Checker = {
  checkNow: async (id) => {
    checked.push(id);
    return { at: new Date().toISOString(), health: 'healthy', reason: 'ok' };
  },
  checkAll: async () => undefined,
};
const failingWindow = {
  open: async (url: string) => {
    loginUrls.push(url);
    return Promise.reject(new Error('no window in unit tests'));
  },
};

beforeEach(async () => {
  folder = tempFolder();
  vault = await openVault({ backend: folder.backend(), secretBox: new FakeSecretBox() });
  settings = openSettings({ backend: folder.backend(), autostart: memoryAutostart() });
  clipboard = recordingClipboard();
  opened = [];
  sent = [];
  checked = [];
  loginUrls = [];
  events = [];
  core = createAppCore({
    vault,
    settings,
    clipboard: createClipboardGuard({ clipboard }),
    checker,
    loginWindow: failingWindow,
    browser: { open: async (url) => void opened.push(url) },
    notifier: recordingNotifier(),
    emit: (event) => void events.push(event),
    showRecord: () => undefined,
    fetch: networkStandIn,
  });
  await core.ready();
});
afterEach(async () => {
  await core.dispose();
  folder.remove();
});

describe('state the window sees', () => {
  it('lists AuthIDs masked, never in plain text, and tells the window when they change', async () => {
    await vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: V1, serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    await vault.flush();
    // The mask is worked out after the change; the core pushes the state again once it is.
    const masked = () => core.state().authIds[0]?.masked.startsWith('0123') === true;
    await new Promise<void>((resolve) => {
      if (masked()) return resolve();
      const stop = core.onStateChange(() => {
        if (!masked()) return;
        stop();
        resolve();
      });
    });
    const state = await core.handlers.getState(undefined);
    expect(state.authIds).toHaveLength(1);
    expect(state.authIds[0]!.masked).toBe('0123…:••••••••ars!');
    expect(JSON.stringify(state)).not.toContain('Pa55-word');
    expect(events).toContain('stateChanged');
  });
});

describe('one push per change', () => {
  it('a newly stored AuthID reaches the window once, already masked (its secret is not decrypted again to mask it)', async () => {
    const pushes: string[] = [];
    core.onStateChange((state) => pushes.push(state.authIds.map((a) => a.masked).join(',')));
    await vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: V1, serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    await vault.flush();
    // Long enough for a decrypt-then-push round to have shown up: one more macrotask turn.
    await new Promise((resolve) => setImmediate(resolve));
    expect(pushes).toEqual(['0123…:••••••••ars!']);
  });
});

describe('connection URLs', () => {
  it('the preview is masked, the copy holds the real AuthID, and a saved destination shows masked', async () => {
    const record = await vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', kind: 'v2', authId: V2, serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    const preview = await core.handlers.previewUrl({ id: record.id, path: 'Backups/Laptop', options: {} });
    const refresh = 'oauth-url=https%3A%2F%2Fduplicati-oauth-handler.appspot.com%2Frefresh';
    expect(preview.maskedUrl).toBe(`onedrivev2://Backups/Laptop?authid=v2:onedrivev2:••••••••th==&${refresh}`);
    await core.handlers.copyUrl({ id: record.id, path: 'Backups/Laptop', options: {} });
    expect(clipboard.writes).toEqual([`onedrivev2://Backups/Laptop?authid=${encodeURIComponent(V2)}&${refresh}`]);
    const saved = await core.handlers.saveDestination({ id: record.id, name: 'Laptop', path: 'Backups/Laptop', options: {} });
    expect(saved.maskedUrl).not.toContain('refresh+token');
    expect(saved.maskedUrl).toMatch(/^onedrivev2:\/\/Backups\/Laptop\?authid=/);
  });

  it('a built URL brings no paste advice about a missing option (the form says it on the field), but still the rest', async () => {
    const record = await vault.add({ defaultLabel: 'SharePoint', provider: 'sharepoint', kind: 'v2', authId: V2.replace('onedrivev2', 'sharepoint'), serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    const empty = await core.handlers.previewUrl({ id: record.id, path: '', options: {} });
    expect(empty.findings.map((finding) => finding.code)).not.toContain('missing-required-option');
    expect(JSON.stringify(empty.findings)).not.toContain('&site-id=');
    const badSize = await core.handlers.previewUrl({ id: record.id, path: '', options: { 'site-id': 'contoso.sharepoint.com,1,2', 'fragment-size': '5' } });
    expect(badSize.findings.map((finding) => finding.code)).toEqual(['invalid-option-value']);
  });

  const europeanPcloud = () =>
    vault.add({
      defaultLabel: 'pCloud',
      provider: 'pcloud',
      kind: 'access-token-only',
      authId: 'pcloudAccessToken1234567890',
      serverBaseUrl: 'https://oauth-service.duplicati.com',
      region: 'eapi.pcloud.com',
    });

  it('pCloud takes its region from the record, into the path, with no oauth-url', async () => {
    const record = await europeanPcloud();
    await core.handlers.copyUrl({ id: record.id, path: 'Backups', options: {} });
    expect(clipboard.writes).toEqual(['pcloud://eapi.pcloud.com/Backups?authid=pcloudAccessToken1234567890']);
  });

  it('a pCloud destination’s region host is a field of its own: into the path, kept with the destination, never a query option', async () => {
    const record = await europeanPcloud();
    const us = 'pcloud://api.pcloud.com/Backups?authid=pcloudAccessToken1234567890';
    expect((await core.handlers.previewUrl({ id: record.id, path: 'Backups', options: {}, host: 'api.pcloud.com' })).maskedUrl).toMatch(/^pcloud:\/\/api\.pcloud\.com\/Backups\?authid=/);
    await core.handlers.copyUrl({ id: record.id, path: 'Backups', options: {}, host: 'api.pcloud.com' });
    const saved = await core.handlers.saveDestination({ id: record.id, name: 'US copy', path: 'Backups', options: {}, host: 'api.pcloud.com' });
    expect(saved).toMatchObject({ host: 'api.pcloud.com', options: {} });
    expect(vault.list().find((r) => r.id === record.id)!.destinations).toEqual([expect.objectContaining({ name: 'US copy', host: 'api.pcloud.com', options: {} })]);
    await core.handlers.copyDestination({ id: record.id, destinationId: saved.id });
    expect(clipboard.writes).toEqual([us, us]);
    expect((await core.handlers.getState(undefined)).authIds.find((a) => a.id === record.id)!.destinations[0]).toMatchObject({ host: 'api.pcloud.com', options: {} });
  });

  it('a destination saved under the old URL rules shows what changed until the user accepts it', async () => {
    const record = await vault.add({
      defaultLabel: 'OneDrive',
      provider: 'onedrivev2',
      kind: 'v2',
      authId: V2,
      serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com',
      // As the old builder saved it: no rules version, and a folder it wrote so OneDrive read "C  ".
      destination: { name: 'Code', path: 'C++', options: {} },
    });
    const shown = () => core.handlers.getState(undefined).then((state) => state.authIds.find((a) => a.id === record.id)!.destinations[0]!);
    const before = await shown();
    expect(before.urlChange?.previousMaskedUrl).toMatch(/^onedrivev2:\/\/C%2B%2B\?authid=[^&]*••••[^&]*$/);
    expect(before.maskedUrl).toMatch(/^onedrivev2:\/\/C%252B%252B\?authid=[^&]*••••[^&]*&oauth-url=/);
    expect(before.urlChange?.differences.join(' ')).toContain('Duplicati used the folder "/C  "; the new URL uses "/C++"');
    expect(before.urlChange?.differences.join(' ')).toContain('names its AuthID server');
    expect(JSON.stringify(before)).not.toContain('refresh+token');
    // Nothing is rewritten until the user says so; then the notice is gone and the folder is as saved.
    expect(vault.get(record.id)!.destinations[0]).toMatchObject({ path: 'C++', options: {} });
    await core.handlers.acceptDestinationUrl({ id: record.id, destinationId: before.id });
    const after = await shown();
    expect(after.urlChange).toBeUndefined();
    expect(after).toMatchObject({ id: before.id, name: 'Code', path: 'C++' });
    const saved = await core.handlers.saveDestination({ id: record.id, name: 'New', path: 'C++', options: {} });
    expect((await core.handlers.getState(undefined)).authIds[0]!.destinations.find((d) => d.id === saved.id)?.urlChange).toBeUndefined();
  });

  it('a destination that could never be built is refused with the reason', async () => {
    const record = await vault.add({ defaultLabel: 'x', provider: 'dropbox', kind: 'v1', authId: V1, serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    await expect(core.handlers.saveDestination({ id: record.id, name: 'Bad', path: 'x', options: { authid: 'sneaky' } })).rejects.toBeInstanceOf(UserFacingError);
    expect(vault.get(record.id)!.destinations).toEqual([]);
  });
});

describe('revoke', () => {
  it('a v2 AuthID is removed here and the user is sent to the provider; the plan says so first', async () => {
    const record = await vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', kind: 'v2', authId: V2, serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    const plan = await core.handlers.planRevoke({ id: record.id });
    expect(plan.method).toBe('provider-page');
    expect(plan.steps[0]).toContain('cannot revoke it');
    expect(plan.deauthorizeUrls).toEqual(['https://account.live.com/consent/Manage', 'https://myapps.microsoft.com']);
    const result = await core.handlers.revoke({ id: record.id });
    expect(result).toMatchObject({ revokedAtServer: false, removedLocally: true });
    expect(vault.list()).toEqual([]);
  });

  it('a v1 AuthID whose server cannot be reached is kept, with a message that says what to do', async () => {
    await settings.addServer('http://127.0.0.1:9');
    const record = await vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: V1, serverBaseUrl: 'http://127.0.0.1:9' });
    const failure = await core.handlers.revoke({ id: record.id }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as Error).message).toContain('Nothing was removed');
    expect((failure as Error).message).not.toContain('Pa55');
    expect(vault.list()).toHaveLength(1);
  });

  it('a v1 AuthID of a server the user has not added is not sent there to be revoked', async () => {
    const record = await vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: V1, serverBaseUrl: 'https://collector.example' });
    const failure = await core.handlers.revoke({ id: record.id }).catch((error: unknown) => error);
    expect((failure as Error).message).toContain('collector.example is not one of your AuthID servers');
    expect(sent.filter((request) => request.host === 'collector.example' || request.withAuthId)).toEqual([]);
    expect(vault.list()).toHaveLength(1);
  });
});

describe('logins and links', () => {
  it('a login may only use a server listed in Settings', async () => {
    await expect(core.handlers.startLogin({ provider: 'dropbox', serverBaseUrl: 'https://evil.example' })).rejects.toThrow('Add https://evil.example in Settings');
  });

  it('a provider the server does not offer is refused before any window opens', async () => {
    await expect(core.handlers.startLogin({ provider: 'pcloud', serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' })).rejects.toThrow(
      'pCloud cannot be authorized at https://duplicati-oauth-handler.appspot.com',
    );
  });

  it('only https links reach the browser', async () => {
    await core.handlers.openExternal({ url: 'https://www.dropbox.com/account/connected_apps' });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com', 'not a url']) {
      await expect(core.handlers.openExternal({ url })).rejects.toBeInstanceOf(UserFacingError);
    }
    expect(opened).toEqual(['https://www.dropbox.com/account/connected_apps']);
  });
});

describe('trusted servers', () => {
  const FOREIGN = 'https://collector.example';
  const pasted = (oauthUrl: string) => `dropbox://Backups?authid=${encodeURIComponent(V1)}&oauth-url=${encodeURIComponent(oauthUrl)}`;

  it('a pasted URL naming another server asks first; nothing is stored or checked before the user adds it', async () => {
    const analysis = await core.handlers.analyzePaste({ text: pasted(`${FOREIGN}/refresh`) });
    expect(analysis.untrustedServer).toMatchObject({ host: 'collector.example', baseUrl: FOREIGN, canTrust: true });
    expect(analysis.canSave).toBe(true);
    await expect(core.handlers.savePaste({ text: pasted(`${FOREIGN}/refresh`) })).rejects.toThrow('collector.example is not one of your AuthID servers');
    expect(vault.list()).toEqual([]);
    expect(checked).toEqual([]);

    await core.handlers.addServer({ baseUrl: FOREIGN });
    expect((await core.handlers.analyzePaste({ text: pasted(`${FOREIGN}/refresh`) })).untrustedServer).toBeUndefined();
    const { id } = await core.handlers.savePaste({ text: pasted(`${FOREIGN}/refresh`) });
    expect(checked).toEqual([id]);
    // The server's index page may be read once it is added; the AuthID itself went only to the checker.
    expect(sent.filter((request) => request.withAuthId)).toEqual([]);
  });

  it('plain http to another computer cannot be saved at all', async () => {
    const analysis = await core.handlers.analyzePaste({ text: pasted('http://oauth.example.com/refresh') });
    expect(analysis).toMatchObject({ canSave: false, untrustedServer: { host: 'oauth.example.com', canTrust: false } });
    expect(analysis.findings.map((f) => f.code)).toContain('server-not-allowed');
    await expect(core.handlers.savePaste({ text: pasted('http://oauth.example.com/refresh') })).rejects.toThrow('cannot be saved yet');
    expect(vault.list()).toEqual([]);
  });

  it('a saved record on a server not in Settings is held: shown so, never re-authorized there', async () => {
    const held = await vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: V1, serverBaseUrl: FOREIGN });
    const fine = await vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', kind: 'v2', authId: V2, serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    const views = (await core.handlers.getState(undefined)).authIds;
    expect(views.find((a) => a.id === held.id)?.held).toMatchObject({ host: 'collector.example', canTrust: true });
    expect(views.find((a) => a.id === fine.id)).not.toHaveProperty('held');
    await expect(core.handlers.reauthorize({ id: held.id })).rejects.toThrow('collector.example is not one of your AuthID servers');
    expect(loginUrls).toEqual([]);
    await core.handlers.reauthorize({ id: fine.id });
    await expect.poll(() => loginUrls.map((url) => new URL(url).host), { timeout: 5_000 }).toEqual(['duplicati-oauth-handler.appspot.com']);
  });
});

describe('secret options in a pasted URL', () => {
  const text = `googledrive://Backups?authid=${encodeURIComponent('v2:googledrive:1//g00gle-refresh-token')}&passphrase=hunter2-backup-key&auth-password=Pw-0f-proxy&googledrive-teamdrive-id=team42&ssh-key=%24my-key`;

  it('are masked on screen and never stored', async () => {
    const analysis = await core.handlers.analyzePaste({ text });
    expect(JSON.stringify(analysis)).not.toMatch(/hunter2|Pw-0f-proxy/);
    expect(analysis.options).toMatchObject({ passphrase: '••••••••', 'auth-password': '••••••••', 'googledrive-teamdrive-id': 'team42', 'ssh-key': '$my-key' });
    expect(analysis.findings.find((f) => f.code === 'secret-options-not-kept')?.message).toContain('passphrase, auth-password');
    await core.handlers.savePaste({ text });
    await vault.flush();
    expect(vault.list()[0]!.destinations[0]!.options).toEqual({ 'googledrive-teamdrive-id': 'team42', 'ssh-key': '$my-key' });
    expect(readFileSync(folder.file('vault.json'), 'utf8')).not.toMatch(/hunter2|Pw-0f-proxy/);
  });

  it('are refused when something asks to save one in a destination', async () => {
    const record = await vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', kind: 'v2', authId: V2, serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    await expect(core.handlers.saveDestination({ id: record.id, name: 'x', path: 'B', options: { passphrase: 'hunter2-backup-key' } })).rejects.toThrow(
      'passphrase looks like a password or key',
    );
    expect(vault.get(record.id)!.destinations).toEqual([]);
  });
});
