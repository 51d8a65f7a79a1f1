/** The settings as the window sees them, with the real start-at-login state. */
import type { SettingsView } from '../../ipc/views';
import type { Settings } from '../../services/settings';
import { serverView } from './server-view';

export function settingsView(settings: Settings): SettingsView {
  return {
    servers: settings.servers.map(serverView),
    checkIntervalHours: settings.checkIntervalHours,
    notifications: settings.notifications,
    clipboardClearSeconds: settings.clipboardClearSeconds,
    startAtLogin: settings.startAtLogin,
    theme: settings.theme,
  };
}
