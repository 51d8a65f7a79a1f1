import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { App, LoginItemSettingsOptions, Settings } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutostart, type LoginItemApp } from '../../../electron/adapters/autostart';

/** Electron's login items as the OS keeps them: one entry per executable path and args. */
class StandInLoginItems implements LoginItemApp {
  readonly calls: Settings[] = [];
  readonly entries = new Map<string, { approved: boolean }>();
  private key(options: { path?: string; args?: string[] } | undefined) {
    return JSON.stringify([options?.path ?? '/self', options?.args ?? []]);
  }
  setLoginItemSettings(settings: Settings) {
    this.calls.push(settings);
    if (settings.openAtLogin) this.entries.set(this.key(settings), { approved: settings.enabled ?? true });
    else this.entries.delete(this.key(settings));
  }
  getLoginItemSettings(options?: LoginItemSettingsOptions) {
    const entry = this.entries.get(this.key(options));
    return { openAtLogin: entry !== undefined, executableWillLaunchAtLogin: entry?.approved ?? false };
  }
}

let home: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'autostart-adapter-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('createAutostart', () => {
  it('fits Electron’s real app (checked by the compiler)', () => {
    const fits: App extends LoginItemApp ? true : false = true;
    expect(fits).toBe(true);
  });

  it('macOS: registers the app as a login item without arguments and reads the OS state', async () => {
    const app = new StandInLoginItems();
    const autostart = createAutostart({ platform: 'darwin', app, env: {}, execPath: '/Applications/AuthID Manager.app/Contents/MacOS/AuthID Manager', homeDir: home });
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(true);
    expect(app.calls).toEqual([{ openAtLogin: true }]);
    expect(await autostart.isEnabled()).toBe(true);
    await autostart.setEnabled(false);
    expect(await autostart.isEnabled()).toBe(false);
  });

  it('Windows: a Run entry for the executable with --hidden, read back with the same path and args', async () => {
    const app = new StandInLoginItems();
    const exe = 'C:\\Users\\me\\AppData\\Local\\Programs\\AuthID Manager\\AuthID Manager.exe';
    const autostart = createAutostart({ platform: 'win32', app, env: {}, execPath: exe, homeDir: home });
    await autostart.setEnabled(true);
    expect(app.calls).toEqual([{ openAtLogin: true, enabled: true, path: exe, args: ['--hidden'] }]);
    expect(await autostart.isEnabled()).toBe(true);
    await autostart.setEnabled(false);
    expect(app.calls[1]).toMatchObject({ openAtLogin: false, path: exe, args: ['--hidden'] });
    expect(await autostart.isEnabled()).toBe(false);
  });

  it('Windows: an entry switched off in Task Manager reads as off', async () => {
    const app = new StandInLoginItems();
    const autostart = createAutostart({ platform: 'win32', app, env: {}, execPath: 'C:\\app.exe', homeDir: home });
    await autostart.setEnabled(true);
    for (const entry of app.entries.values()) entry.approved = false;
    expect(await autostart.isEnabled()).toBe(false);
  });

  it('Windows: quotes a development app folder with spaces and starts the portable exe by its real file', async () => {
    const app = new StandInLoginItems();
    const autostart = createAutostart({
      platform: 'win32', app, env: { PORTABLE_EXECUTABLE_FILE: 'D:\\AuthID Manager.exe' }, execPath: 'C:\\Temp\\2x\\app.exe', homeDir: home,
      args: ['C:\\My Code\\authid-manager'],
    });
    await autostart.setEnabled(true);
    expect(app.calls[0]).toMatchObject({ path: 'D:\\AuthID Manager.exe', args: ['"C:\\My Code\\authid-manager"', '--hidden'] });
  });

  it('Linux: writes the XDG autostart entry (AppImage path, --hidden) and never touches login items', async () => {
    const app = new StandInLoginItems();
    const autostart = createAutostart({
      platform: 'linux', app, homeDir: home, execPath: '/tmp/.mount_AuthIDq1/authid-manager',
      env: { APPIMAGE: path.join(home, 'Apps', 'AuthID Manager.AppImage'), APPDIR: '/tmp/.mount_AuthIDq1' },
    });
    await autostart.setEnabled(true);
    const text = await readFile(path.join(home, '.config', 'autostart', 'io.github.authidmanager.desktop'), 'utf8');
    expect(text).toContain(`Exec="${path.join(home, 'Apps', 'AuthID Manager.AppImage')}" --hidden\n`);
    expect(await autostart.isEnabled()).toBe(true);
    expect(app.calls).toEqual([]);
  });
});
