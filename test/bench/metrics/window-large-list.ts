/**
 * The window with 1,000 AuthIDs against the hello world, both answering `window.authids` inside
 * the page with the real core's recorded answers (no Playwright bridge):
 * - each keystroke in the search box (typing words, then deleting them), keydown → the frame
 *   with its result; per session p95 against the 16 ms a 60 Hz frame allows, the hello world's
 *   search box as the floor;
 * - the JS heap after GC once the list is drawn, reported against the hello world's.
 * Sessions and heap readings alternate between the two pages.
 */
import type { Page } from 'playwright-core';
import type { BenchContext, BenchRow } from '../bench-row';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { measuredAtMost, reported } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import { mib, ms } from '../support/format';
import { settledJsHeap } from '../support/js-heap';
import { installKeystrokeProbe, type KeystrokeProbeWindow } from '../support/keystroke-probe';
import { median, percentile } from '../support/stats';
import { HELLO_SELECTOR } from '../window/hello-world-app';
import { recordAnswers, rowSelector } from '../window/record-answers';
import { assertNoProblems, openReplayedPage, openSites } from '../window/replayed-page';

const FRAME_BUDGET_MS = 16;
/** Words that narrow the list step by step: a label word, a person, an account, a provider. */
const QUERIES = ['photos', 'alice', 'erin.4', 'dropbox', 'example', 'bob 12', 'server', 'judy'];

const probedKeystrokes = (page: Page) => page.evaluate(() => (window as unknown as KeystrokeProbeWindow).__benchKeystrokes ?? []);

/** Presses one key and waits until the probe has timed its frame. */
async function timedPress(page: Page, key: string): Promise<void> {
  const before = (await probedKeystrokes(page)).length;
  await page.keyboard.press(key);
  await page.waitForFunction((count) => ((window as unknown as KeystrokeProbeWindow).__benchKeystrokes?.length ?? 0) > count, before);
}

/** One typing session; resolves to every keystroke's time, in ms. */
async function typingSession(page: Page, queries: readonly string[]): Promise<number[]> {
  await page.evaluate(installKeystrokeProbe);
  await page.getByRole('searchbox', { name: 'Search' }).focus();
  for (const query of queries) {
    for (const key of query) await timedPress(page, key === ' ' ? 'Space' : key);
    for (let i = 0; i < query.length; i += 1) await timedPress(page, 'Backspace');
  }
  return probedKeystrokes(page);
}

async function heapAfterReload(page: Page, readySelector: string): Promise<number> {
  await page.reload();
  await page.locator(readySelector).waitFor();
  return settledJsHeap(page);
}

export default async function measure(bench: BenchContext): Promise<BenchRow[]> {
  const authIds = bench.quick ? 100 : 1_000;
  const queries = bench.quick ? ['ph'] : QUERIES;
  const browser = await bench.browser();
  const sites = await openSites();
  try {
    const answers = await recordAnswers(browser, authIds);
    const app = await openReplayedPage(browser, sites.renderer, answers, rowSelector(1));
    const hello = await openReplayedPage(browser, sites['hello world'], answers, HELLO_SELECTOR);
    try {
      const rounds = { rounds: bench.quick ? 1 : 5, warmup: bench.quick ? 0 : 1 };
      const typed = await interleavedRuns({ hello: () => typingSession(hello.page, queries), app: () => typingSession(app.page, queries) }, rounds);
      const heap = await interleavedRuns({ hello: () => heapAfterReload(hello.page, HELLO_SELECTOR), app: () => heapAfterReload(app.page, rowSelector(1)) }, rounds);
      await assertNoProblems(app);
      const p95s = (sessions: number[][]) => sessions.map((samples) => percentile(samples, 95));
      const all = typed.app.flat();
      const label = authIds.toLocaleString('en-US');
      return [
        rowFromSamples({
          id: 'filter-keystroke',
          metric: `Filter keystroke → frame, ${label} AuthIDs (p95 per session)`,
          baselineName: 'hello world',
          samples: { baseline: p95s(typed.hello), measured: p95s(typed.app) },
          format: ms,
          goal: measuredAtMost(FRAME_BUDGET_MS, `p95 ≤ ${FRAME_BUDGET_MS} ms`),
          note: `${typed.app.length} sessions × ${typed.app[0]?.length ?? 0} keystrokes; all keystrokes: median ${ms(median(all))}, max ${ms(Math.max(...all))}; vsync off; window data answered in the page (no bridge)`,
        }),
        rowFromSamples({
          id: 'window-heap',
          metric: `Window JS heap, ${label} AuthIDs`,
          baselineName: 'hello world',
          samples: { baseline: heap.hello, measured: heap.app },
          format: mib,
          goal: reported,
          note: 'V8 heap in use after GC (DevTools Runtime.getHeapUsage), list drawn; both pages hold the same recorded answers',
        }),
      ];
    } finally {
      await Promise.all([app.close(), hello.close()]);
    }
  } finally {
    await sites.close();
  }
}
