/**
 * A hand-written stand-in for the whole `electron` module as main.ts and electron-store use it,
 * so the composition root can run in Node: it records windows, IPC handlers, the tray and what
 * was sent, and lets a test fire app events. Nothing here is auto-mocked.
 */
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
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
}

class StandInBrowserWindow extends Emitter {
  static readonly created: StandInBrowserWindow[] = [];
  static getAllWindows(): StandInBrowserWindow[] {
    return StandInBrowserWindow.created;
  }
  readonly webContents = new StandInWebContents();
  loadedUrl: string | undefined;
  visible = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    StandInBrowserWindow.created.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {}
  minimize(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
  destroy(): void {}
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

const permissionSession = () => ({
  permissionHandlers: 0,
  setPermissionRequestHandler() {
    this.permissionHandlers += 1;
  },
  setPermissionCheckHandler() {},
  setDevicePermissionHandler() {},
  on() {},
  clearStorageData: async () => undefined,
  webRequest: { onHeadersReceived() {} },
});

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
  return {
    app,
    BrowserWindow: StandInBrowserWindow,
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
    session: { defaultSession: permissionSession(), fromPartition: () => permissionSession() },
    // Every file dialog is cancelled: the composition tests choose no files.
    dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }), showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    shell: { opened, openExternal: async (url: string) => void opened.push(url), openPath: async () => '' },
    clipboardState,
  };
}

export type StandInElectron = ReturnType<typeof standInElectron>;
