/**
 * Start at login, per platform. Linux (and other XDG desktops): an autostart `.desktop` entry.
 * macOS and Windows: Electron's login items, read back from the OS so the toggle shows the truth.
 */
import type { LoginItemSettings, LoginItemSettingsOptions, Settings } from 'electron';
import { APP_ID, APP_NAME, createXdgAutostart, currentLaunchCommand, HIDDEN_ARG, xdgAutostartDir, type LaunchCommand } from '../services/autostart';
import type { Autostart } from '../services/settings';

/** The parts of Electron's `app` used for login items. */
export interface LoginItemApp {
  setLoginItemSettings(settings: Settings): void;
  getLoginItemSettings(options?: LoginItemSettingsOptions): Pick<LoginItemSettings, 'openAtLogin'> & Partial<LoginItemSettings>;
}

export interface AutostartOptions {
  readonly platform: NodeJS.Platform;
  readonly app: LoginItemApp;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `process.execPath`. */
  readonly execPath: string;
  readonly homeDir: string;
  /** Arguments that must precede `--hidden`: `[app.getAppPath()]` when not packaged, else none. */
  readonly args?: readonly string[];
}

export function createAutostart(options: AutostartOptions): Autostart {
  const command = currentLaunchCommand({ env: options.env, execPath: options.execPath, args: options.args });
  if (options.platform === 'darwin') return macLoginItem(options.app);
  if (options.platform === 'win32') return windowsLoginItem(options.app, command);
  return createXdgAutostart({ dir: xdgAutostartDir(options.env, options.homeDir), appId: APP_ID, appName: APP_NAME, command });
}

/**
 * macOS 13+ registers the app itself with SMAppService: no arguments and no `openAsHidden` (both
 * gone from Electron's API). A login launch is recognised by `wasOpenedAtLogin` instead.
 */
function macLoginItem(app: LoginItemApp): Autostart {
  return {
    isEnabled: async () => app.getLoginItemSettings().openAtLogin,
    setEnabled: async (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
  };
}

/**
 * Windows: a Run registry value with `--hidden`. Reading needs the same path and args to match.
 * A value switched off in Task Manager still reads `openAtLogin: true`, so
 * `executableWillLaunchAtLogin` decides; turning it on again re-approves it (`enabled: true`).
 */
function windowsLoginItem(app: LoginItemApp, command: LaunchCommand): Autostart {
  // Electron writes `"path" args…` into the Run value verbatim; arguments with spaces need quotes.
  const args = [...command.args, HIDDEN_ARG].map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg));
  const target = { path: command.executable, args };
  return {
    isEnabled: async () => {
      const settings = app.getLoginItemSettings(target);
      return settings.openAtLogin && settings.executableWillLaunchAtLogin !== false;
    },
    setEnabled: async (enabled) => app.setLoginItemSettings({ ...target, openAtLogin: enabled, enabled }),
  };
}
