/** The tray menu's inputs, read from the app core and the tray's own status, and when they change. */
import type { AppCore } from './app-core';
import type { TrayMenuInput } from './tray-menu-model';
import type { TrayStatus } from './tray-status';

/** Everything the menu shows except the platform, which the tray adapter knows. */
export type TrayMenuState = Omit<TrayMenuInput, 'platform'>;

export interface TrayInputs {
  current(): TrayMenuState;
  /** Fires after anything the menu shows may have changed. */
  onChange(listener: () => void): void;
}

export function trayInputs(core: Pick<AppCore, 'state' | 'providerGroups' | 'onStateChange' | 'duplicati' | 'builtInServer'>, status: TrayStatus): TrayInputs {
  return {
    current: () => {
      const state = core.state();
      const backupsAtRisk = core.duplicati?.state().overview?.atRisk.message;
      const builtInServer = core.builtInServer?.status();
      return {
        authIds: state.authIds,
        providerGroups: core.providerGroups(),
        logins: state.logins,
        checking: status.checking(),
        startAtLogin: status.startAtLogin(),
        recentlyUsed: status.recentlyUsed(),
        ...(backupsAtRisk === undefined ? {} : { backupsAtRisk }),
        ...(builtInServer === undefined ? {} : { builtInServer }),
      };
    },
    onChange: (listener) => {
      core.onStateChange(listener);
      core.duplicati?.onChange(listener);
      core.builtInServer?.onChange(listener);
      status.onChange(listener);
    },
  };
}
