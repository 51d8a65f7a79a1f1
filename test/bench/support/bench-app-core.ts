/**
 * The app core as main.ts composes it, over a bench vault folder: the real vault, settings and
 * core; the desktop ports record instead of acting, and nothing is checked or logged in while a
 * figure is taken.
 */
import { createAppCore, type AppCore } from '../../../electron/app/app-core';
import type { EventName, EventPayloads } from '../../../electron/ipc/contract';
import { createClipboardGuard } from '../../../electron/services/clipboard/clipboard-guard';
import { openSettings } from '../../../electron/services/settings/settings';
import type { Vault } from '../../../electron/services/vault/vault';
import { memoryAutostart, recordingClipboard, recordingNotifier } from '../../fixtures/app/recording-ports';
import type { BenchVaultFolder } from './bench-vault';

const NO_CHECKS = { checkNow: () => Promise.reject(new Error('no checks while measuring')), checkAll: async () => undefined };


/** Not ready yet: call `ready()` before the window asks, as main.ts does. */
export function createBenchAppCore(
  folder: BenchVaultFolder,
  vault: Vault,
  emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void = () => undefined,
): AppCore {
  return createAppCore({
    vault,
    settings: openSettings({ backend: folder.backend(), autostart: memoryAutostart() }),
    clipboard: createClipboardGuard({ clipboard: recordingClipboard() }),
    checker: NO_CHECKS,
    loginWindow: { open: () => Promise.reject(new Error('no logins while measuring')) },
    browser: { open: async () => undefined },
    notifier: recordingNotifier(),
    emit,
    showRecord: () => undefined,
  });
}
