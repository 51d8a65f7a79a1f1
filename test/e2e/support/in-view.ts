/** Whether the user can see an element without scrolling: its whole box inside the viewport. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export async function expectInView(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('The element or the viewport has no size.');
  expect({ top: box.y >= 0, bottom: box.y + box.height <= viewport.height }).toEqual({ top: true, bottom: true });
}
