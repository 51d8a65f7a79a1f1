/**
 * The main-process services started on a vault of 1,000 AuthIDs, none of them due, then left
 * idle: the refresher must keep exactly one timer, nothing may touch the network, and the heap
 * they hold is reported against the same services on an empty vault (rounds alternate).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchContext, BenchRow } from '../bench-row';
import { fixedBaseline, rowFromSamples } from '../rows/bench-row-from-samples';
import { measuredExactly, reported } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import { benchVaultFolder, type BenchVaultFolder } from '../support/bench-vault';
import { mib } from '../support/format';
import { processTimerHandles, settledHeapUsed } from '../support/heap';
import { startIdleServices } from '../support/idle-services';
import { SoftwareSecretBox } from '../support/software-secret-box';

interface IdleFigures {
  readonly heap: number;
  readonly timers: number;
  /** Timer handles the services added process-wide. */
  readonly processTimers: number;
  readonly requests: number;
}

async function idleFigures(folder: BenchVaultFolder, box: SoftwareSecretBox, idleMs: number): Promise<IdleFigures> {
  const timersBefore = processTimerHandles();
  const services = await startIdleServices(folder, box);
  try {
    await sleep(idleMs);
    return {
      heap: await settledHeapUsed(),
      timers: services.refresher.pendingTimers(),
      processTimers: processTimerHandles() - timersBefore,
      requests: services.requests.length,
    };
  } finally {
    await services.stop();
  }
}

export default async function measure({ quick }: BenchContext): Promise<BenchRow[]> {
  const authIds = quick ? 100 : 1_000;
  const idleMs = quick ? 100 : 1_000;
  const box = new SoftwareSecretBox();
  const empty = await benchVaultFolder(box, 0);
  const full = await benchVaultFolder(box, authIds);
  try {
    const runs = await interleavedRuns({ empty: () => idleFigures(empty, box, idleMs), full: () => idleFigures(full, box, idleMs) }, { rounds: quick ? 1 : 3 });
    const label = `Idle services, ${authIds.toLocaleString('en-US')} AuthIDs, nothing due`;
    const most = (pick: (figures: IdleFigures) => number) => Math.max(...runs.full.map(pick));
    return [
      rowFromSamples({
        id: 'idle-timers',
        metric: `${label}: pending timers`,
        baselineName: 'expected',
        samples: fixedBaseline(1, runs.full.map((figures) => figures.timers)),
        format: String,
        goal: measuredExactly(1, 'exactly 1 timer'),
        note: `refresher.pendingTimers(); at most ${most((f) => f.processTimers)} timer handles added process-wide, ${most((f) => f.requests)} network requests while idle`,
      }),
      rowFromSamples({
        id: 'idle-heap',
        metric: `${label}: heap`,
        baselineName: 'empty vault',
        samples: { baseline: runs.empty.map((figures) => figures.heap), measured: runs.full.map((figures) => figures.heap) },
        format: mib,
        goal: reported,
        note: `V8 heap after GC, ${idleMs / 1000} s idle; vault + refresher + login service; process-wide heap, so the floor includes the bench itself`,
      }),
    ];
  } finally {
    empty.remove();
    full.remove();
  }
}
