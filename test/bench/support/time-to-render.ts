/**
 * Navigation → first frame showing a selector, for several already opened pages, reloading
 * them in turn so drifting machine load hits every page alike (their first load warmed the
 * HTTP cache and is not counted). Median per page, in ms.
 */
import type { Page } from 'playwright-core';
import { installRenderProbe, type RenderProbeWindow } from './render-probe';
import { median } from './stats';

export interface RenderTarget {
  readonly page: Page;
  readonly selector: string;
}

async function reloadAndTime(page: Page): Promise<number> {
  await page.reload();
  const handle = await page.waitForFunction(() => (window as unknown as RenderProbeWindow).__benchRenderedAt);
  return (await handle.jsonValue()) as number;
}

export async function medianTimesToRender(targets: readonly RenderTarget[], runs: number): Promise<number[]> {
  for (const { page, selector } of targets) await page.addInitScript(installRenderProbe, selector);
  const samples = targets.map((): number[] => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, { page }] of targets.entries()) samples[index]!.push(await reloadAndTime(page));
  }
  return samples.map(median);
}
