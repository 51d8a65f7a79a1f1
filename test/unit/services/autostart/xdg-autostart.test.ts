import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentLaunchCommand } from '../../../../electron/services/autostart/launch-command';
import { createXdgAutostart, xdgAutostartDir } from '../../../../electron/services/autostart/xdg-autostart';

// freedesktop.org's own checker (Debian: desktop-file-utils), where installed.
const validator = (() => {
  try {
    execFileSync('desktop-file-validate', ['--help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let home: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'autostart-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const APP = { appId: 'io.github.authidmanager', appName: 'AuthID Manager' };

function execLine(text: string): string | undefined {
  return text.split('\n').find((line) => line.startsWith('Exec='));
}

describe('xdgAutostartDir', () => {
  it('uses $XDG_CONFIG_HOME when absolute, else ~/.config', () => {
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/me')).toBe('/cfg/autostart');
    expect(xdgAutostartDir({}, '/home/me')).toBe('/home/me/.config/autostart');
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: '' }, '/home/me')).toBe('/home/me/.config/autostart');
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: 'relative/cfg' }, '/home/me')).toBe('/home/me/.config/autostart');
  });
});

describe('currentLaunchCommand', () => {
  it('uses $APPIMAGE, not the temporary mount, when running from an AppImage', () => {
    const command = currentLaunchCommand({
      env: { APPIMAGE: '/home/me/Apps/AuthID Manager-1.0.0.AppImage', APPDIR: '/tmp/.mount_AuthIDxyz' },
      execPath: '/tmp/.mount_AuthIDxyz/authid-manager',
    });
    expect(command).toEqual({ executable: '/home/me/Apps/AuthID Manager-1.0.0.AppImage', args: [] });
  });

  it('ignores an $APPIMAGE inherited from another AppImage that started us', () => {
    const command = currentLaunchCommand({
      env: { APPIMAGE: '/home/me/Apps/Other.AppImage', APPDIR: '/tmp/.mount_Otherabc' },
      execPath: '/opt/AuthID Manager/authid-manager',
    });
    expect(command.executable).toBe('/opt/AuthID Manager/authid-manager');
  });

  it('uses the executable path for a deb install, and the portable exe’s file on Windows', () => {
    expect(currentLaunchCommand({ env: {}, execPath: '/opt/AuthID Manager/authid-manager' }).executable).toBe('/opt/AuthID Manager/authid-manager');
    expect(currentLaunchCommand({ env: { PORTABLE_EXECUTABLE_FILE: 'D:\\Tools\\AuthID Manager.exe' }, execPath: 'C:\\Temp\\x\\a.exe' }).executable)
      .toBe('D:\\Tools\\AuthID Manager.exe');
  });
});

describe('createXdgAutostart', () => {
  it('writes an entry for an AppImage that starts the AppImage file hidden', async () => {
    const dir = xdgAutostartDir({ XDG_CONFIG_HOME: path.join(home, 'cfg') }, home);
    const command = currentLaunchCommand({
      env: { APPIMAGE: path.join(home, 'AuthID-Manager.AppImage'), APPDIR: '/tmp/.mount_AuthIDxyz' },
      execPath: '/tmp/.mount_AuthIDxyz/authid-manager',
    });
    const autostart = createXdgAutostart({ dir, ...APP, command });
    expect(await autostart.isEnabled()).toBe(false);

    await autostart.setEnabled(true);
    const text = await readFile(path.join(home, 'cfg/autostart/io.github.authidmanager.desktop'), 'utf8');
    expect(execLine(text)).toBe(`Exec=${path.join(home, 'AuthID-Manager.AppImage')} --hidden`);
    expect(text).not.toContain('.mount_');
    expect(text.split('\n')).toEqual(expect.arrayContaining(['[Desktop Entry]', 'Type=Application', 'Name=AuthID Manager', 'X-GNOME-Autostart-enabled=true']));
    expect(await autostart.isEnabled()).toBe(true);
  });

  it('writes an entry for a deb install that quotes a path with spaces', async () => {
    const dir = xdgAutostartDir({}, home);
    const autostart = createXdgAutostart({ dir, ...APP, command: currentLaunchCommand({ env: {}, execPath: '/opt/AuthID Manager/authid-manager' }) });
    await autostart.setEnabled(true);
    const text = await readFile(path.join(home, '.config/autostart/io.github.authidmanager.desktop'), 'utf8');
    expect(execLine(text)).toBe('Exec="/opt/AuthID Manager/authid-manager" --hidden');
    expect(await autostart.isEnabled()).toBe(true);
    expect(await readdir(dir)).toEqual(['io.github.authidmanager.desktop']); // no temporary file left behind
  });

  it('puts development arguments before --hidden', async () => {
    const dir = xdgAutostartDir({}, home);
    const autostart = createXdgAutostart({ dir, ...APP, command: { executable: '/repo/node_modules/electron/dist/electron', args: ['/repo'] } });
    await autostart.setEnabled(true);
    expect(execLine(await readFile(path.join(dir, 'io.github.authidmanager.desktop'), 'utf8'))).toBe(
      'Exec=/repo/node_modules/electron/dist/electron /repo --hidden',
    );
    expect(await autostart.isEnabled()).toBe(true);
  });

  it('disabling removes the entry, and disabling twice is fine', async () => {
    const dir = xdgAutostartDir({}, home);
    const autostart = createXdgAutostart({ dir, ...APP, command: { executable: '/usr/bin/authid-manager', args: [] } });
    await autostart.setEnabled(true);
    await autostart.setEnabled(false);
    expect(await readdir(dir)).toEqual([]);
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(false);
  });

  it('reads "off" when the entry starts another executable (an AppImage since moved), and enabling repoints it', async () => {
    const dir = xdgAutostartDir({}, home);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'io.github.authidmanager.desktop');
    await writeFile(file, '[Desktop Entry]\nType=Application\nName=AuthID Manager\nExec=/home/me/Downloads/Old.AppImage --hidden\n');
    const autostart = createXdgAutostart({ dir, ...APP, command: { executable: '/home/me/Apps/New.AppImage', args: [] } });
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(true);
    expect(await autostart.isEnabled()).toBe(true);
    expect(execLine(await readFile(file, 'utf8'))).toBe('Exec=/home/me/Apps/New.AppImage --hidden');
  });

  it('reads "off" when the desktop switched the entry off', async () => {
    const dir = xdgAutostartDir({}, home);
    await mkdir(dir, { recursive: true });
    const command = { executable: '/usr/bin/authid-manager', args: [] };
    const autostart = createXdgAutostart({ dir, ...APP, command });
    for (const line of ['X-GNOME-Autostart-enabled=false', 'Hidden=true']) {
      await writeFile(path.join(dir, 'io.github.authidmanager.desktop'), `[Desktop Entry]\nExec=/usr/bin/authid-manager --hidden\n${line}\n`);
      expect(await autostart.isEnabled()).toBe(false);
    }
  });
});

describe.skipIf(!validator)('desktop-file-validate', () => {
  it('accepts the entry, even for a path full of characters that need quoting', async () => {
    const dir = xdgAutostartDir({}, home);
    const executable = '/home/me/$odd "dir"/100%/A\\pp `x`.AppImage';
    const autostart = createXdgAutostart({ dir, ...APP, command: { executable, args: [] } });
    await autostart.setEnabled(true);
    const file = path.join(dir, 'io.github.authidmanager.desktop');
    expect(execFileSync('desktop-file-validate', [file], { encoding: 'utf8' })).toBe('');
    expect(await autostart.isEnabled()).toBe(true);
  });
});
