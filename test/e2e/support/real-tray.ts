/**
 * The tray on the real app core, without Electron: the real tray status, menu inputs, menu model
 * and dispatcher. A stand-in for main's window reveal turns "show the window at a screen" into
 * the `navigate` event the window receives.
 */
import { trayDispatcher } from '../../../electron/app/tray-dispatch';
import { trayInputs } from '../../../electron/app/tray-inputs';
import { buildTrayMenu } from '../../../electron/app/tray-menu-model';
import { openTrayStatus, type TrayStatus } from '../../../electron/app/tray-status';
import type { TrayMenuItem } from '../../../electron/services/tray/tray-menu-item';
import type { RecentlyUsed } from '../../../electron/services/tray/recently-used';
import type { RealApp } from '../../fixtures/app/real-app';
import type { AppHost } from './app-host';

export interface RealTray {
  readonly status: TrayStatus;
  /** The menu as the tray would show it now. */
  menu(): TrayMenuItem[];
  /** Clicks the entry reached through these labels (submenus first), as the tray adapter would. */
  click(...labels: string[]): Promise<void>;
}

/** `recentlyUsed`: where the tray keeps its Copy AuthID order across restarts (main gives it one). */
export async function realTray(app: RealApp, host: AppHost, platform: NodeJS.Platform = 'linux', recentlyUsed?: RecentlyUsed): Promise<RealTray> {
  const status = await openTrayStatus({ settings: app.settings, onError: (error) => { throw error; }, ...(recentlyUsed === undefined ? {} : { recentlyUsed }) });
  const inputs = trayInputs(app.core, status);
  const dispatch = trayDispatcher({
    handlers: app.core.handlers,
    show: (target) => {
      if (target !== undefined) void host.emit('navigate', target).catch(() => undefined); // the window may be closing
    },
    used: status.used,
    quit: () => undefined,
  });
  const menu = () => buildTrayMenu({ ...inputs.current(), platform });
  return {
    status,
    menu,
    click: async (...labels) => {
      const item = find(menu(), labels);
      if (item.kind !== 'normal' || item.action === undefined || !item.enabled) throw new Error(`"${labels.join(' › ')}" cannot be clicked.`);
      await dispatch(item.action);
    },
  };
}

function find(items: readonly TrayMenuItem[], [first, ...rest]: readonly string[]): TrayMenuItem {
  const item = items.find((candidate) => candidate.kind !== 'separator' && candidate.label === first);
  if (item === undefined) throw new Error(`The tray menu has no "${first}".`);
  if (rest.length === 0) return item;
  if (item.kind !== 'submenu') throw new Error(`"${first}" is not a submenu.`);
  return find(item.items, rest);
}

/** The menu as indented text: submenus end in "›", greyed-out entries in "(greyed out)", checkboxes show [x]. */
export function menuText(items: readonly TrayMenuItem[], indent = ''): string[] {
  return items.flatMap((item): string[] => {
    if (item.kind === 'separator') return [`${indent}────────`];
    const greyed = item.enabled ? '' : '  (greyed out)';
    if (item.kind === 'submenu') return [`${indent}${item.label} ›${greyed}`, ...menuText(item.items, `${indent}    `)];
    const box = item.kind === 'checkbox' ? (item.checked ? '[x] ' : '[ ] ') : '';
    return [`${indent}${box}${item.label}${greyed}`];
  });
}
