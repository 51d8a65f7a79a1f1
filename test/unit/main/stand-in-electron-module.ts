/**
 * The tests' one stand-in for the `electron` module (no test may evaluate the real one): the
 * whole module as main.ts and electron-store use it, so the composition root can run in Node,
 * and the windows and sessions in enough detail for the login window adapter. It records
 * windows, sessions, IPC handlers, the tray and what was sent, and lets a test fire the events
 * Electron would. Hand-written; nothing here is auto-mocked.
 */
import type { BrowserWindowConstructorOptions, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import type { HeadersDetails, NavigationEvent } from '../../../electron/adapters/login-window';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

let nextContentsId = 1;

class StandInWebContents extends Emitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  /** The app's window-open handler; a test passes only the fields it cares about. */
  openHandler?: (details: Partial<HandlerDetails> & { url: string }) => WindowOpenHandlerResponse;
  /** What the page's isolated world would answer to a script. */
  pageAnswer: unknown = null;
  readonly scripts: { worldId: number; code: string }[] = [];
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = (details) => handler(details as HandlerDetails);
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
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

class StandInBrowserWindow extends Emitter {
  readonly webContents = new StandInWebContents();
  readonly loaded: string[] = [];
  visible = false;
  destroyed = false;
  focused = 0;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  get loadedUrl(): string | undefined {
    return this.loaded.at(-1);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.focused += 1;
  }
  minimize(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** As Electron's: the window is gone at once and says so with 'closed'. */
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

/** Each stand-in's own window class, so one stand-in's windows are not another's. */
function browserWindowClass() {
  const created: StandInBrowserWindow[] = [];
  return class BrowserWindow extends StandInBrowserWindow {
    static readonly created = created;
    static getAllWindows(): StandInBrowserWindow[] {
      return created;
    }
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      created.push(this);
    }
  };
}

class StandInTray extends Emitter {
  static readonly created: StandInTray[] = [];
  toolTip = '';
  menu: { template: unknown[] } | null = null;
  destroyed = false;
  constructor(readonly image: unknown) {
    super();
    StandInTray.created.push(this);
  }
  setImage(): void {}
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setContextMenu(menu: { template: unknown[] } | null): void {
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

class StandInNotification extends Emitter {
  static readonly shown: Record<string, unknown>[] = [];
  static isSupported(): boolean {
    return true;
  }
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  show(): void {
    StandInNotification.shown.push(this.options);
  }
}

/** A session: records the handlers the app set, and lets a test deliver an answer's headers. */
class StandInSession extends Emitter {
  requestHandler?: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  checkHandler?: () => boolean;
  deviceHandler?: () => boolean;
  permissionHandlers = 0;
  cleared = 0;
  setPermissionRequestHandler(handler: NonNullable<StandInSession['requestHandler']>): void {
    this.requestHandler = handler;
    this.permissionHandlers += 1;
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
  /** The header listener and the URL patterns it asked for. */
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

/** Electron's ClipboardItem: keeps the MIME types and payloads it was made with. */
class StandInClipboardItem {
  constructor(readonly items: Record<string, string | Blob>) {}
  get types(): string[] {
    return Object.keys(this.items);
  }
}

/** Records the schemes made privileged and the handler each scheme got, so a test can call it. */
function standInProtocol() {
  const privileged: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  const handlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  return {
    privileged,
    handlers,
    registerSchemesAsPrivileged: (schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => void privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => void handlers.set(scheme, handler),
  };
}

// A reversible toy cipher: enough to prove the vault stores only what safeStorage returned.
const SEAL = 'sealed:';

export interface StandInOptions {
  /** As for an installed app: app.isPackaged is true. */
  readonly packaged?: boolean;
}

export function standInElectron(userData: string, appPath: string, options: StandInOptions = {}) {
  const app = Object.assign(new Emitter(), {
    isPackaged: options.packaged ?? false,
    quitCalls: 0,
    getPath: () => userData,
    getAppPath: () => appPath,
    getVersion: () => '0.1.0',
    getName: () => 'AuthID Manager',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    setAppUserModelId: () => undefined,
    getLoginItemSettings: () => ({ openAtLogin: false, wasOpenedAtLogin: false }),
    setLoginItemSettings: () => undefined,
    quit(): void {
      this.quitCalls += 1;
    },
    exit: (code: number) => {
      throw new Error(`app.exit(${code})`);
    },
    dock: undefined,
  });
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const clipboardState = { text: '', items: [] as StandInClipboardItem[] };
  const opened: string[] = [];
  const menus = { application: undefined as { template: unknown[] } | null | undefined };
  const sessions = new Map<string, StandInSession>();
  const fromPartition = (partition: string): StandInSession => sessions.get(partition) ?? sessions.set(partition, new StandInSession()).get(partition)!;
  return {
    app,
    BrowserWindow: browserWindowClass(),
    Tray: StandInTray,
    Notification: StandInNotification,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] } | null) => void (menus.application = menu),
    },
    menus,
    protocol: standInProtocol(),
    ClipboardItem: StandInClipboardItem,
    nativeImage: { createFromPath: (path: string) => ({ path, setTemplateImage: () => undefined }) },
    clipboard: {
      readText: async () => clipboardState.text,
      write: async (items: StandInClipboardItem[]) => {
        clipboardState.items = items;
        const text = items[0]?.items['text/plain'];
        clipboardState.text = typeof text === 'string' ? text : '';
      },
      clear: () => {
        clipboardState.items = [];
        clipboardState.text = '';
      },
    },
    ipcMain: Object.assign(new Emitter(), {
      handlers,
      handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => void handlers.set(channel, handler),
      removeHandler: (channel: string) => void handlers.delete(channel),
    }),
    powerMonitor: new Emitter(),
    net: { isOnline: () => true },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (plain: string) => Buffer.from(SEAL + Buffer.from(plain).toString('hex')),
      decryptStringAsync: async (cipher: Buffer) => ({
        result: Buffer.from(cipher.toString().slice(SEAL.length), 'hex').toString(),
        shouldReEncrypt: false,
      }),
    },
    session: { defaultSession: new StandInSession(), fromPartition },
    /** Every session made with fromPartition, by partition. */
    sessions,
    // Every file dialog is cancelled: the composition tests choose no files.
    dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }), showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    shell: { opened, openExternal: async (url: string) => void opened.push(url), openPath: async () => '' },
    clipboardState,
  };
}

export type StandInElectron = ReturnType<typeof standInElectron>;
