/**
 * The answers the window gets from the real app core for `count` AuthIDs: the window is opened
 * once through the e2e host (the Playwright bridge in front of the real core over a real vault
 * file), and each distinct request it made is answered again by the core and kept.
 */
import type { Browser } from 'playwright-core';
import type { Envelope } from '../../../electron/ipc/contract';
import { dispatchRequest } from '../../../electron/ipc/dispatch-request';
import { createAppEvents } from '../../e2e/support/app-events';
import { openApp } from '../../e2e/support/app-host';
import { createBenchAppCore } from '../support/bench-app-core';
import { benchVaultFolder } from '../support/bench-vault';
import { SoftwareSecretBox } from '../support/software-secret-box';
import { replayKey } from './replayed-authids';

/** Matches once the `count`th row is in the list. */
export const rowSelector = (count: number): string => `ul[aria-label="AuthIDs"] > li:nth-child(${count})`;

export async function recordAnswers(browser: Browser, count: number): Promise<Record<string, Envelope<unknown>>> {
  const box = new SoftwareSecretBox();
  const folder = await benchVaultFolder(box, count);
  const events = createAppEvents();
  const core = createBenchAppCore(folder, await folder.open(box), (event, payload) => events.emit(event, payload));
  try {
    await core.ready();
    const host = await openApp(core.handlers, events, { browser });
    try {
      // The count line says every AuthID arrived; the first row says the list is drawn.
      await host.page.locator('.list-count').getByText(`${count} AuthID`).waitFor();
      await host.page.locator(rowSelector(1)).waitFor();
      const problems = host.problems();
      if (problems.length > 0) throw new Error(`the window reported: ${problems.join('; ')}`);
    } finally {
      await host.close();
    }
    const answers: Record<string, Envelope<unknown>> = {};
    for (const { name, payload } of host.calls) {
      answers[replayKey(name, payload)] ??= structuredClone(await dispatchRequest(core.handlers, name, payload));
    }
    return answers;
  } finally {
    await core.dispose();
    folder.remove();
  }
}
