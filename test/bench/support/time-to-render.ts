/**
 * Navigation → first frame showing a selector, by reloading an already opened page (its first
 * load warmed the HTTP cache and is not counted). The probe is installed once per page.
 */
import type { Page } from 'playwright-core';
import { installRenderProbe, type RenderProbeWindow } from './render-probe';

export async function probeRenders(page: Page, selector: string): Promise<void> {
  await page.addInitScript(installRenderProbe, selector);
}

/** ms from the reload's navigation start to the frame that first shows the probed selector. */
export async function reloadAndTime(page: Page): Promise<number> {
  await page.reload();
  const handle = await page.waitForFunction(() => (window as unknown as RenderProbeWindow).__benchRenderedAt);
  return (await handle.jsonValue()) as number;
}
