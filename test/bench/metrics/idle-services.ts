/**
 * Metric 7: the main-process services started on a vault of 1,000 AuthIDs, none of them due,
 * then left idle: the refresher must keep exactly one timer, nothing may touch the network,
 * and the heap they hold is reported against the same services on an empty vault.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchRow } from '../bench-row';
import { benchVaultFolder, type BenchVaultFolder } from '../support/bench-vault';
import { mib } from '../support/format';
import { exactly, goalRow, reportedOnly } from '../support/goal-row';
import { processTimerHandles, settledHeapUsed } from '../support/heap';
import { startIdleServices } from '../support/idle-services';
import { SoftwareSecretBox } from '../support/software-secret-box';

const AUTHIDS = 1_000;
const IDLE_MS = 1_000;

interface IdleFigures {
  readonly heap: number;
  readonly timers: number;
  /** Timer handles the services added process-wide. */
  readonly processTimers: number;
  readonly requests: number;
}

async function idleFigures(folder: BenchVaultFolder, box: SoftwareSecretBox): Promise<IdleFigures> {
  const timersBefore = processTimerHandles();
  const services = await startIdleServices(folder, box);
  try {
    await sleep(IDLE_MS);
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

export default async function measure(): Promise<BenchRow[]> {
  const box = new SoftwareSecretBox();
  const empty = await benchVaultFolder(box, 0);
  const full = await benchVaultFolder(box, AUTHIDS);
  try {
    const start = await idleFigures(empty, box);
    const loaded = await idleFigures(full, box);
    const label = `Idle services, ${AUTHIDS.toLocaleString('en-US')} AuthIDs, nothing due`;
    return [
      goalRow({
        metric: `${label}: pending timers`,
        baseline: `empty start ${start.timers}`,
        measured: String(loaded.timers),
        ratio: loaded.timers,
        goal: exactly(1, 'timer'),
        note: `refresher.pendingTimers(); process-wide timer handles added: ${loaded.processTimers}; network requests while idle: ${loaded.requests}`,
      }),
      goalRow({
        metric: `${label}: heap`,
        baseline: `empty start ${mib(start.heap)}`,
        measured: `${mib(loaded.heap)} (+${mib(loaded.heap - start.heap)})`,
        ratio: loaded.heap / start.heap,
        goal: reportedOnly,
        note: `V8 heap after GC, ${IDLE_MS / 1000} s idle; vault + refresher + login service; process-wide heap, so the baseline includes the bench itself`,
      }),
    ];
  } finally {
    empty.remove();
    full.remove();
  }
}
