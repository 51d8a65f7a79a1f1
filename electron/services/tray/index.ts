// The tray icon's look and menu items, and whether the desktop has a tray at all.
export { needsReauthorization, summarizeHealth } from './health-summary';
export { fitLabel } from './menu-label';
export { openRecentlyUsed, type RecentlyUsed } from './recently-used';
export type { TrayAction } from './tray-action';
export { trayIconFile, trayIconState, trayTooltip, type TrayIconState } from './tray-appearance';
export { hasTrayHost, parseNameHasOwnerReply, type LinuxEnv } from './tray-host';
export type { TrayMenuItem } from './tray-menu-item';
