/**
 * The refresher bench's three runs over the same seeds (see metrics/refresher.ts): sequential
 * latency, a plain 4-way loop of the same refreshes, and the refresher's checkAll on a real
 * vault file. Each moves the servers' clock past their access-token cache first, so every
 * refresh unseals, calls the provider and reseals.
 */
import { createRefresher } from '../../../electron/services/refresher';
import { refresh, type FetchFn } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import type { ServerProcess } from '../servers/server-process';
import { openFleetVault, type Seed } from './fleet-vault';
import { median } from './stats';
import { timed } from './timed';
import { fixedSettings } from '../../fixtures/fixed-settings';

export const CAP = 4;
/** Moves the servers' clock past their one-hour access-token cache. */
const PAST_CACHE_MS = 2 * 3_600_000;

export interface RunFigures {
  readonly wallMs: number;
  /** This process's CPU time (user + system). */
  readonly cpuMs: number;
  /** The server process's CPU time over the same run. */
  readonly serverCpuMs: number;
}

export interface RefresherFigures extends RunFigures {
  readonly peak: number;
  /** CPU time inside the vault's file writes; time inside the secret box's decryptions. */
  readonly writeCpuMs: number;
  readonly decryptMs: number;
  readonly writes: number;
}

async function figures<T extends object>(servers: ServerProcess, work: () => Promise<T>): Promise<RunFigures & T> {
  await servers.call('advanceClock', PAST_CACHE_MS);
  const serverBefore = await servers.call('cpuMs');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const extra = await work();
  const wallMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (user + system) / 1000, serverCpuMs: (await servers.call('cpuMs')) - serverBefore, ...extra };
}

async function expectOk(result: ReturnType<typeof refresh>): Promise<void> {
  const answer = await result;
  if (!answer.ok) throw new Error(`refresh failed: ${answer.kind}`);
}

function countingFetch(): { fetch: FetchFn; peak: () => number } {
  let inFlight = 0;
  let peak = 0;
  return {
    fetch: async (input, init) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await globalThis.fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    },
    peak: () => peak,
  };
}

export interface RefresherRuns {
  /** Median of `samples` sequential refreshes, one at a time. */
  latency(samples: number): Promise<number>;
  plain(): Promise<RunFigures>;
  refresher(): Promise<RefresherFigures>;
}

export function refresherRuns(servers: ServerProcess, targets: readonly AuthIdServer[], seeds: readonly Seed[]): RefresherRuns {
  return {
    latency: async (samples) => {
      await servers.call('advanceClock', PAST_CACHE_MS);
      const times: number[] = [];
      for (const seed of seeds.slice(0, samples)) times.push(await timed(() => expectOk(refresh(seed.authId, seed.server))));
      return median(times);
    },
    plain: () =>
      figures(servers, async () => {
        let next = 0;
        const worker = async (): Promise<void> => {
          while (next < seeds.length) {
            const seed = seeds[next++]!;
            await expectOk(refresh(seed.authId, seed.server));
          }
        };
        await Promise.all(Array.from({ length: CAP }, worker));
        return {};
      }),
    refresher: async () => {
      const opened = await openFleetVault(seeds);
      try {
        const counted = countingFetch();
        const refresher = createRefresher({
          vault: opened.vault,
          settings: fixedSettings({ servers: targets }),
          fetch: counted.fetch,
          maxParallel: CAP,
        });
        const run = await figures(servers, async () => {
          await refresher.checkAll();
          await opened.vault.flush();
          return { peak: counted.peak(), writeCpuMs: opened.writeCpuMs(), decryptMs: opened.decryptMs(), writes: opened.writes() };
        });
        const unhealthy = opened.vault.list().filter((record) => record.health !== 'healthy').length;
        if (unhealthy > 0) throw new Error(`${unhealthy} AuthIDs did not refresh`);
        return run;
      } finally {
        opened.remove();
      }
    },
  };
}
