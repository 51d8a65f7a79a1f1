import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/ipc/trusted-sender';

const fileApp = 'file:///opt/AuthID%20Manager/resources/app.asar/out/renderer/index.html';

describe('isTrustedSender', () => {
  it('accepts the main frame of the app window showing the app page', () => {
    expect(isTrustedSender({ webContentsId: 3, isMainFrame: true, frameUrl: `${fileApp}#/settings` }, 3, fileApp)).toBe(true);
    expect(
      isTrustedSender({ webContentsId: 3, isMainFrame: true, frameUrl: 'http://localhost:5173/x' }, 3, 'http://localhost:5173/'),
    ).toBe(true);
  });

  it.each([
    ['another webContents (e.g. the login window)', { webContentsId: 4, isMainFrame: true, frameUrl: fileApp }, 3],
    ['a subframe', { webContentsId: 3, isMainFrame: false, frameUrl: fileApp }, 3],
    ['a navigated-away page', { webContentsId: 3, isMainFrame: true, frameUrl: 'https://evil.example/' }, 3],
    ['another local file', { webContentsId: 3, isMainFrame: true, frameUrl: 'file:///tmp/evil.html' }, 3],
    ['no window yet', { webContentsId: 3, isMainFrame: true, frameUrl: fileApp }, undefined],
    ['an unparsable url', { webContentsId: 3, isMainFrame: true, frameUrl: 'not a url' }, 3],
    ['a frame without url', { webContentsId: 3, isMainFrame: true, frameUrl: undefined }, 3],
  ])('refuses %s', (_name, sender, windowId) => {
    expect(isTrustedSender(sender, windowId, fileApp)).toBe(false);
  });
});
