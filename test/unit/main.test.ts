// main.ts run in Node with a stand-in `electron`: the composition root wires the real services,
// the window (with its security options), IPC (sender check, schemas), the tray and the quit
// sequence. What Electron itself does is left to test/electron/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi  } from 'vitest';
import { exclusionFormats } from '../../electron/adapters/electron-clipboard';
import { mainWindowOptions } from '../../electron/adapters/main-window-security';
import { WINDOW_CHECKLIST } from '../fixtures/window-checklist';
import { RENDERER_CSP } from '../../electron/adapters/renderer-csp';
import { REQUEST_NAMES, eventChannel, requestChannel } from '../../electron/ipc/channels';
import { reply, startLoopback } from '../fixtures/recording-loopback-server';

const electron = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('electron', async () => {
  const { standInElectron } = await import('../fixtures/stand-in-electron-module');
  const userData = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/authid-main-`);
  const module = standInElectron(userData, process.cwd());
  electron.current = module;
  return { default: module, ...module };
});

type StandIn = import('../fixtures/stand-in-electron-module').StandInElectron;
const standIn = () => electron.current as StandIn;
const AUTHID = '0123456789abcdef0123456789abcd:Pa55-word_with.chars!';
/** main.ts wires real services on a stand-in Electron; only its effects can be watched, so with room. */
const WAIT = { timeout: 10_000 };

let userData: string;
beforeAll(async () => {
  process.env.AUTHID_MANAGER_TEST_HOOKS = '1';
  delete process.env.ELECTRON_RENDERER_URL;
  process.env.XDG_CONFIG_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'authid-xdg-'));
  await import('../../electron/main');
  await vi.waitFor(() => expect(standIn().Tray.created).toHaveLength(1), WAIT);
  userData = standIn().app.getPath();
});
afterAll(() => {
  fs.rmSync(userData, { recursive: true, force: true });
});

function windowEvent(url?: string) {
  const win = standIn().BrowserWindow.created[0]!;
  return { sender: { id: win.webContents.id }, senderFrame: { parent: null, url: url ?? win.loadedUrl } };
}

const invoke = (name: string, payload: unknown, event = windowEvent()) => standIn().ipcMain.handlers.get(requestChannel(name as never))!(event, payload);

describe('main.ts composition', () => {
  it('opens one window with the checklist options on the app page, and shows it', () => {
    const [win] = standIn().BrowserWindow.created;
    expect(standIn().BrowserWindow.created).toHaveLength(1);
    const preload = (win!.options.webPreferences as { preload: string }).preload;
    expect(win!.options).toEqual(mainWindowOptions(preload, false));
    expect(preload).toMatch(/preload[/\\]preload\.cjs$/);
    expect(win!.loadedUrl).toBe('app://authid-manager/index.html');
    expect(win!.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(standIn().session.defaultSession.permissionHandlers).toBe(1);
  });

  it('registers exactly one IPC handler per request, answering only the window', async () => {
    expect([...standIn().ipcMain.handlers.keys()].sort()).toEqual(REQUEST_NAMES.map((name) => requestChannel(name)).sort());
    expect(await invoke('getState', undefined)).toMatchObject({ ok: true, value: { authIds: [], logins: [] } });
    expect(await invoke('getState', undefined, windowEvent('https://evil.example/'))).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await invoke('rename', { id: 42 })).toMatchObject({ ok: false });
  });

  it('a pasted AuthID is stored as safeStorage ciphertext only, reaches the tray and is pushed to the window', async () => {
    expect(await invoke('savePaste', { text: AUTHID, label: 'Laptop' })).toMatchObject({ ok: false });
    expect(await invoke('addServer', { baseUrl: 'http://127.0.0.1:9' })).toMatchObject({ ok: true });
    const pasted = await invoke('savePaste', { text: `dropbox://Backups?authid=${encodeURIComponent(AUTHID)}&oauth-url=${encodeURIComponent('http://127.0.0.1:9/refresh')}`, label: 'Laptop' });
    expect(pasted).toMatchObject({ ok: true });
    await vi.waitFor(() => {
      const file = fs.readdirSync(userData).find((name) => name.startsWith('vault'));
      expect(file).toBeDefined();
      const text = fs.readFileSync(path.join(userData, file!), 'utf8');
      expect(text).toContain('Laptop');
      expect(text).not.toContain('Pa55-word');
    }, WAIT);
    const win = standIn().BrowserWindow.created[0]!;
    await vi.waitFor(() => expect(win.webContents.sent.some((m) => m.channel === eventChannel('stateChanged'))).toBe(true), WAIT);
    expect(JSON.stringify(win.webContents.sent)).not.toContain('Pa55-word');
    const tray = standIn().Tray.created[0]!;
    expect(fs.existsSync((tray.image as { path: string }).path)).toBe(true);
    await vi.waitFor(() => expect(tray.toolTip).toMatch(/^AuthID Manager\n?.*1 AuthID/s), WAIT);
    expect(JSON.stringify(tray.menu?.template)).toContain('Laptop');
  });

  it('copying from main writes the clipboard; the window gets only a time', async () => {
    const [id] = (await invoke('getState', undefined) as { value: { authIds: { id: string }[] } }).value.authIds.map((a) => a.id);
    const copied = await invoke('copyAuthId', { id });
    expect(copied).toMatchObject({ ok: true, value: { clearsAt: expect.any(String) } });
    expect(standIn().clipboardState.text).toBe(AUTHID);
    expect(standIn().clipboardState.items.flatMap((item) => item.types)).toEqual(Object.keys({ 'text/plain': '', ...exclusionFormats(process.platform) }));
  });

  it('every window the app creates (the app window, a login window) carries the security checklist', async () => {
    // An AuthID server's index page, just enough for a login to start: one button.
    const loopback = await startLoopback((_req, res) => reply(res, 200, { body: '<a class="provider" href="/login?id=dropbox">Dropbox</a>' }));
    const baseUrl = loopback.server.baseUrl;
    expect(await invoke('addServer', { baseUrl })).toMatchObject({ ok: true });
    const started = await invoke('startLogin', { provider: 'dropbox', serverBaseUrl: baseUrl });
    expect(started).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(standIn().BrowserWindow.created).toHaveLength(2), WAIT);
    await loopback.close();
    const login = standIn().BrowserWindow.created[1]!;
    expect(login.loadedUrl).toBe(`${baseUrl}/login?id=dropbox`);
    // The index page registered the login's fetch token before the window opened.
    expect(loopback.requests.map((r) => r.url)).toContainEqual(expect.stringMatching(/^\/\?type=dropbox&token=[\w-]{32,}$/));
    expect((login.options.webPreferences as { partition: string }).partition).not.toMatch(/^persist:/);
    expect(login.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    for (const win of standIn().BrowserWindow.created) {
      expect(win.options.webPreferences).toMatchObject(WINDOW_CHECKLIST);
      expect(win.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    }
    expect((standIn().BrowserWindow.created[1]!.options.webPreferences as object)).not.toHaveProperty('preload');
    const { loginId } = (started as { value: { loginId: string } }).value;
    expect(await invoke('cancelLogin', { loginId })).toMatchObject({ ok: true });
  });

  it('serves the page from the app scheme, with the CSP as a header, and nothing outside the renderer folder', async () => {
    expect(standIn().protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    const serve = standIn().protocol.handlers.get('app')!;
    const page = await serve(new Request('app://authid-manager/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await page.text()).toContain('<div id="root">');
    for (const url of ['app://authid-manager/../../etc/passwd', 'app://authid-manager/%2e%2e/%2e%2e/etc/passwd', 'app://other-host/index.html']) {
      const answer = await serve(new Request(url));
      expect(answer.status, url).toBe(404);
      expect(answer.headers.get('content-security-policy'), url).toBe(RENDERER_CSP);
    }
  });

  it('the window may not navigate away from the app page', () => {
    const win = standIn().BrowserWindow.created[0]!;
    const navigate = (url: string) => {
      let prevented = false;
      win.webContents.emit('will-navigate', { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('app://authid-manager/index.html#settings')).toBe(false);
    for (const url of ['https://evil.example/', 'app://evil/index.html', 'app://authid-manager/assets/x.html', 'file:///etc/passwd']) {
      expect(navigate(url), url).toBe(true);
    }
  });

  it('an unpackaged build has our own menu, with developer tools under View', () => {
    const roles = JSON.stringify(standIn().menus.application?.template);
    expect(roles).toContain('"label":"Edit"');
    expect(roles).toContain('"role":"paste"');
    expect(roles).toContain('"role":"toggleDevTools"');
    expect(globalThis).toHaveProperty('authIdManagerTest');
  });

  it('quitting runs the quit steps, then quits for real', async () => {
    let prevented = false;
    standIn().app.emit('before-quit');
    standIn().app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(standIn().app.quitCalls).toBe(1), WAIT);
    expect(standIn().Tray.created[0]!.destroyed).toBe(true);
    expect(standIn().clipboardState.text).not.toBe(AUTHID);
  });
});
