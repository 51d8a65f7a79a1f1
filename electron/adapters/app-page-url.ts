/**
 * Which page the app window shows. A packaged app always shows its own (app://authid-manager/):
 * whoever can set the environment must not be able to point the privileged window, and the IPC
 * sender check that trusts it, at another page. Only an unpackaged build (npm start, with
 * electron-vite's dev server) honours ELECTRON_RENDERER_URL, and only on this computer.
 */
import { isLoopbackHost } from '../services/servers';
import { APP_PAGE_URL } from './app-protocol';

export function appPageUrl(options: { readonly isPackaged: boolean; readonly devServerUrl: string | undefined }): string {
  if (options.isPackaged || options.devServerUrl === undefined) return APP_PAGE_URL;
  try {
    const url = new URL(options.devServerUrl);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname)) return url.href;
  } catch {
    // Not a URL: the app's own page instead.
  }
  return APP_PAGE_URL;
}
