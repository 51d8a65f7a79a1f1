// main.ts as an installed (packaged) app, with the stand-in `electron`, under an environment an
// attacker set: ELECTRON_RENDERER_URL points at another page (on loopback, which an unpackaged
// build would honour) and the test hooks are asked for. The window still shows the app's own
// page, a frame on the foreign page gets no answer, there are no developer tools and no hooks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi  } from 'vitest';
import { requestChannel } from '../../electron/ipc/channels';

const electron = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('electron', async () => {
  const { standInElectron } = await import('../fixtures/stand-in-electron-module');
  const userData = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/authid-packaged-`);
  const module = standInElectron(userData, process.cwd(), { packaged: true });
  electron.current = module;
  return { default: module, ...module };
});
const standIn = () => electron.current as import('../fixtures/stand-in-electron-module').StandInElectron;
const FOREIGN_PAGE = 'http://127.0.0.1:9/phishing.html';

beforeAll(async () => {
  process.env.ELECTRON_RENDERER_URL = FOREIGN_PAGE;
  process.env.AUTHID_MANAGER_TEST_HOOKS = '1';
  process.env.XDG_CONFIG_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'authid-packaged-xdg-'));
  // Where electron-builder puts the tray icons beside app.asar.
  Object.assign(process, { resourcesPath: path.resolve('assets') });
  await import('../../electron/main');
  await vi.waitFor(() => expect(standIn().Tray.created).toHaveLength(1), { timeout: 10_000 });
});
afterAll(() => {
  delete process.env.ELECTRON_RENDERER_URL;
  fs.rmSync(standIn().app.getPath(), { recursive: true, force: true });
});

describe('a packaged app', () => {
  it('ignores ELECTRON_RENDERER_URL and answers only its own page', async () => {
    const win = standIn().BrowserWindow.created[0]!;
    expect(win.loadedUrl).toBe('app://authid-manager/index.html');
    const getState = standIn().ipcMain.handlers.get(requestChannel('getState'))!;
    const from = (url: string) => ({ sender: { id: win.webContents.id }, senderFrame: { parent: null, url } });
    expect(await getState(from(FOREIGN_PAGE), undefined)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await getState(from('app://authid-manager/other.html'), undefined)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await getState(from('app://authid-manager/index.html'), undefined)).toMatchObject({ ok: true });
  });

  it('has no developer tools: none in the window, none in its menu, and no test hooks', () => {
    const win = standIn().BrowserWindow.created[0]!;
    expect((win.options.webPreferences as { devTools: boolean }).devTools).toBe(false);
    const menu = JSON.stringify(standIn().menus.application?.template);
    expect(menu).toContain('"role":"copy"');
    expect(menu).not.toMatch(/DevTools|"reload"/i);
    expect(globalThis).not.toHaveProperty('authIdManagerTest');
  });
});
