/**
 * The app window's security checklist, written out literally so tests can assert it. It shows
 * only the app's own page; the one preload exposes `window.authids` and nothing else.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
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
    },
  };
}

/** The app page may not navigate anywhere: every link leaves through main's openExternal. */
export function isAllowedAppNavigation(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.origin === app.origin && target.pathname === app.pathname;
  } catch {
    return false;
  }
}
