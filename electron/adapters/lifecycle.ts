/**
 * Small lifecycle pieces main.ts wires together: one instance, close-to-tray, an orderly quit,
 * a hidden start, and the macOS Dock icon that shows only while the window does.
 */
import type { LoginItemSettings } from 'electron';
import { wantsHiddenStart } from '../services/autostart';

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
}

/**
 * Takes the single-instance lock. Returns false (and quits) when another instance holds it.
 * A later launch calls `onSecondLaunch`, except a `--hidden` one (a login item firing while the
 * app already runs), which should not pop the window up.
 */
export function claimSingleInstance(app: SingleInstanceApp, onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => {
    if (!wantsHiddenStart(argv)) onSecondLaunch();
  });
  return true;
}

/** Whether this launch starts in the tray: `--hidden`, or on macOS a login-item launch. */
export function launchedHidden(
  app: { getLoginItemSettings(): Pick<LoginItemSettings, 'wasOpenedAtLogin'> },
  platform: NodeJS.Platform,
  argv: readonly string[],
): boolean {
  return wantsHiddenStart(argv, platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true);
}

export interface RevealableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings the window to the front, from minimized or hidden. */
export function revealWindow(window: RevealableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
  minimize(): void;
}

/**
 * Closing the window keeps the app running in the tray, unless the app is quitting. Where no tray
 * icon is visible the window minimizes instead, so it stays reachable while checks go on.
 */
export function keepInTrayOnClose(
  window: ClosableWindow,
  when: { readonly isQuitting: () => boolean; readonly trayVisible: () => boolean },
): void {
  window.on('close', (event) => {
    if (when.isQuitting()) return;
    event.preventDefault();
    if (when.trayVisible()) window.hide();
    else window.minimize();
  });
}

/** Without this listener Electron quits when the last window closes. */
export function stayAliveWithoutWindows(app: { on(event: 'window-all-closed', listener: () => void): unknown }): void {
  app.on('window-all-closed', () => undefined);
}

export interface QuitApp {
  on(event: 'before-quit', listener: () => void): unknown;
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

interface QuitStep {
  readonly name: string;
  run(): Promise<void> | void;
}

export interface QuitSequence {
  /** True from the moment a quit starts (for `keepInTrayOnClose`). */
  isQuitting(): boolean;
  /**
   * The steps to run at quit, in order. Given once the things they stop exist, so main.ts can
   * install the sequence (which the window needs) before it builds them.
   */
  runAtQuit(steps: readonly QuitStep[]): void;
}

/**
 * Runs the steps (stop background work, flush the store…) one after another before the app
 * exits. A step that fails or hangs past `stepTimeoutMs` is reported and skipped: quitting wins.
 */
export function installQuitSequence(
  app: QuitApp,
  options: { readonly onError: (error: unknown, step: string) => void; readonly stepTimeoutMs?: number },
): QuitSequence {
  let quitting = false;
  let steps: readonly QuitStep[] = [];
  let state: 'idle' | 'running' | 'done' = 'idle';
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'running') return;
    state = 'running';
    quitting = true;
    void runSteps(steps, options.stepTimeoutMs ?? 5000, options.onError).then(() => {
      state = 'done';
      app.quit();
    });
  });
  return {
    isQuitting: () => quitting,
    runAtQuit: (given) => {
      steps = given;
    },
  };
}

async function runSteps(steps: readonly QuitStep[], timeoutMs: number, onError: (error: unknown, step: string) => void): Promise<void> {
  for (const step of steps) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`"${step.name}" took longer than ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.resolve().then(() => step.run()), timeout]);
    } catch (error) {
      onError(error, step.name);
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface DockApp {
  readonly dock?: { hide(): void; show(): Promise<void> } | undefined;
}

export interface DockWindow {
  on(event: 'show' | 'hide' | 'closed', listener: () => void): unknown;
}

/**
 * macOS: no Dock icon while only the tray shows. Call with no window for a hidden start, and
 * with each window so the Dock icon follows it.
 */
export function dockFollowsWindow(app: DockApp, platform: NodeJS.Platform, window?: DockWindow): void {
  const dock = platform === 'darwin' ? app.dock : undefined;
  if (!dock) return;
  if (!window) {
    dock.hide();
    return;
  }
  window.on('show', () => {
    dock.show().catch(() => undefined);
  });
  window.on('hide', () => dock.hide());
  window.on('closed', () => dock.hide());
}
