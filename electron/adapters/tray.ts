/**
 * The tray icon and its menu. Main passes Electron's Tray, Menu and nativeImage in, so tests can
 * hand in stand-ins that record calls. Every change rebuilds the menu from the pure model.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { trayIconFile, trayIconState, trayTooltip, type TrayAction, type TrayIconState, type TrayMenuItem } from '../services/tray';
import type { TrayMenuState } from '../app/tray-inputs';
import { buildTrayMenu } from '../app/tray-menu-model';
import { trayBusy, trayStatusLine } from '../app/tray-status-line';

/** The parts of a NativeImage the tray uses. */
export interface TrayImage {
  setTemplateImage(option: boolean): void;
}

/** The parts of Electron's Tray used here (real `Tray` instances fit). */
interface TrayHandle<I extends TrayImage> {
  setImage(image: I): void;
  setToolTip(toolTip: string): void;
  setContextMenu(menu: object | null): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

/** Electron's `Tray` class, `Menu` and `nativeImage` modules (`I` = NativeImage), or stand-ins. */
export interface TrayElectron<I extends TrayImage> {
  readonly Tray: new (image: I) => TrayHandle<I>;
  readonly Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): object };
  readonly nativeImage: { createFromPath(path: string): I };
}

export interface TrayOptions<I extends TrayImage> {
  readonly electron: TrayElectron<I>;
  readonly platform: NodeJS.Platform;
  /** The folder holding `tray/…` (the repository's assets/, or its copy in the package). */
  readonly assetsDir: string;
  readonly initial: TrayMenuState;
  /** Runs a menu entry's action; a rejection goes to `onDispatchError`. */
  readonly dispatch: (action: TrayAction) => void | Promise<void>;
  readonly onDispatchError: (error: unknown, action: TrayAction) => void;
  /** Whether anything shows tray icons (`detectTrayHost`). */
  readonly trayHost: () => Promise<boolean>;
  /** Called once when no tray host exists: open the window so the app does not vanish. */
  readonly onNoTrayHost: () => void;
}

export interface TrayController {
  update(state: TrayMenuState): void;
  /** Resolves once the tray host check has run: false means the icon is not visible. */
  readonly hostAvailable: Promise<boolean>;
  /** The menu model now shown (a test hook and what e2e specs inspect). */
  menu(): readonly TrayMenuItem[];
  destroy(): void;
}

export function createTray<I extends TrayImage>(options: TrayOptions<I>): TrayController {
  const { electron, platform } = options;
  const images = new Map<TrayIconState, I>();
  const imageFor = (state: TrayIconState): I => {
    let image = images.get(state);
    if (!image) {
      image = electron.nativeImage.createFromPath(path.join(options.assetsDir, trayIconFile(platform, state)));
      if (platform === 'darwin') image.setTemplateImage(true);
      images.set(state, image);
    }
    return image;
  };

  const run = (action: TrayAction): void => {
    Promise.resolve()
      .then(() => options.dispatch(action))
      .catch((error: unknown) => options.onDispatchError(error, action));
  };

  const tray = new electron.Tray(imageFor(trayIconState(options.initial.authIds, trayBusy(options.initial))));
  // macOS opens the context menu on click; elsewhere a click (where the host delivers one) opens the window.
  if (platform !== 'darwin') tray.on('click', () => run({ type: 'open-manager' }));

  let model: TrayMenuItem[] = [];
  let shown = '';
  const update = (state: TrayMenuState): void => {
    const next = buildTrayMenu({ ...state, platform });
    const icon = trayIconState(state.authIds, trayBusy(state));
    const tooltip = trayTooltip(trayStatusLine(state));
    const fingerprint = JSON.stringify([next, icon, tooltip]);
    if (fingerprint === shown) return; // Linux hosts flicker when an unchanged menu is re-exported.
    shown = fingerprint;
    model = next;
    tray.setImage(imageFor(icon));
    tray.setToolTip(tooltip);
    // Always a context menu: Linux hosts rarely deliver clicks, and macOS shows it on click.
    tray.setContextMenu(electron.Menu.buildFromTemplate(next.map((item) => toTemplate(item, run))));
  };
  update(options.initial);

  // A probe that fails counts as "no tray": an open window beats an app nobody can reach.
  const hostAvailable = options.trayHost().catch(() => false).then((available) => {
    if (!available) options.onNoTrayHost();
    return available;
  });

  return {
    update,
    hostAvailable,
    menu: () => model,
    destroy: () => tray.destroy(),
  };
}

/** Electron reads a single "&" as a mnemonic marker; "&&" shows one ampersand. */
function escapeLabel(label: string): string {
  return label.replaceAll('&', '&&');
}

function common(item: Exclude<TrayMenuItem, { kind: 'separator' }>): MenuItemConstructorOptions {
  return { ...(item.id === undefined ? {} : { id: item.id }), label: escapeLabel(item.label), enabled: item.enabled };
}

function toTemplate(item: TrayMenuItem, run: (action: TrayAction) => void): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'submenu':
      return { ...common(item), type: 'submenu', submenu: item.items.map((i) => toTemplate(i, run)) };
    case 'checkbox': {
      const { action } = item;
      return { ...common(item), type: 'checkbox', checked: item.checked, click: () => run(action) };
    }
    case 'normal': {
      const { action } = item;
      return { ...common(item), type: 'normal', ...(action ? { click: () => run(action) } : {}) };
    }
  }
}
