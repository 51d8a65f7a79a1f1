/**
 * The window's first render of 100 AuthIDs (navigation → the frame with the first page of rows)
 * against the hello world's first frame, both built and served alike, both answering
 * `window.authids` inside the page with the answers the real core gave (recorded first), so
 * the Playwright bridge is out of the figure. The window with 1 AuthID runs in the same rounds
 * (not with --quick), to split start-up from the rows.
 */
import type { BenchContext, BenchRow } from '../bench-row';
import { ROWS_PER_PAGE } from '../../../renderer/src/authids/list-page';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { ratioAtMost } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import { ms } from '../support/format';
import { median } from '../support/stats';
import { probeRenders, reloadAndTime } from '../support/time-to-render';
import { HELLO_SELECTOR } from '../window/hello-world-app';
import { recordAnswers, rowSelector } from '../window/record-answers';
import { assertNoProblems, openReplayedPage, openSites } from '../window/replayed-page';

const AUTHIDS = 100;

export default async function measure(bench: BenchContext): Promise<BenchRow[]> {
  const browser = await bench.browser();
  const sites = await openSites();
  try {
    const full = await recordAnswers(browser, AUTHIDS);
    // The last row of the first page marks the render done.
    const fullSelector = rowSelector(Math.min(AUTHIDS, ROWS_PER_PAGE));
    const pages = {
      hello: await openReplayedPage(browser, sites['hello world'], full, HELLO_SELECTOR),
      full: await openReplayedPage(browser, sites.renderer, full, fullSelector),
      // The split of start-up and rows; --quick leaves it out.
      ...(bench.quick ? {} : { single: await openReplayedPage(browser, sites.renderer, await recordAnswers(browser, 1), rowSelector(1)) }),
    };
    try {
      await probeRenders(pages.hello.page, HELLO_SELECTOR);
      await probeRenders(pages.full.page, fullSelector);
      const single = pages.single?.page;
      if (single) await probeRenders(single, rowSelector(1));
      const runs = await interleavedRuns(
        {
          hello: () => reloadAndTime(pages.hello.page),
          full: () => reloadAndTime(pages.full.page),
          ...(single === undefined ? {} : { single: () => reloadAndTime(single) }),
        },
        { rounds: bench.quick ? 1 : 15, warmup: bench.quick ? 0 : 2 },
      );
      for (const replayed of Object.values(pages)) await assertNoProblems(replayed);
      return [
        rowFromSamples({
          id: 'window-first-render',
          metric: `Window first render, ${AUTHIDS} AuthIDs`,
          baselineName: 'hello world',
          samples: { baseline: runs.hello, measured: runs.full },
          format: ms,
          goal: ratioAtMost(1.5),
          note: `navigation → frame with the first ${Math.min(AUTHIDS, ROWS_PER_PAGE)} rows, reloads interleaved; same window with 1 AuthID ${runs.single === undefined ? 'not measured (--quick)' : ms(median(runs.single))}; window data answered in the page (no bridge)`,
        }),
      ];
    } finally {
      await Promise.all(Object.values(pages).map((replayed) => replayed.close()));
    }
  } finally {
    await sites.close();
  }
}
