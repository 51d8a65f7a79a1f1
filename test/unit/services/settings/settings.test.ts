import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../electron/ipc/user-facing-error';
import { openSettings } from '../../../../electron/services/settings/settings';
import type { SettingsValues } from '../../../../electron/services/settings/settings';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeAutostart } from '../../../fixtures/fake-autostart';

const HOSTED = ['https://duplicati-oauth-handler.appspot.com', 'https://oauth-service.duplicati.com'];

let folder: TempFolder;
let autostart: FakeAutostart;
beforeEach(() => {
  folder = tempFolder();
  autostart = new FakeAutostart();
});
afterEach(() => folder.remove());

const open = () => openSettings({ backend: folder.backend(), autostart, clock: { now: () => Date.parse('2025-03-01T12:00:00.000Z') } });

describe('settings on real files', () => {
  it('starts with the defaults and both hosted servers', async () => {
    expect(await open().read()).toEqual({
      servers: [
        { baseUrl: HOSTED[0], flavour: 'hosted-handler' },
        { baseUrl: HOSTED[1], flavour: 'hosted-service' },
      ],
      checkIntervalHours: 24,
      notifications: true,
      clipboardClearSeconds: 60,
      theme: 'system',
      startAtLoginPreferred: false,
      startAtLogin: false,
    });
    expect(JSON.parse(fs.readFileSync(folder.file('settings.json'), 'utf8')).__internal__.migrations.version).toBe('1.0.0');
  });

  it('keeps updates across a restart, tells listeners, and refuses out-of-range values clearly', async () => {
    const settings = open();
    const seen: SettingsValues[] = [];
    settings.onChange((values) => seen.push(values));
    await settings.update({ checkIntervalHours: 6, clipboardClearSeconds: 0, theme: 'dark', notifications: false });
    expect(seen.map((v) => v.checkIntervalHours)).toEqual([6]);
    await expect(settings.update({ checkIntervalHours: 0 })).rejects.toThrow('Check every 1 to 720 hours');
    await expect(settings.update({ clipboardClearSeconds: 1.5 })).rejects.toBeInstanceOf(UserFacingError);
    await expect(settings.update({ theme: 'neon' as 'dark' })).rejects.toThrow('system, light or dark');
    expect(open().values()).toMatchObject({ checkIntervalHours: 6, clipboardClearSeconds: 0, theme: 'dark', notifications: false });
  });

  it('adds self-hosted servers normalized, refuses duplicates and unsafe addresses, removes only self-hosted ones', async () => {
    const settings = open();
    await settings.addServer('https://oauth.example.com/base/refresh?x=1');
    await settings.addServer('http://127.0.0.1:8080/');
    await settings.addServer('http://[::1]:9000');
    const duplicate = settings.addServer('https://OAUTH.example.com/base/');
    await expect(duplicate).rejects.toThrow('https://oauth.example.com/base is already in the list.');
    await expect(settings.addServer('https://duplicati-oauth-handler.appspot.com/')).rejects.toThrow('always in the list');
    await expect(settings.addServer('http://oauth.example.com')).rejects.toThrow('Use https://');
    await expect(settings.addServer('http://localhost.evil.example')).rejects.toThrow('Use https://');
    await expect(settings.addServer('https://user:pw@oauth.example.com')).rejects.toThrow('user name and password');
    await expect(settings.addServer('ftp://oauth.example.com')).rejects.toThrow('https://');
    await expect(settings.addServer('not a url')).rejects.toMatchObject({ code: 'invalid-server-url' });
    await expect(settings.removeServer(HOSTED[1]!)).rejects.toMatchObject({ code: 'server-not-removable' });
    await settings.removeServer('http://127.0.0.1:8080');

    expect(open().values().servers).toEqual([
      { baseUrl: HOSTED[0], flavour: 'hosted-handler' },
      { baseUrl: HOSTED[1], flavour: 'hosted-service' },
      { baseUrl: 'https://oauth.example.com/base', flavour: 'self-hosted' },
      { baseUrl: 'http://[::1]:9000', flavour: 'self-hosted' },
    ]);
  });

  it('start at login shows the real state and stores only the preference', async () => {
    const settings = open();
    expect(await settings.setStartAtLogin(true)).toMatchObject({ startAtLogin: true, startAtLoginPreferred: true });
    autostart.enabled = false; // e.g. the user removed the login item in the OS
    expect(await open().read()).toMatchObject({ startAtLogin: false, startAtLoginPreferred: true });
    autostart.failNext = true;
    await expect(settings.setStartAtLogin(false)).rejects.toThrow();
    expect(settings.values().startAtLoginPreferred).toBe(true);
  });

  it('salvages valid settings from a file that breaks the schema and says where the old file went', async () => {
    fs.writeFileSync(
      folder.file('settings.json'),
      JSON.stringify({ servers: ['https://ok.example.com', 'http://plain.example.com', 3], checkIntervalHours: -1, theme: 'light' }),
    );
    const settings = open();
    expect(settings.recoveredFrom).toBe(folder.file('settings.corrupt-2025-03-01T12-00-00-000Z.json'));
    expect(settings.values()).toMatchObject({ checkIntervalHours: 24, theme: 'light' });
    expect(settings.values().servers.map((s) => s.baseUrl)).toEqual([...HOSTED, 'https://ok.example.com']);
  });
});
