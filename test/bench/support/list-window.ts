/**
 * The app's window in Chromium (test/e2e's host) showing `count` AuthIDs, served by the real app
 * core over a real vault file (the real format, sealed with the software secret box). Nothing is
 * checked while the window is measured: the refresher is not started and no check is due.
 */
import type { Browser } from 'playwright-core';
import { createAppCore } from '../../../electron/app/app-core';
import { createClipboardGuard } from '../../../electron/services/clipboard/clipboard-guard';
import { openSettings } from '../../../electron/services/settings/settings';
import { openApp, type AppHost } from '../../e2e/support/app-host';
import { createAppEvents } from '../../e2e/support/app-events';
import { memoryAutostart, recordingClipboard, recordingNotifier } from '../../fixtures/app/recording-ports';
import { benchVaultFolder } from './bench-vault';
import { SoftwareSecretBox } from './software-secret-box';

export const HANDLERS_NOTE = 'window fed by the real app core over a real vault file';

/** Matches once the `count`th row is in the list. */
export const rowSelector = (count: number): string => `ul[aria-label="AuthIDs"] > li:nth-child(${count})`;

const NO_CHECKS = { checkNow: () => Promise.reject(new Error('no checks while measuring')), checkAll: async () => undefined };

export async function openListWindow(browser: Browser, count: number): Promise<AppHost> {
  const box = new SoftwareSecretBox();
  const folder = await benchVaultFolder(box, count);
  const vault = await folder.open(box);
  const events = createAppEvents();
  const core = createAppCore({
    vault,
    settings: openSettings({ backend: folder.backend(), autostart: memoryAutostart() }),
    clipboard: createClipboardGuard({ clipboard: recordingClipboard() }),
    checker: NO_CHECKS,
    loginWindow: { open: () => Promise.reject(new Error('no logins while measuring')) },
    browser: { open: async () => undefined },
    notifier: recordingNotifier(),
    emit: (event, payload) => events.emit(event, payload),
    showRecord: () => undefined,
  });
  await core.ready();
  const host = await openApp(core.handlers, events, { browser });
  // The list draws its first page of rows at once; the count line says all of them arrived.
  await host.page.locator('.list-count').getByText(`${count} AuthID`).waitFor();
  await host.page.locator(rowSelector(1)).waitFor();
  return {
    ...host,
    close: async () => {
      await host.close();
      await core.dispose();
      folder.remove();
    },
  };
}

/** A figure from a window that hit CSP violations, page errors or handler crashes is no figure. */
export function assertNoProblems(host: AppHost): void {
  const problems = host.problems();
  if (problems.length > 0) throw new Error(`the window reported: ${problems.join('; ')}`);
}
