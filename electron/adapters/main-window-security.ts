/**
 * The app window's security checklist, written out literally so tests can assert it. It shows
 * only the app's own page; the one preload exposes `window.authids` and nothing else. The login
 * window's list repeats these lines on purpose (see login-window-security.ts).
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** `packaged`: no developer tools (an unpackaged build keeps them for development). */
export function mainWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 420,
    height: 640,
    minWidth: 360,
    minHeight: 480,
    show: false,
    title: 'AuthID Manager',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}
