/**
 * Metric 6: the AuthID server answering `/refresh` for one v1 AuthID from its access-token
 * cache, against a bare node:http handler sending the same JSON, under the same client loop.
 * Both servers share this process with the client, alike.
 */
import type { BenchRow } from '../bench-row';
import { startAuthIdStack } from '../../fixtures/authid-stack';
import { startBareJsonServer } from '../support/bare-json-server';
import { perSecond } from '../support/format';
import { atLeast, goalRow } from '../support/goal-row';
import { requestsPerSecond } from '../support/http-load';
import { median } from '../support/stats';

const CONCURRENCY = 8;
const ROUND_MS = 1_500;
const ROUNDS = 3;

export default async function measure(): Promise<BenchRow[]> {
  const stack = await startAuthIdStack();
  try {
    const login = await stack.completeLogin(`${stack.baseUrl}/login?id=dropbox`);
    if (login.authId === null) throw new Error('the login gave no AuthID');
    const headers = { 'X-AuthID': login.authId };
    const refreshUrl = `${stack.baseUrl}/refresh`;
    // The first refresh reaches the provider and fills the cache; every later one is a hit.
    const first = await fetch(refreshUrl, { headers });
    if (!first.ok) throw new Error(`the first refresh answered ${first.status}`);
    const bare = await startBareJsonServer(await first.text());
    try {
      const load = (url: string) => requestsPerSecond({ url, headers, concurrency: CONCURRENCY, durationMs: ROUND_MS });
      await load(bare.url);
      await load(refreshUrl);
      const bareRates: number[] = [];
      const serverRates: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        bareRates.push(await load(bare.url));
        serverRates.push(await load(refreshUrl));
      }
      const baseline = median(bareRates);
      const measured = median(serverRates);
      return [
        goalRow({
          metric: 'AuthID server cached /refresh throughput',
          baseline: `bare node:http ${perSecond(baseline)}`,
          measured: perSecond(measured),
          ratio: measured / baseline,
          goal: atLeast(0.5),
          note: `${CONCURRENCY} in flight over keep-alive, median of ${ROUNDS} × ${ROUND_MS / 1000} s; client and server share one process`,
        }),
      ];
    } finally {
      await bare.close();
    }
  } finally {
    await stack.close();
  }
}
