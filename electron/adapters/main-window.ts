/**
 * The app window: created on demand, hidden rather than destroyed on close, never navigating
 * away from the app's page, with every permission request denied. A screen asked for before the
 * page has loaded is shown once it has.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import type { EventPayloads } from '../ipc/contract';
import { isAppPage } from '../ipc/trusted-sender';
import { sendEvent } from './ipc-main';
import { mainWindowOptions } from './main-window-security';

export interface MainWindowDeps {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly session: Session;
  readonly preloadPath: string;
  /** The page to load: app://authid-manager/index.html, or the dev server's in an unpackaged build. */
  readonly appUrl: string;
  /** A packaged build: no developer tools. */
  readonly packaged: boolean;
  /** Links the page asks to open go to the user's browser (https only is decided by main). */
  readonly openExternal: (url: string) => void;
  /** Called for each new window, e.g. to keep it in the tray on close. */
  readonly onCreated: (window: BrowserWindow) => void;
}

export interface MainWindow {
  /** The window, created if needed. */
  get(): BrowserWindow;
  /** The window's webContents, when one exists (for events and the IPC sender check). */
  contents(): WebContents | undefined;
  /** Shows a screen: now if the page has loaded, else once it has (the last one asked for wins). */
  navigate(navigation: EventPayloads['navigate']): void;
}

function lockDownAppSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createMainWindow(deps: MainWindowDeps): MainWindow {
  lockDownAppSession(deps.session);
  let window: BrowserWindow | undefined;
  let loaded = false;
  let pending: EventPayloads['navigate'] | undefined;
  const create = (): BrowserWindow => {
    const win = new deps.BrowserWindow(mainWindowOptions(deps.preloadPath, deps.packaged));
    loaded = false;
    // A page that is not listening yet would drop the event, so it waits for the load.
    win.webContents.on('did-finish-load', () => {
      if (window !== win) return;
      loaded = true;
      if (pending !== undefined) sendEvent(win.webContents, 'navigate', pending);
      pending = undefined;
    });
    win.webContents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) deps.openExternal(url);
      return { action: 'deny' };
    });
    // The page may not navigate anywhere: every link leaves through main's openExternal.
    win.webContents.on('will-navigate', (event) => {
      if (!isAppPage(event.url, deps.appUrl)) event.preventDefault();
    });
    win.webContents.on('will-attach-webview', (event) => event.preventDefault());
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (window === win) window = undefined;
    });
    void win.loadURL(deps.appUrl);
    deps.onCreated(win);
    return win;
  };
  const contents = () => (window === undefined || window.isDestroyed() ? undefined : window.webContents);
  return {
    get: () => {
      if (window === undefined || window.isDestroyed()) window = create();
      return window;
    },
    contents,
    navigate: (navigation) => {
      const target = contents();
      if (target !== undefined && loaded) sendEvent(target, 'navigate', navigation);
      else pending = navigation;
    },
  };
}
