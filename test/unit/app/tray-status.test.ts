// The tray's own state (checks running, start at login, visibility, last used) and the menu inputs
// composed from it and the app core, on the real settings service over real files.
import { afterEach, describe, expect, it  } from 'vitest';
import { trayInputs } from '../../../electron/app/tray-inputs';
import { openTrayStatus } from '../../../electron/app/tray-status';
import type { AppStateView } from '../../../electron/ipc/views';
import { openSettings } from '../../../electron/services/settings/settings';
import { memoryAutostart } from '../../fixtures/app/recording-ports';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { HOSTED_GROUP, authId, login } from '../../fixtures/view-builders';

let folder: TempFolder | undefined;
afterEach(() => folder?.remove());

async function setUp(startAtLogin = false) {
  folder = tempFolder();
  const settings = openSettings({ backend: folder.backend(), autostart: memoryAutostart(startAtLogin) });
  const errors: unknown[] = [];
  const status = await openTrayStatus({ settings, onError: (error) => void errors.push(error) });
  let changes = 0;
  status.onChange(() => void (changes += 1));
  return { settings, status, errors, changes: () => changes };
}

/** A stand-in for the app core's read side: a state the test sets, and its change listeners. */
function coreStandIn(state: AppStateView) {
  const listeners: ((state: AppStateView) => void)[] = [];
  let current = state;
  return {
    core: {
      state: () => current,
      providerGroups: () => [HOSTED_GROUP],
      onStateChange: (listener: (state: AppStateView) => void) => {
        listeners.push(listener);
        return () => undefined;
      },
      duplicati: undefined,
      builtInServer: undefined,
    },
    set(next: AppStateView) {
      current = next;
      for (const listener of listeners) listener(next);
    },
  };
}

const STORAGE: AppStateView['storage'] = {
  protection: 'os-encrypted', backend: 'gnome-libsecret', explanation: 'Encrypted by the system keyring.', weakOptInAllowed: false, weakOptIn: false,
};

describe('tray status', () => {
  it('counts the checks running, each AuthID once, and tells on every change', async () => {
    const { status, changes } = await setUp();
    status.checks.started('a');
    status.checks.started('b');
    status.checks.started('a');
    expect(status.checking()).toBe(2);
    status.checks.finished('a');
    expect(status.checking()).toBe(1);
    status.checks.finished('b');
    expect(status.checking()).toBe(0);
    expect(changes()).toBe(5);
  });

  it('reads start at login from the OS at start and again after a settings change', async () => {
    const { settings, status, changes, errors } = await setUp(true);
    expect(status.startAtLogin()).toBe(true);
    const told = new Promise<void>((resolve) => status.onChange(resolve));
    await settings.setStartAtLogin(false);
    await told;
    expect(status.startAtLogin()).toBe(false);
    expect(changes()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps the AuthIDs used, the last first, each once', async () => {
    const { status } = await setUp();
    expect(status.recentlyUsed()).toEqual([]);
    status.used('a');
    status.used('b');
    status.used('a');
    expect(status.recentlyUsed()).toEqual(['a', 'b']);
  });

  it('is visible until the tray host check hides it', async () => {
    const { status } = await setUp();
    expect(status.visible()).toBe(true);
    status.hide();
    expect(status.visible()).toBe(false);
  });
});

describe('tray inputs', () => {
  it("compose the core's AuthIDs and logins with the tray's status, and change with either", async () => {
    const { status } = await setUp(true);
    const { core, set } = coreStandIn({ authIds: [authId('a')], storage: STORAGE, logins: [] });
    const inputs = trayInputs(core, status);
    let changes = 0;
    inputs.onChange(() => void (changes += 1));
    expect(inputs.current()).toEqual({
      authIds: [authId('a')], providerGroups: [HOSTED_GROUP], logins: [], checking: 0, startAtLogin: true, recentlyUsed: [],
    });

    set({ authIds: [authId('a')], storage: STORAGE, logins: [login('l1', 'dropbox')] });
    status.checks.started('a');
    status.used('a');
    expect(inputs.current()).toMatchObject({ logins: [login('l1', 'dropbox')], checking: 1, recentlyUsed: ['a'] });
    expect(changes).toBe(3);
  });
});
