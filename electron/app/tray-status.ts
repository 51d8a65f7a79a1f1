/**
 * What the tray shows beyond the app core's state: which checks run (the refresher reports them
 * before the core exists), whether the OS starts the app at login, whether the icon is visible
 * at all, and which AuthIDs the user copied from the tray last. main.ts only wires it.
 */
import type { Settings, SettingsValues } from '../services/settings';
import type { CheckActivity } from '../services/refresher';
import type { RecentlyUsed } from '../services/tray';

export interface TrayStatusDeps {
  readonly settings: { read(): Promise<Settings>; onChange(listener: (values: SettingsValues) => void): unknown };
  /** A start-at-login read that failed after a settings change (the last known state stays). */
  readonly onError: (error: unknown) => void;
  /** Where the order of the AuthIDs copied from the tray is kept across restarts; without it, only while the app runs. */
  readonly recentlyUsed?: RecentlyUsed;
}

export interface TrayStatus {
  /** For the refresher: a check of an AuthID started or ended. */
  readonly checks: CheckActivity;
  /** How many AuthIDs are being checked now. */
  checking(): number;
  /** The real start-at-login state, as the OS reported it last. */
  startAtLogin(): boolean;
  /** AuthID ids, the one copied from the tray last first. */
  recentlyUsed(): readonly string[];
  used(id: string): void;
  /** False once the tray host check found nothing that shows the icon. */
  visible(): boolean;
  hide(): void;
  onChange(listener: () => void): void;
}

export async function openTrayStatus(deps: TrayStatusDeps): Promise<TrayStatus> {
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const listener of listeners) listener();
  };
  const checking = new Set<string>();
  let startAtLogin = (await deps.settings.read()).startAtLogin;
  let recent: readonly string[] = deps.recentlyUsed?.ids ?? [];
  let visible = true;
  deps.settings.onChange(() => {
    deps.settings.read().then((now) => {
      startAtLogin = now.startAtLogin;
      changed();
    }, deps.onError);
  });
  return {
    checks: {
      started: (id) => {
        checking.add(id);
        changed();
      },
      finished: (id) => {
        checking.delete(id);
        changed();
      },
    },
    checking: () => checking.size,
    startAtLogin: () => startAtLogin,
    recentlyUsed: () => recent,
    used: (id) => {
      recent = [id, ...recent.filter((other) => other !== id)];
      deps.recentlyUsed?.save(recent);
      changed();
    },
    visible: () => visible,
    hide: () => {
      visible = false;
    },
    onChange: (listener) => void listeners.add(listener),
  };
}
