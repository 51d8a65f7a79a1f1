/**
 * App core ready: from opening the vault (1,000 AuthIDs) to the first state the window would
 * get (the core composed as main.ts does, its masks filled, `getState` answered through the IPC
 * dispatcher and structured-cloned as IPC would), against the vault floor (read + parse +
 * decrypt). The note splits the time into the steps, each timed within the same runs.
 */
import type { BenchContext, BenchRow } from '../bench-row';
import { dispatchRequest } from '../../../electron/ipc/dispatch-request';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { ratioAtMost } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import { createBenchAppCore } from '../support/bench-app-core';
import { benchVaultFolder } from '../support/bench-vault';
import { ms } from '../support/format';
import { SoftwareSecretBox } from '../support/software-secret-box';
import { median } from '../support/stats';
import { timed } from '../support/timed';
import { vaultFloor } from '../support/vault-floor';

/** performance.now() after each step, from the start. */
interface ReadySteps {
  readonly vault: number;
  readonly core: number;
  readonly ready: number;
  readonly answered: number;
  readonly cloned: number;
}

export default async function measure({ quick }: BenchContext): Promise<BenchRow[]> {
  const authIds = quick ? 100 : 1_000;
  const box = new SoftwareSecretBox();
  const folder = await benchVaultFolder(box, authIds);
  const ready = async (): Promise<ReadySteps> => {
    const started = performance.now();
    const since = () => performance.now() - started;
    const vault = await folder.open(box);
    const vaultAt = since();
    const core = createBenchAppCore(folder, vault);
    const coreAt = since();
    await core.ready();
    const readyAt = since();
    const answer = await dispatchRequest(core.handlers, 'getState', undefined);
    const answeredAt = since();
    const first = structuredClone(answer);
    const clonedAt = since();
    if (!first.ok || (first.value as { authIds: unknown[] }).authIds.length !== authIds) throw new Error('the first state did not list every AuthID');
    await core.dispose();
    return { vault: vaultAt, core: coreAt, ready: readyAt, answered: answeredAt, cloned: clonedAt };
  };
  try {
    const runs = await interleavedRuns({ floor: () => timed(() => vaultFloor(folder.file, box)), ready }, { rounds: quick ? 2 : 11, warmup: quick ? 1 : 3 });
    const step = (pick: (steps: ReadySteps) => number): string => ms(median(runs.ready.map(pick)));
    return [
      rowFromSamples({
        id: 'app-core-ready',
        metric: `App core ready, ${authIds.toLocaleString('en-US')} AuthIDs (open vault → first window state)`,
        baselineName: 'vault floor',
        samples: { baseline: runs.floor, measured: runs.ready.map((steps) => steps.cloned) },
        format: ms,
        goal: ratioAtMost(2),
        note:
          `split (medians): vault open ${step((s) => s.vault)}, settings + core ${step((s) => s.core - s.vault)}, ` +
          `ready (problem notices from the vault's records, provider offers) ${step((s) => s.ready - s.core)}, ` +
          `getState (builds the state) ${step((s) => s.answered - s.ready)}, structured clone ${step((s) => s.cloned - s.answered)}`,
      }),
    ];
  } finally {
    folder.remove();
  }
}
