import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  claimSingleInstance,
  dockFollowsWindow,
  installQuitSequence,
  keepInTrayOnClose,
  launchedHidden,
  revealWindow,
  stayAliveWithoutWindows,
  type ClosableWindow,
  type DockApp,
  type DockWindow,
  type QuitApp,
  type RevealableWindow,
  type SingleInstanceApp,
} from '../../../electron/adapters/lifecycle';

/** An event with Electron's preventDefault(). */
class StandInEvent {
  defaultPrevented = false;
  preventDefault() {
    this.defaultPrevented = true;
  }
}

/** Electron's app as far as these helpers go; `quit()` emits before-quit and will-quit like Electron. */
class StandInApp extends EventEmitter {
  lock = true;
  quitCalls = 0;
  exited = false;
  requestSingleInstanceLock() {
    return this.lock;
  }
  quit() {
    this.quitCalls += 1;
    this.emit('before-quit', new StandInEvent());
    const event = new StandInEvent();
    this.emit('will-quit', event);
    if (event.defaultPrevented) return;
    this.exited = true;
    this.emit('exited');
  }
  /** Resolves once a quit went through (will-quit not prevented). */
  whenExited(): Promise<void> {
    return this.exited ? Promise.resolve() : new Promise((resolve) => this.once('exited', () => resolve()));
  }
}

class StandInWindow extends EventEmitter {
  visible = true;
  minimized = false;
  log: string[] = [];
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
    this.log.push('restore');
  }
  show() {
    this.visible = true;
    this.log.push('show');
  }
  focus() {
    this.log.push('focus');
  }
  hide() {
    this.visible = false;
    this.log.push('hide');
  }
  minimize() {
    this.minimized = true;
    this.log.push('minimize');
  }
  /** What Electron does when the user closes the window: emit 'close', close unless prevented. */
  userCloses(): boolean {
    const event = new StandInEvent();
    this.emit('close', event);
    return !event.defaultPrevented;
  }
}

describe('types', () => {
  it('fit Electron’s real app and BrowserWindow (checked by the compiler)', () => {
    const fits: [
      App extends SingleInstanceApp & QuitApp & DockApp ? true : false,
      BrowserWindow extends RevealableWindow & ClosableWindow & DockWindow ? true : false,
    ] = [true, true];
    expect(fits).toEqual([true, true]);
  });
});

describe('claimSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    const app = new StandInApp();
    app.lock = false;
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quitCalls).toBe(1);
  });

  it('calls back on a second launch, but not for a --hidden one (a login item firing late)', () => {
    const app = new StandInApp();
    let revealed = 0;
    expect(claimSingleInstance(app, () => (revealed += 1))).toBe(true);
    app.emit('second-instance', new StandInEvent(), ['/opt/app/authid-manager'], '/home/me', {});
    app.emit('second-instance', new StandInEvent(), ['/opt/app/authid-manager', '--hidden'], '/home/me', {});
    expect(revealed).toBe(1);
    expect(app.quitCalls).toBe(0);
  });
});

describe('launchedHidden', () => {
  const loginItems = (wasOpenedAtLogin: boolean) => ({ getLoginItemSettings: () => ({ wasOpenedAtLogin }) });

  it('reads --hidden, and on macOS a login-item launch', () => {
    expect(launchedHidden(loginItems(false), 'linux', ['/usr/bin/authid-manager', '--hidden'])).toBe(true);
    expect(launchedHidden(loginItems(false), 'linux', ['/usr/bin/authid-manager'])).toBe(false);
    expect(launchedHidden(loginItems(true), 'darwin', ['/Applications/AuthID Manager.app/Contents/MacOS/AuthID Manager'])).toBe(true);
    expect(launchedHidden(loginItems(true), 'win32', ['C:\\app.exe'])).toBe(false);
  });
});

describe('revealWindow', () => {
  it('restores a minimized window, shows and focuses it', () => {
    const window = new StandInWindow();
    window.minimized = true;
    window.visible = false;
    revealWindow(window);
    expect(window.log).toEqual(['restore', 'show', 'focus']);
  });
});

describe('keepInTrayOnClose', () => {
  it('hides the window instead of closing it while the tray is there', () => {
    const window = new StandInWindow();
    keepInTrayOnClose(window, { isQuitting: () => false, trayVisible: () => true });
    expect(window.userCloses()).toBe(false);
    expect(window.log).toEqual(['hide']);
  });

  it('minimizes instead where no tray icon is visible', () => {
    const window = new StandInWindow();
    keepInTrayOnClose(window, { isQuitting: () => false, trayVisible: () => false });
    expect(window.userCloses()).toBe(false);
    expect(window.log).toEqual(['minimize']);
  });

  it('lets the window close while the app quits', () => {
    const window = new StandInWindow();
    keepInTrayOnClose(window, { isQuitting: () => true, trayVisible: () => true });
    expect(window.userCloses()).toBe(true);
    expect(window.log).toEqual([]);
  });
});

describe('stayAliveWithoutWindows', () => {
  it('listens to window-all-closed, which stops Electron’s default quit', () => {
    const app = new StandInApp();
    stayAliveWithoutWindows(app);
    expect(app.listenerCount('window-all-closed')).toBe(1);
  });
});

describe('installQuitSequence', () => {
  it('runs the steps in order before the app exits, then quits for real', async () => {
    const app = new StandInApp();
    const order: string[] = [];
    const sequence = installQuitSequence(app, { onError: () => undefined });
    sequence.runAtQuit([
      { name: 'stop refresher', run: async () => void order.push('stop refresher') },
      { name: 'flush store', run: () => void order.push('flush store') },
    ]);
    expect(sequence.isQuitting()).toBe(false);
    app.quit();
    expect(sequence.isQuitting()).toBe(true);
    expect(app.exited).toBe(false);
    await app.whenExited();
    expect(order).toEqual(['stop refresher', 'flush store']);
    expect(app.exited).toBe(true);
    expect(app.quitCalls).toBe(2);
  });

  it('a failing or hanging step is reported and skipped: quitting wins', async () => {
    const app = new StandInApp();
    const errors: string[] = [];
    let flushed = false;
    installQuitSequence(app, {
      onError: (error, step) => errors.push(`${step}: ${error instanceof Error ? error.message : String(error)}`),
      stepTimeoutMs: 1,
    }).runAtQuit([
      { name: 'broken', run: () => Promise.reject(new Error('disk full')) },
      { name: 'stuck', run: () => new Promise<void>(() => undefined) },
      { name: 'flush store', run: () => void (flushed = true) },
    ]);
    app.quit();
    await app.whenExited();
    expect(errors).toEqual(['broken: disk full', 'stuck: "stuck" took longer than 1 ms']);
    expect(flushed).toBe(true);
  });

  it('a second quit while the steps run does not run them twice', async () => {
    const app = new StandInApp();
    let runs = 0;
    installQuitSequence(app, { onError: () => undefined }).runAtQuit([{ name: 'count', run: () => void (runs += 1) }]);
    app.quit();
    app.quit();
    await app.whenExited();
    expect(runs).toBe(1);
    expect(app.exited).toBe(true);
  });

  it('runs the steps given last; a quit before any were given still quits', async () => {
    const early = new StandInApp();
    installQuitSequence(early, { onError: () => undefined });
    early.quit();
    await early.whenExited();
    expect(early.exited).toBe(true);

    const app = new StandInApp();
    const ran: string[] = [];
    const sequence = installQuitSequence(app, { onError: () => undefined });
    sequence.runAtQuit([{ name: 'first', run: () => void ran.push('first') }]);
    sequence.runAtQuit([{ name: 'second', run: () => void ran.push('second') }]);
    app.quit();
    await app.whenExited();
    expect(ran).toEqual(['second']);
  });
});

describe('dockFollowsWindow', () => {
  function standInDockApp() {
    const calls: string[] = [];
    return { calls, app: { dock: { hide: () => void calls.push('hide'), show: async () => void calls.push('show') } } };
  }

  it('on macOS hides the Dock icon for a tray-only start and follows the window', async () => {
    const { app, calls } = standInDockApp();
    dockFollowsWindow(app, 'darwin');
    const window = new StandInWindow();
    dockFollowsWindow(app, 'darwin', window);
    window.emit('show');
    window.emit('hide');
    window.emit('show');
    window.emit('closed');
    expect(calls).toEqual(['hide', 'show', 'hide', 'show', 'hide']);
  });

  it('does nothing elsewhere', () => {
    const { app, calls } = standInDockApp();
    const window = new StandInWindow();
    dockFollowsWindow(app, 'win32');
    dockFollowsWindow(app, 'linux', window);
    window.emit('show');
    expect(calls).toEqual([]);
  });
});
