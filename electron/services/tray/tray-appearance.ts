/** The tray icon's state and file, and its tooltip, derived from the vault and what is running. */
import type { Health } from '../authids';
import { anyProblem } from './health-summary';
import { fitLabel } from './menu-label';

export type TrayIconState = 'healthy' | 'attention' | 'busy';

/** Busy wins while a login or check runs (it shows progress); otherwise any problem means attention. */
export function trayIconState(records: readonly { readonly health: Health }[], busy: boolean): TrayIconState {
  if (busy) return 'busy';
  return anyProblem(records) ? 'attention' : 'healthy';
}

/**
 * Where the icon for a state lives, relative to the assets folder. macOS gets a Template image
 * (Electron picks the @2x file beside it on Retina screens), Windows an ICO, Linux a PNG.
 */
export function trayIconFile(platform: NodeJS.Platform, state: TrayIconState): string {
  if (platform === 'darwin') return `tray/macos/${state}Template.png`;
  if (platform === 'win32') return `tray/windows/${state}.ico`;
  return `tray/linux/${state}.png`;
}

// Windows cuts tray tooltips at 127 characters.
const TOOLTIP_MAX = 127;

/** "AuthID Manager" and the status line (health, then what runs) on a second line. */
export function trayTooltip(statusLine: string, appName = 'AuthID Manager'): string {
  return `${appName}\n${fitLabel(statusLine, TOOLTIP_MAX - appName.length - 1)}`;
}
