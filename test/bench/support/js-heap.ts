/** A page's JS heap in use once garbage is collected, through the DevTools protocol. */
import type { Page } from 'playwright-core';

export async function settledJsHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
