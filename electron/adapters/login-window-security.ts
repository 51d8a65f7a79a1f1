/**
 * The login window's security checklist, written out literally so tests and a later security
 * review can assert it. The window loads remote pages (the AuthID server, then the provider's
 * sign-in pages on other origins), so it gets no Node, no preload, nothing exposed, and a
 * session of its own that dies with it. Its webPreferences repeat the app window's on purpose:
 * each window's checklist reads whole where a reviewer or a scanner looks, not assembled.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { isLoopbackHost } from '../services/servers';

export function loginWindowOptions(partition: string): BrowserWindowConstructorOptions {
  if (partition === '' || partition.startsWith('persist:')) {
    throw new Error('The login window needs a non-persistent session partition of its own.');
  }
  return {
    width: 520,
    height: 720,
    show: true,
    autoHideMenuBar: true,
    webPreferences: {
      partition,
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

/** Only https anywhere (providers sign in on their own origins), plain http only on this machine. */
export function isAllowedLoginNavigation(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
}
