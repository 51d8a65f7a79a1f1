/**
 * Metric 3: navigation → first frame with all 100 AuthID rows, against the hello world's first
 * frame. The same window with one AuthID runs alongside, to split start-up from the rows.
 */
import type { BenchRow } from '../bench-row';
import { ms } from '../support/format';
import { atMost, goalRow } from '../support/goal-row';
import { HELLO_SELECTOR } from '../support/hello-world-app';
import { openHelloWorld } from '../support/hello-world-page';
import { ROWS_PER_PAGE } from '../../../renderer/src/authids/list-page';
import { assertNoProblems, HANDLERS_NOTE, openListWindow, rowSelector } from '../support/list-window';
import { medianTimesToRender } from '../support/time-to-render';
import { launchUnthrottledChromium } from '../support/unthrottled-chromium';

const AUTHIDS = 100;
const RUNS = 9;

export default async function measure(): Promise<BenchRow[]> {
  const browser = await launchUnthrottledChromium();
  try {
    const hello = await openHelloWorld(browser);
    const single = await openListWindow(browser, 1);
    const full = await openListWindow(browser, AUTHIDS);
    try {
      const [baseline = NaN, singleMs = NaN, measured = NaN] = await medianTimesToRender(
        [
          { page: hello.page, selector: HELLO_SELECTOR },
          { page: single.page, selector: rowSelector(1) },
          // The window draws its first page of rows; the last of them marks the render done.
          { page: full.page, selector: rowSelector(Math.min(AUTHIDS, ROWS_PER_PAGE)) },
        ],
        RUNS,
      );
      assertNoProblems(single);
      assertNoProblems(full);
      return [
        goalRow({
          metric: `Window first render, ${AUTHIDS} AuthIDs`,
          baseline: `hello world ${ms(baseline)}`,
          measured: ms(measured),
          ratio: measured / baseline,
          goal: atMost(1.5),
          note: `navigation → frame with every row, median of ${RUNS} interleaved reloads; same window with 1 AuthID ${ms(singleMs)}; ${HANDLERS_NOTE}`,
        }),
      ];
    } finally {
      await Promise.all([hello.close(), single.close(), full.close()]);
    }
  } finally {
    await browser.close();
  }
}
