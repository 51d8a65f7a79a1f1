/**
 * The AuthID server answering `/refresh` for one v1 AuthID from its access-token cache, against
 * a bare node:http handler sending the same JSON, both in the server process, under the same
 * client loop in the bench process; rounds alternate between the two.
 */
import type { BenchContext, BenchRow } from '../bench-row';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { ratioAtLeast } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import { perSecond } from '../support/format';
import { requestsPerSecond } from '../support/http-load';

const CONCURRENCY = 8;

export default async function measure(bench: BenchContext): Promise<BenchRow[]> {
  const roundMs = bench.quick ? 300 : 1_500;
  const servers = await bench.servers();
  const { baseUrl } = await servers.call('startStack');
  const headers = { 'X-AuthID': await servers.call('login', `${baseUrl}/login?id=dropbox`) };
  const refreshUrl = `${baseUrl}/refresh`;
  // The first refresh reaches the provider and fills the cache; every later one is a hit.
  const first = await fetch(refreshUrl, { headers });
  if (!first.ok) throw new Error(`the first refresh answered ${first.status}`);
  const bareUrl = await servers.call('startBareJson', await first.text());
  const load = (url: string) => () => requestsPerSecond({ url, headers, concurrency: CONCURRENCY, durationMs: roundMs });
  const runs = await interleavedRuns({ bare: load(bareUrl), server: load(refreshUrl) }, { rounds: bench.quick ? 1 : 5 });
  return [
    rowFromSamples({
      id: 'refresh-throughput',
      metric: 'AuthID server cached /refresh throughput',
      baselineName: 'bare node:http',
      samples: { baseline: runs.bare, measured: runs.server },
      format: perSecond,
      goal: ratioAtLeast(0.5),
      note: `${CONCURRENCY} in flight over keep-alive, ${roundMs / 1000} s rounds; servers in their own process, the client in the bench's`,
    }),
  ];
}
