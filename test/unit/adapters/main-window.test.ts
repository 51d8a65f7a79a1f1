// The app window adapter on the stand-in `electron` (no test may run Electron): a screen asked
// for before the page has loaded reaches the page once it has, not into the void.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, Session } from 'electron';
import { afterEach, describe, expect, it  } from 'vitest';
import { createMainWindow } from '../../../electron/adapters/main-window';
import { eventChannel } from '../../../electron/ipc/channels';
import { standInElectron } from '../../fixtures/stand-in-electron-module';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function appWindow() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'authid-window-'));
  folders.push(folder);
  const electron = standInElectron(folder, folder);
  const window = createMainWindow({
    BrowserWindow: electron.BrowserWindow as unknown as new () => BrowserWindow,
    session: electron.session.defaultSession as unknown as Session,
    preloadPath: '/preload.cjs',
    appUrl: 'app://authid-manager/index.html',
    packaged: true,
    openExternal: () => undefined,
    onCreated: () => undefined,
  });
  // Each stand-in has its own window list: this test's window is its first.
  const page = () => electron.BrowserWindow.created[0]!.webContents;
  const navigations = () => page().sent.filter((s) => s.channel === eventChannel('navigate')).map((s) => s.payload);
  return { window, page, navigations };
}

describe('main window navigation', () => {
  it('a screen asked for while the page loads is sent once it has loaded; the last one asked for wins', () => {
    const { window, page, navigations } = appWindow();
    window.get();
    window.navigate({ screen: 'detail', id: 'first' });
    window.navigate({ screen: 'detail', id: 'second' });
    expect(navigations()).toEqual([]);
    page().emit('did-finish-load');
    expect(navigations()).toEqual([{ screen: 'detail', id: 'second' }]);
  });

  it('once the page has loaded, a screen is sent at once, and only once', () => {
    const { window, page, navigations } = appWindow();
    window.get();
    page().emit('did-finish-load');
    window.navigate({ screen: 'detail', id: 'now' });
    expect(navigations()).toEqual([{ screen: 'detail', id: 'now' }]);
    page().emit('did-finish-load');
    expect(navigations()).toEqual([{ screen: 'detail', id: 'now' }]);
  });
});
