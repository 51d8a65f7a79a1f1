import type { TrayAction } from './tray-action';

/**
 * One entry of the tray menu, as data. `id` names the top-level entries so a test hook (and
 * Electron's `Menu.getMenuItemById`) can find them.
 */
export type TrayMenuItem =
  | { readonly kind: 'normal'; readonly id?: TrayMenuId; readonly label: string; readonly enabled: boolean; readonly action?: TrayAction }
  | { readonly kind: 'checkbox'; readonly id?: TrayMenuId; readonly label: string; readonly enabled: boolean; readonly checked: boolean; readonly action: TrayAction }
  | { readonly kind: 'submenu'; readonly id?: TrayMenuId; readonly label: string; readonly enabled: boolean; readonly items: readonly TrayMenuItem[] }
  | { readonly kind: 'separator' };

export type TrayMenuId =
  | 'status'
  | 'backups-at-risk'
  | 'built-in-server'
  | 'cancel-login'
  | 'authorize'
  | 'authorize-elsewhere'
  | 'paste'
  | 'copy-url'
  | 'copy-authid'
  | 'reauthorize'
  | 'check-all'
  | 'open-manager'
  | 'start-at-login'
  | 'quit';
