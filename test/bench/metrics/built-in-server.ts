/**
 * The built-in AuthID server as the app keeps it (openBuiltInServer, in the server process),
 * refreshing v1 Box.com AuthIDs from real logins against the fixture OAuth provider:
 * - cached `/refresh` (the access-token cache answers) against a bare node:http handler sending
 *   the same JSON, under the same client loop in the bench process, rounds alternating;
 * - uncached `/refresh` (a fresh AuthID each round, so it unseals, calls the provider, reseals and
 *   stores) against its floor: the same unseal, one refresh-token round trip to the same provider
 *   and the same reseal, timed inside the server process, rounds interleaved.
 */
import type { BenchContext, BenchRow } from '../bench-row';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { ratioAtLeast, ratioAtMost } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import type { ServerProcess } from '../servers/server-process';
import { ms, perSecond } from '../support/format';
import { requestsPerSecond } from '../support/http-load';
import { timed } from '../support/timed';

const CONCURRENCY = 8;

async function refreshOk(refreshUrl: string, authId: string): Promise<string> {
  const answer = await fetch(refreshUrl, { headers: { 'X-AuthID': authId } });
  const body = await answer.text();
  if (!answer.ok) throw new Error(`the built-in server's /refresh answered ${answer.status}`);
  return body;
}

async function cachedRow(servers: ServerProcess, refreshUrl: string, authId: string, quick: boolean): Promise<BenchRow> {
  const roundMs = quick ? 300 : 1_500;
  // The first refresh reaches the provider and fills the cache; every later one is a hit.
  const bareUrl = await servers.call('startBareJson', await refreshOk(refreshUrl, authId));
  const headers = { 'X-AuthID': authId };
  const load = (url: string) => () => requestsPerSecond({ url, headers, concurrency: CONCURRENCY, durationMs: roundMs });
  const runs = await interleavedRuns({ bare: load(bareUrl), server: load(refreshUrl) }, { rounds: quick ? 1 : 5 });
  return rowFromSamples({
    id: 'refresh-throughput',
    metric: 'Built-in AuthID server, cached /refresh throughput',
    baselineName: 'bare node:http',
    samples: { baseline: runs.bare, measured: runs.server },
    format: perSecond,
    goal: ratioAtLeast(0.5),
    note: `the built-in server as the app keeps it; ${CONCURRENCY} in flight over keep-alive, ${roundMs / 1000} s rounds; servers in their own process, the client in the bench's`,
  });
}

async function uncachedRow(servers: ServerProcess, refreshUrl: string, quick: boolean): Promise<BenchRow> {
  // Each round costs a real login first: --quick keeps to one.
  const rounds = quick ? 1 : 15;
  const warmup = quick ? 0 : 2;
  const fresh = await servers.call('loginBuiltIn', rounds + warmup);
  const runs = await interleavedRuns(
    {
      floor: () => servers.call('builtInRefreshFloor'),
      server: () => timed(() => refreshOk(refreshUrl, fresh.pop()!)),
    },
    { rounds, warmup },
  );
  return rowFromSamples({
    id: 'refresh-uncached',
    metric: 'Built-in AuthID server, uncached /refresh (v1, rotating provider)',
    baselineName: 'unseal + provider round trip + reseal',
    samples: { baseline: runs.floor, measured: runs.server },
    format: ms,
    goal: ratioAtMost(1.25),
    note:
      'a fresh AuthID each round: GET /refresh from the bench process → unseal (scrypt), refresh-token grant at the same oidc-provider, reseal (scrypt), ' +
      'OS-encrypted store write; floor = that crypto and round trip alone, timed inside the server process',
  });
}

export default async function measure(bench: BenchContext): Promise<BenchRow[]> {
  const servers = await bench.servers();
  const refreshUrl = `${await servers.call('startBuiltIn')}/refresh`;
  const [cachedAuthId] = await servers.call('loginBuiltIn', 1);
  return [await cachedRow(servers, refreshUrl, cachedAuthId!, bench.quick), await uncachedRow(servers, refreshUrl, bench.quick)];
}
