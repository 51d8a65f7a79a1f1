/**
 * Waits on what the page shows, through Playwright's own waiting (it re-checks on every DOM
 * change within the page's default timeout), instead of polling from the test.
 */
import type { Locator } from 'playwright-core';

/** Resolves once `locator` matches exactly `count` elements. */
export async function waitForCount(locator: Locator, count: number): Promise<void> {
  if (count > 0) await locator.nth(count - 1).waitFor({ state: 'attached' });
  await locator.nth(count).waitFor({ state: 'detached' });
  // Both held at different moments; the list may have moved on in between.
  const now = await locator.count();
  if (now !== count) throw new Error(`Expected ${count} matches for ${String(locator)}, found ${now}.`);
}

/** Resolves once the element `locator` names has the keyboard focus. */
export async function waitForFocus(locator: Locator): Promise<void> {
  await locator.and(locator.page().locator(':focus')).waitFor();
}

/**
 * Resolves once the element's text is exactly `expected`. The text goes to the page as an
 * argument, never into a selector, so a secret cannot show up in a timeout's message.
 */
export async function waitForText(locator: Locator, expected: string): Promise<void> {
  const element = await locator.elementHandle();
  await locator.page().waitForFunction(([node, text]) => node?.textContent === text, [element, expected] as const);
}
