import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe';

/** axe in the light and the dark theme on what the page shows now; leaves the page light. */
export async function accessibleInBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `axe in the ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
