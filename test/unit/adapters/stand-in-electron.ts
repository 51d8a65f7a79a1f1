/**
 * A hand-written stand-in for the pieces of `electron` the login window adapter uses: it records
 * what it was given and lets a test fire the events Electron would.
 */
import type { BrowserWindowConstructorOptions, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import type {
  HeadersDetails,
  LoginBrowserWindow,
  LoginSession,
  LoginWebContents,
  LoginWindowElectron,
  NavigationEvent,
} from '../../../electron/adapters/login-window';

type Listener = (...args: never[]) => void;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }
}

export class StandInSession extends Emitter implements LoginSession {
  requestHandler?: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  checkHandler?: () => boolean;
  deviceHandler?: () => boolean;
  cleared = 0;
  setPermissionRequestHandler(handler: NonNullable<StandInSession['requestHandler']>): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: () => boolean): void {
    this.deviceHandler = handler;
  }
  async clearStorageData(): Promise<void> {
    this.cleared += 1;
  }
  /** The adapter's header listener and the URL patterns it asked for. */
  headersListener?: { filter: { urls: string[] }; listener: (details: HeadersDetails, callback: (response: object) => void) => void };
  readonly webRequest = {
    onHeadersReceived: (filter: { urls: string[] }, listener: (details: HeadersDetails, callback: (response: object) => void) => void): void => {
      this.headersListener = { filter, listener };
    },
  };
  /** Delivers an answer's headers as Electron would; resolves once the listener called back. */
  receiveHeaders(details: HeadersDetails): Promise<object> {
    return new Promise((resolve) => this.headersListener?.listener(details, resolve));
  }
}

export class StandInWebContents extends Emitter implements LoginWebContents {
  openHandler?: (details: HandlerDetails) => WindowOpenHandlerResponse;
  /** What the page's isolated world would answer to the adapter's script. */
  pageAnswer: unknown = null;
  readonly scripts: { worldId: number; code: string }[] = [];
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  async executeJavaScriptInIsolatedWorld(worldId: number, scripts: { code: string }[]): Promise<unknown> {
    for (const script of scripts) this.scripts.push({ worldId, code: script.code });
    return this.pageAnswer;
  }
  /** Fires a navigation event the way Electron does; answers whether it was prevented. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'did-redirect-navigation', url: string, isMainFrame = true): boolean {
    let prevented = false;
    const details: NavigationEvent = { url, isMainFrame, preventDefault: () => (prevented = true) };
    this.emit(event, details);
    return prevented;
  }
}

export class StandInWindow extends Emitter implements LoginBrowserWindow {
  readonly webContents = new StandInWebContents();
  readonly loaded: string[] = [];
  destroyed = false;
  focused = 0;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
  show(): void {}
  focus(): void {
    this.focused += 1;
  }
}

export function standInElectron() {
  const windows: StandInWindow[] = [];
  const sessions = new Map<string, StandInSession>();
  const electron: LoginWindowElectron = {
    BrowserWindow: class extends StandInWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        super(options);
        windows.push(this);
      }
    },
    session: {
      fromPartition: (partition) => {
        const existing = sessions.get(partition) ?? new StandInSession();
        sessions.set(partition, existing);
        return existing;
      },
    },
  };
  return { electron, windows, sessions };
}
