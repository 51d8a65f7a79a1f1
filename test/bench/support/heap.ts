/**
 * The V8 heap in use once garbage is collected. `gc` is switched on at run time, so the bench
 * needs no `--expose-gc` flag on its command line.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export async function settledHeapUsed(): Promise<number> {
  // Twice, a turn apart: the first pass frees what weak callbacks and finalizers then let go.
  collect();
  await new Promise((resolve) => setImmediate(resolve));
  collect();
  return process.memoryUsage().heapUsed;
}

/** Timer handles alive in the whole process (what keeps an idle app waking up). */
export function processTimerHandles(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
}
