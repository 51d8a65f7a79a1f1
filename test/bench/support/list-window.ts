/**
 * The app's window in Chromium (test/e2e's host) showing `count` made-up AuthIDs, served by the
 * e2e handler double: the real handlers (electron/app) were not ready when this was written.
 */
import type { Browser } from 'playwright-core';
import { openApp, type AppHost } from '../../e2e/support/app-host';
import { createInMemoryHandlers } from '../../e2e/support/in-memory-handlers';
import { benchSeeds } from './bench-authids';

export const HANDLERS_NOTE = 'window fed by the e2e handler double (test/e2e/support/in-memory-handlers.ts)';

/** Matches once the `count`th row is in the list. */
export const rowSelector = (count: number): string => `ul[aria-label="AuthIDs"] > li:nth-child(${count})`;

export async function openListWindow(browser: Browser, count: number): Promise<AppHost> {
  const double = createInMemoryHandlers({ authIds: benchSeeds(count) });
  const host = await openApp(double.handlers, double.events, { browser });
  await host.page.locator(rowSelector(count)).waitFor();
  return host;
}

/** A figure from a window that hit CSP violations, page errors or handler crashes is no figure. */
export function assertNoProblems(host: AppHost): void {
  const problems = host.problems();
  if (problems.length > 0) throw new Error(`the window reported: ${problems.join('; ')}`);
}
