/**
 * The refresher's checkAll over v1 onedrivev2 AuthIDs against two AuthID servers (half each, so
 * the 2-per-server limit still allows the global cap of 4) in front of the fixture OAuth
 * provider, all in the server process. Each round, in turn (support/refresher-runs.ts):
 * - latency: sequential refreshes, one at a time → ideal = N × median latency ÷ cap;
 * - plain: a 4-way loop making the same refresh requests, nothing else (the CPU floor);
 * - refresher: checkAll on a real vault file (check results batched once a second), flushed.
 * CPU time is this process's; the servers' is reported apart.
 */
import { availableParallelism } from 'node:os';
import type { BenchContext, BenchRow } from '../bench-row';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { fixedBaseline, rowFromSamples } from '../rows/bench-row-from-samples';
import { measuredAtMost, ratioAtMost } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import { ms, seconds } from '../support/format';
import type { Seed } from '../support/fleet-vault';
import { CAP, refresherRuns, type RunFigures } from '../support/refresher-runs';
import { median } from '../support/stats';

export default async function measure(bench: BenchContext): Promise<BenchRow[]> {
  const count = bench.quick ? 8 : 1_000;
  const latencySamples = bench.quick ? 2 : 20;
  const servers = await bench.servers();
  const fleet = await servers.call('startRefreshFleet', { servers: 2, authIds: count });
  const targets: AuthIdServer[] = fleet.baseUrls.map((baseUrl) => ({ baseUrl, flavour: 'self-hosted' }));
  const seeds: Seed[] = fleet.seeds.map(({ server, authId }) => ({ server: targets[server]!, authId }));
  const runs = refresherRuns(servers, targets, seeds);
  const results = await interleavedRuns(
    { latency: () => runs.latency(latencySamples), plain: runs.plain, refresher: runs.refresher },
    { rounds: bench.quick ? 1 : 3, warmup: 0, progress: 'refresher' },
  );
  const ideal = results.latency.map((latencyMs) => (count * latencyMs) / CAP);
  const perCheck = (run: RunFigures) => run.cpuMs / count;
  const medianOf = (values: readonly number[]) => ms(median(values));
  const serverShare = median(results.refresher.map((run) => run.serverCpuMs / (run.wallMs * availableParallelism())));
  const label = `${count.toLocaleString('en-US')} v1 AuthIDs`;
  return [
    rowFromSamples({
      id: 'refresher-wall',
      metric: `Refresher checkAll, ${label} (wall time)`,
      baselineName: `ideal (N × latency ÷ ${CAP}, latency ${medianOf(results.latency)})`,
      samples: { baseline: ideal, measured: results.refresher.map((run) => run.wallMs) },
      format: seconds,
      goal: ratioAtMost(1.25),
      note:
        `latency = median of ${latencySamples} sequential refreshes each round; the servers' process used ${medianOf(results.refresher.map((run) => run.serverCpuMs / count))} CPU per refresh, ` +
        `${(serverShare * 100).toFixed(0)}% of ${availableParallelism()} cores over the run; plain loop wall ${seconds(median(results.plain.map((run) => run.wallMs)))}`,
    }),
    rowFromSamples({
      id: 'refresher-cpu',
      metric: `Refresher CPU per check, ${label}`,
      baselineName: `plain ${CAP}-way refresh loop`,
      samples: { baseline: results.plain.map(perCheck), measured: results.refresher.map(perCheck) },
      format: ms,
      goal: ratioAtMost(1.2),
      note:
        `this process's CPU time ÷ N, servers apart; of the refresher's per check: vault file writes ${medianOf(results.refresher.map((run) => run.writeCpuMs / count))} ` +
        `(${median(results.refresher.map((run) => run.writes))} writes of all N records, one a second), decrypting the AuthID ${medianOf(results.refresher.map((run) => run.decryptMs / count))}`,
    }),
    rowFromSamples({
      id: 'refresher-peak',
      metric: 'Refresher peak parallel requests',
      baselineName: 'cap',
      samples: fixedBaseline(CAP, results.refresher.map((run) => run.peak)),
      format: (value) => String(value),
      goal: measuredAtMost(CAP, `≤ ${CAP} (the cap)`),
    }),
  ];
}
