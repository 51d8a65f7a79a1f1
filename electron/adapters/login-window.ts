/**
 * The login flow's window port on Electron: a sandboxed BrowserWindow in a session of its own.
 * main.ts passes the Electron pieces in, so tests can hand in a stand-in that records what the
 * window was given.
 */
import type { BrowserWindowConstructorOptions, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import type { LoginWindowHandle, LoginWindowPort } from '../services/login';
import { isAllowedLoginNavigation, loginWindowOptions } from './login-window-security';

/** Electron's navigation events carry these (plus more); `preventDefault` stops the navigation. */
export interface NavigationEvent {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

interface LoginWebContents {
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  on(event: 'will-navigate' | 'will-redirect' | 'did-redirect-navigation', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'did-navigate', listener: (event: unknown, url: string, httpResponseCode: number) => void): unknown;
  executeJavaScriptInIsolatedWorld(worldId: number, scripts: { code: string }[]): Promise<unknown>;
}

interface LoginBrowserWindow {
  readonly webContents: LoginWebContents;
  loadURL(url: string): Promise<void>;
  on(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
  show(): void;
  focus(): void;
}

interface LoginSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (event: { preventDefault(): void }) => void): unknown;
  clearStorageData(): Promise<void>;
  readonly webRequest: {
    onHeadersReceived(filter: { urls: string[] }, listener: (details: HeadersDetails, callback: (response: object) => void) => void): void;
  };
}

/** What Electron's `onHeadersReceived` tells about an answer (the part this adapter reads). */
export interface HeadersDetails {
  readonly url: string;
  readonly resourceType: string;
  readonly responseHeaders?: Record<string, string[]>;
}

/** The pieces of the `electron` module this adapter uses. */
export interface LoginWindowElectron {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => LoginBrowserWindow;
  readonly session: { fromPartition(partition: string): LoginSession };
}

/** Not 0 (the page's own world) and not 999 (Electron's preload world). */
export const USER_ID_WORLD_ID = 1001;

/** Runs in an isolated world: the page's scripts cannot see it or change what it reads. */
const READ_USER_ID = `(() => {
  const element = document.getElementById('user-id');
  return { origin: location.origin, text: element === null ? null : element.textContent };
})()`;

/** The page's HTML, capped, read the same way. */
const READ_PAGE_HTML = `(() => ({ origin: location.origin, text: document.documentElement.outerHTML.slice(0, 65536) }))()`;

export function createLoginWindowPort(electron: LoginWindowElectron): LoginWindowPort {
  return {
    open: async (url, options) => {
      if (!isAllowedLoginNavigation(url)) throw new Error('The login page must be served over https (http only on this machine).');
      const session = electron.session.fromPartition(options.partition);
      lockDownSession(session);
      const win = new electron.BrowserWindow(loginWindowOptions(options.partition));
      const contents = win.webContents;

      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
      const guard = (event: NavigationEvent): void => {
        if (!isAllowedLoginNavigation(event.url)) event.preventDefault();
      };
      contents.on('will-navigate', guard);
      contents.on('will-redirect', guard);
      // The server's reason for an error answer rides in X-Reason; the navigation event has only the status.
      const reasons = new Map<string, string>();
      session.webRequest.onHeadersReceived({ urls: options.allowedOrigins.map((origin) => `${origin}/*`) }, (details, callback) => {
        const reason = headerValue(details.responseHeaders, 'x-reason');
        if (details.resourceType === 'mainFrame' && reason !== undefined) reasons.set(details.url, reason);
        callback({});
      });
      contents.on('did-navigate', (_event, navigatedTo, status) => {
        const reason = reasons.get(navigatedTo);
        reasons.clear();
        options.onNavigated({ url: navigatedTo, status, ...(reason === undefined ? {} : { reason }) });
      });
      contents.on('did-redirect-navigation', (event) => {
        if (event.isMainFrame) options.onNavigated({ url: event.url });
      });
      win.on('closed', () => {
        // The partition is in memory only; drop its cookies now rather than at quit.
        void session.clearStorageData().catch(() => undefined);
        options.onClosed();
      });

      // A page that fails to load shows Chromium's error page in the window, which says enough.
      win.loadURL(url).catch(() => undefined);

      const readInPage = async (code: string): Promise<string | null> => {
        if (win.isDestroyed()) return null;
        const read = await contents.executeJavaScriptInIsolatedWorld(USER_ID_WORLD_ID, [{ code }]).catch(() => null);
        return textFrom(read, options.allowedOrigins);
      };
      const handle: LoginWindowHandle = {
        readUserIdText: () => readInPage(READ_USER_ID),
        readPageHtml: () => readInPage(READ_PAGE_HTML),
        close: () => {
          // destroy(), not close(): a page's beforeunload must not keep the window open.
          if (!win.isDestroyed()) win.destroy();
        },
        focus: () => {
          if (win.isDestroyed()) return;
          win.show();
          win.focus();
        },
      };
      return handle;
    },
  };
}

function lockDownSession(session: LoginSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

/** The page's answer counts only when it came from an allowed origin (the AuthID server). */
function textFrom(read: unknown, allowedOrigins: readonly string[]): string | null {
  if (typeof read !== 'object' || read === null) return null;
  const { origin, text } = read as { origin?: unknown; text?: unknown };
  if (typeof origin !== 'string' || !allowedOrigins.includes(origin)) return null;
  return typeof text === 'string' ? text : null;
}

function headerValue(headers: Record<string, string[]> | undefined, name: string): string | undefined {
  const found = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
  const value = found?.[1].join(', ').trim();
  return value === undefined || value === '' ? undefined : value;
}
