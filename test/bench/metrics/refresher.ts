/**
 * The refresher's checkAll over v1 onedrivev2 AuthIDs against two AuthID servers (half each, so
 * the 2-per-server limit still allows the global cap of 4) in front of the fixture OAuth
 * provider, all in the server process. Each round, in turn:
 * - latency: sequential refreshes, one at a time → ideal = N × median latency ÷ cap;
 * - plain: a 4-way loop making the same refresh requests, nothing else (the CPU floor);
 * - refresher: checkAll on a real vault file (check results batched once a second), flushed.
 * Before each, the servers' clock moves past their access-token cache, so every refresh unseals,
 * calls the provider and reseals. CPU time is this process's; the servers' is reported apart.
 */
import { availableParallelism } from 'node:os';
import type { BenchContext, BenchRow } from '../bench-row';
import { createRefresher } from '../../../electron/services/refresher';
import { refresh, type FetchFn } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { rowFromSamples, fixedBaseline } from '../rows/bench-row-from-samples';
import { measuredAtMost, ratioAtMost } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import type { ServerProcess } from '../servers/server-process';
import { ms, seconds } from '../support/format';
import { openFleetVault, type Seed } from '../support/fleet-vault';
import { median } from '../support/stats';
import { timed } from '../support/timed';

const CAP = 4;
/** Moves the servers' clock past their one-hour access-token cache. */
const PAST_CACHE_MS = 2 * 3_600_000;

interface RunFigures {
  readonly wallMs: number;
  /** This process's CPU time (user + system). */
  readonly cpuMs: number;
  /** The server process's CPU time over the same run. */
  readonly serverCpuMs: number;
}

interface RefresherFigures extends RunFigures {
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

async function plainLoop(seeds: readonly Seed[]): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < seeds.length) {
      const seed = seeds[next++]!;
      await expectOk(refresh(seed.authId, seed.server));
    }
  };
  await Promise.all(Array.from({ length: CAP }, worker));
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

export default async function measure(bench: BenchContext): Promise<BenchRow[]> {
  const count = bench.quick ? 8 : 1_000;
  const latencySamples = bench.quick ? 2 : 20;
  const servers = await bench.servers();
  const fleet = await servers.call('startRefreshFleet', { servers: 2, authIds: count });
  const targets: AuthIdServer[] = fleet.baseUrls.map((baseUrl) => ({ baseUrl, flavour: 'self-hosted' }));
  const seeds: Seed[] = fleet.seeds.map(({ server, authId }) => ({ server: targets[server]!, authId }));

  const latency = async (): Promise<number> => {
    await servers.call('advanceClock', PAST_CACHE_MS);
    const samples: number[] = [];
    for (const seed of seeds.slice(0, latencySamples)) samples.push(await timed(() => expectOk(refresh(seed.authId, seed.server))));
    return median(samples);
  };
  const refresherRun = async (): Promise<RefresherFigures> => {
    const opened = await openFleetVault(seeds);
    try {
      const counted = countingFetch();
      const refresher = createRefresher({
        vault: opened.vault,
        settings: { values: () => ({ servers: targets, checkIntervalHours: 24, notifications: false, clipboardClearSeconds: 0, theme: 'system', startAtLoginPreferred: false }) },
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
  };

  const runs = await interleavedRuns(
    { latency, plain: () => figures(servers, async () => {
      await plainLoop(seeds);
      return {};
    }), refresher: refresherRun },
    { rounds: bench.quick ? 1 : 3, warmup: 0, progress: 'refresher' },
  );
  const ideal = runs.latency.map((latencyMs) => (count * latencyMs) / CAP);
  const perCheck = (run: RunFigures) => run.cpuMs / count;
  const medianOf = (values: readonly number[]) => ms(median(values));
  const serverShare = median(runs.refresher.map((run) => run.serverCpuMs / (run.wallMs * availableParallelism())));
  const label = `${count.toLocaleString('en-US')} v1 AuthIDs`;
  return [
    rowFromSamples({
      id: 'refresher-wall',
      metric: `Refresher checkAll, ${label} (wall time)`,
      baselineName: `ideal (N × latency ÷ ${CAP}, latency ${medianOf(runs.latency)})`,
      samples: { baseline: ideal, measured: runs.refresher.map((run) => run.wallMs) },
      format: seconds,
      goal: ratioAtMost(1.25),
      note:
        `latency = median of ${latencySamples} sequential refreshes each round; the servers' process used ${medianOf(runs.refresher.map((run) => run.serverCpuMs / count))} CPU per refresh, ` +
        `${(serverShare * 100).toFixed(0)}% of ${availableParallelism()} cores over the run; plain loop wall ${seconds(median(runs.plain.map((run) => run.wallMs)))}`,
    }),
    rowFromSamples({
      id: 'refresher-cpu',
      metric: `Refresher CPU per check, ${label}`,
      baselineName: `plain ${CAP}-way refresh loop`,
      samples: { baseline: runs.plain.map(perCheck), measured: runs.refresher.map(perCheck) },
      format: ms,
      goal: ratioAtMost(1.2),
      note:
        `this process's CPU time ÷ N, servers apart; of the refresher's per check: vault file writes ${medianOf(runs.refresher.map((run) => run.writeCpuMs / count))} ` +
        `(${median(runs.refresher.map((run) => run.writes))} writes of all N records, one a second), decrypting the AuthID ${medianOf(runs.refresher.map((run) => run.decryptMs / count))}`,
    }),
    rowFromSamples({
      id: 'refresher-peak',
      metric: 'Refresher peak parallel requests',
      baselineName: 'cap',
      samples: fixedBaseline(CAP, runs.refresher.map((run) => run.peak)),
      format: (value) => String(value),
      goal: measuredAtMost(CAP, `≤ ${CAP} (the cap)`),
    }),
  ];
}
