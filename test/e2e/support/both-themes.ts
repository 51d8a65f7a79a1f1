import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe';

/** axe in the light and the dark theme on what the page shows now (or the part `include` names); leaves the page light. */
export async function accessibleInBothThemes(page: Page, options: { include?: string } = {}): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, options), `axe in the ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
