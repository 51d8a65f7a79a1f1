import { describe, expect, it } from 'vitest';
import { isAppPage, isTrustedSender } from '../../../electron/ipc/trusted-sender';

const app = 'app://authid-manager/index.html';

describe('isTrustedSender', () => {
  it('accepts the main frame of the app window showing the app page', () => {
    expect(isTrustedSender({ webContentsId: 3, isMainFrame: true, frameUrl: `${app}#/settings` }, 3, app)).toBe(true);
    expect(isTrustedSender({ webContentsId: 3, isMainFrame: true, frameUrl: 'http://localhost:5173/' }, 3, 'http://localhost:5173/')).toBe(true);
  });

  it.each([
    ['another webContents (e.g. the login window)', { webContentsId: 4, isMainFrame: true, frameUrl: app }, 3],
    ['a subframe', { webContentsId: 3, isMainFrame: false, frameUrl: app }, 3],
    ['a navigated-away page', { webContentsId: 3, isMainFrame: true, frameUrl: 'https://evil.example/' }, 3],
    ['a local file', { webContentsId: 3, isMainFrame: true, frameUrl: 'file:///tmp/evil.html' }, 3],
    ['another host on the app scheme', { webContentsId: 3, isMainFrame: true, frameUrl: 'app://evil/index.html' }, 3],
    ['another page of the app scheme', { webContentsId: 3, isMainFrame: true, frameUrl: 'app://authid-manager/assets/x.html' }, 3],
    ['no window yet', { webContentsId: 3, isMainFrame: true, frameUrl: app }, undefined],
    ['an unparsable url', { webContentsId: 3, isMainFrame: true, frameUrl: 'not a url' }, 3],
    ['a frame without url', { webContentsId: 3, isMainFrame: true, frameUrl: undefined }, 3],
  ])('refuses %s', (_name, sender, windowId) => {
    expect(isTrustedSender(sender, windowId, app)).toBe(false);
  });
});

describe('isAppPage (sender and navigation checks)', () => {
  it('compares scheme, host with port and path exactly; query and fragment may differ', () => {
    expect(isAppPage(`${app}?x=1#settings`, app)).toBe(true);
    expect(isAppPage('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    for (const url of [
      'app://authid-manager/other.html',
      'app://authid-manager.evil/index.html',
      'app://evil/index.html',
      'evil://authid-manager/index.html',
      'file:///index.html',
      'http://localhost:5173/other',
      'http://localhost:5174/',
      'http://user@localhost:5173/',
      'not a url',
    ]) {
      expect(isAppPage(url, url.startsWith('http') ? 'http://localhost:5173/' : app), url).toBe(false);
    }
  });
});
