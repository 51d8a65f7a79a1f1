import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const FOLDER = resolve('docs/screenshots');

/**
 * Writes docs/screenshots/NAME.png only when UPDATE_SCREENSHOTS=1, so normal runs leave the tree
 * clean. Whole page by default; just the window for modal dialogs, whose backdrop covers only it.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await mkdir(FOLDER, { recursive: true });
  await page.screenshot({ path: resolve(FOLDER, `${name}.png`), fullPage: options.fullPage ?? true, animations: 'disabled' });
}
