import type { BrowserWindow, session } from 'electron';
import { WINDOW_CHECKLIST } from '../../fixtures/window-checklist';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createLoginWindowPort, USER_ID_WORLD_ID, type LoginWindowElectron } from '../../../electron/adapters/login-window';
import { isAllowedLoginNavigation, loginWindowOptions } from '../../../electron/adapters/login-window-security';
import type { LoginNavigation } from '../../../electron/services/login';
import { standInElectron } from '../../fixtures/stand-in-electron-module';

const SERVER = 'http://127.0.0.1:8080';

/** The stand-in as the adapter takes it, with the windows and sessions it made. */
function loginElectron() {
  const module = standInElectron('/stand-in/user-data', '/stand-in/app');
  const electron: LoginWindowElectron = module;
  return { electron, windows: module.BrowserWindow.created, sessions: module.sessions };
}

async function openWindow(url = `${SERVER}/?type=dropbox&token=t`) {
  const { electron, windows, sessions } = loginElectron();
  const navigated: LoginNavigation[] = [];
  let closed = 0;
  const handle = await createLoginWindowPort(electron).open(url, {
    partition: 'login-1',
    allowedOrigins: [SERVER],
    onNavigated: (to) => navigated.push(to),
    onClosed: () => (closed += 1),
  });
  const win = windows[0];
  const ses = sessions.get('login-1');
  if (win === undefined || ses === undefined) throw new Error('no window or session was made');
  return { handle, win, ses, navigated, closed: () => closed };
}

describe('login window options', () => {
  it('spell out the security checklist literally', () => {
    expect(loginWindowOptions('login-abc').webPreferences).toEqual({
      partition: 'login-abc',
      ...WINDOW_CHECKLIST,
    });
    const prefs = loginWindowOptions('login-abc').webPreferences ?? {};
    expect('preload' in prefs).toBe(false);
    expect('enableBlinkFeatures' in prefs).toBe(false);
  });

  it('refuse a persistent or shared session', () => {
    expect(() => loginWindowOptions('persist:login')).toThrow(/non-persistent/);
    expect(() => loginWindowOptions('')).toThrow(/non-persistent/);
  });

  it('are what the window is built with, in the partition the login asked for', async () => {
    const { win } = await openWindow();
    expect(win.options).toEqual(loginWindowOptions('login-1'));
    expect(win.loaded).toEqual([`${SERVER}/?type=dropbox&token=t`]);
  });
});

describe('navigation rule', () => {
  it.each([
    ['https://www.dropbox.com/oauth2/authorize?x=1', true],
    ['https://duplicati-oauth-handler.appspot.com/logged-in', true],
    ['http://127.0.0.1:8080/logged-in', true],
    ['http://127.5.6.7/', true],
    ['http://localhost:3000/', true],
    ['http://[::1]:9000/', true],
    ['http://example.com/', false],
    ['http://127.0.0.1.example.com/', false],
    ['http://localhost.example.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://example.com/', false],
    ['not a url', false],
  ])('%s -> %s', (url, allowed) => {
    expect(isAllowedLoginNavigation(url)).toBe(allowed);
  });
});

describe('login window adapter', () => {
  it('takes the real Electron pieces', () => {
    expectTypeOf<{ BrowserWindow: typeof BrowserWindow; session: typeof session }>().toExtend<LoginWindowElectron>();
  });

  it('denies window.open', async () => {
    const { win } = await openWindow();
    expect(win.webContents.openHandler?.({ url: 'https://evil.example/', frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } } as never)).toEqual({ action: 'deny' });
  });

  it('lets https and loopback http through and stops everything else, on navigation and on redirect', async () => {
    const { win } = await openWindow();
    for (const event of ['will-navigate', 'will-redirect'] as const) {
      expect(win.webContents.navigate(event, 'https://accounts.google.com/o/oauth2/auth')).toBe(false);
      expect(win.webContents.navigate(event, 'http://127.0.0.1:8080/logged-in?code=x')).toBe(false);
      expect(win.webContents.navigate(event, 'http://example.com/login')).toBe(true);
      expect(win.webContents.navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(win.webContents.navigate(event, 'javascript:alert(1)')).toBe(true);
    }
  });

  it('refuses to open on a remote http address', async () => {
    const { electron, windows } = loginElectron();
    const port = createLoginWindowPort(electron);
    const options = { partition: 'login-2', allowedOrigins: [], onNavigated: () => undefined, onClosed: () => undefined };
    await expect(port.open('http://example.com/?type=dropbox', options)).rejects.toThrow(/https/);
    expect(windows).toHaveLength(0);
  });

  it('denies every permission request and check, device access and downloads', async () => {
    const { ses } = await openWindow();
    const answers: boolean[] = [];
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal']) {
      ses.requestHandler?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(ses.checkHandler?.()).toBe(false);
    expect(ses.deviceHandler?.()).toBe(false);
    let prevented = false;
    ses.emit('will-download', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('reports main-frame navigations and redirects, not subframe redirects', async () => {
    const { win, navigated } = await openWindow();
    win.webContents.emit('did-navigate', {}, `${SERVER}/logged-in?code=1`, 200, 'OK');
    win.webContents.navigate('did-redirect-navigation', 'https://provider.example/authorize');
    win.webContents.navigate('did-redirect-navigation', 'https://ads.example/frame', false);
    expect(navigated).toEqual([{ url: `${SERVER}/logged-in?code=1`, status: 200 }, { url: 'https://provider.example/authorize' }]);
  });

  it('reports the server’s X-Reason with the navigation it belongs to, asking only for the server’s answers', async () => {
    const { win, ses: session, navigated } = await openWindow();
    expect(session.headersListener?.filter).toEqual({ urls: [`${SERVER}/*`] });
    const page = `${SERVER}/logged-in?code=2`;
    expect(await session.receiveHeaders({ url: page, resourceType: 'mainFrame', responseHeaders: { 'X-Reason': ['Authentication provider for Box gave error: x'] } })).toEqual({});
    await session.receiveHeaders({ url: `${SERVER}/style.css`, resourceType: 'stylesheet', responseHeaders: { 'X-Reason': ['not this one'] } });
    win.webContents.emit('did-navigate', {}, page, 500, 'Internal Server Error');
    win.webContents.emit('did-navigate', {}, `${SERVER}/logged-in?code=3`, 200, 'OK');
    expect(navigated).toEqual([
      { url: page, status: 500, reason: 'Authentication provider for Box gave error: x' },
      { url: `${SERVER}/logged-in?code=3`, status: 200 },
    ]);
  });

  it('reads the page’s HTML in the isolated world, only from an allowed origin', async () => {
    const { handle, win } = await openWindow();
    win.webContents.pageAnswer = { origin: SERVER, text: '<html><body>Error: Invalid CLI token</body></html>' };
    expect(await handle.readPageHtml()).toBe('<html><body>Error: Invalid CLI token</body></html>');
    expect(win.webContents.scripts[0]).toMatchObject({ worldId: USER_ID_WORLD_ID, code: expect.stringContaining('outerHTML') });
    win.webContents.pageAnswer = { origin: 'https://provider.example', text: '<html></html>' };
    expect(await handle.readPageHtml()).toBeNull();
  });

  it('reads #user-id in an isolated world, only from an allowed origin', async () => {
    const { handle, win } = await openWindow();
    win.webContents.pageAnswer = { origin: SERVER, text: 'abc:def' };
    expect(await handle.readUserIdText()).toBe('abc:def');
    expect(win.webContents.scripts[0]?.worldId).toBe(USER_ID_WORLD_ID);
    expect(win.webContents.scripts[0]?.code).toContain("getElementById('user-id')");

    win.webContents.pageAnswer = { origin: 'https://provider.example', text: 'abc:def' };
    expect(await handle.readUserIdText()).toBeNull();
    win.webContents.pageAnswer = { origin: SERVER, text: null };
    expect(await handle.readUserIdText()).toBeNull();
  });

  it('closes for good, once, and forgets the session’s data', async () => {
    const { handle, win, ses, closed } = await openWindow();
    handle.close();
    handle.close();
    expect(win.destroyed).toBe(true);
    expect(closed()).toBe(1);
    expect(ses.cleared).toBe(1);
    expect(await handle.readUserIdText()).toBeNull();
  });

  it('reports a window the user closed', async () => {
    const { win, closed } = await openWindow();
    win.emit('closed');
    expect(closed()).toBe(1);
  });
});
