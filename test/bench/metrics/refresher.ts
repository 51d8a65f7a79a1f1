/**
 * The refresher's throughput: checkAll over 1,000 v1 onedrivev2 AuthIDs against two local AuthID
 * servers (500 each, so the 2-per-server limit still allows the global cap of 4) in front of the
 * fixture OAuth provider. Seeding: one real login gives real provider tokens, which the servers'
 * own SealedTokenStore seals under 1,000 fresh AuthIDs; every refresh still unseals, calls the
 * provider's token endpoint and reseals, exactly as for a logged-in AuthID. The vault is a real
 * file, so its writes (check results, batched once a second) are part of the figure.
 */
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import type { BenchRow } from '../bench-row';
import { parseAuthId } from '../../../electron/authid-server/authid-format';
import { startAuthIdServer, type RunningAuthIdServer } from '../../../electron/authid-server/start-authid-server';
import { SealedTokenStore } from '../../../electron/authid-server/storage/sealed-token-store';
import { MemoryTokenStorage } from '../../../electron/authid-server/storage/token-storage';
import { confDocumentBackend } from '../../../electron/services/document-store/conf-document-backend';
import type { DocumentBackend } from '../../../electron/services/document-store/document-store';
import { createRefresher } from '../../../electron/services/refresher';
import { refresh, type FetchFn } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { fixedSettings } from '../../fixtures/fixed-settings';
import { sealOsEncrypted } from '../../../electron/services/vault/secret-sealing';
import { VAULT_SPEC, type StoredRecord } from '../../../electron/services/vault/vault-document';
import { openVault } from '../../../electron/services/vault/vault';
import { startAuthIdStack } from '../../fixtures/authid-stack';
import { ms } from '../support/format';
import { atMost, goalRow } from '../support/goal-row';
import { median } from '../support/stats';
import { SoftwareSecretBox } from '../support/software-secret-box';
import { timed } from '../support/timed';

const COUNT = 1_000;
const CAP = 4;
const LATENCY_SAMPLES = 50;
/** Moves the servers' clock past their one-hour access-token cache between phases. */
const PAST_CACHE_MS = 2 * 3_600_000;

export default async function measure(): Promise<BenchRow[]> {
  let offset = 0;
  const clock = { now: () => Date.now() + offset };
  const stack = await startAuthIdStack();
  const storages = [new MemoryTokenStorage(), new MemoryTokenStorage()];
  const running: RunningAuthIdServer[] = [];
  try {
    for (const storage of storages) running.push(await startAuthIdServer({ providers: stack.providerSettings, storage, clock }));
    const servers: AuthIdServer[] = running.map((s) => ({ baseUrl: s.baseUrl, flavour: 'self-hosted' }));
    const page = await stack.completeLogin(`${servers[0]!.baseUrl}/login?id=onedrivev2`);
    const shape = parseAuthId(page.authId ?? '');
    if (shape.kind !== 'v1') throw new Error('the login gave no v1 AuthID');
    const stored = await new SealedTokenStore(storages[0]!).read(shape.keyId, shape.password);
    const seeds = await inBatches(COUNT, async (index) => ({
      server: servers[index % 2]!,
      authId: await new SealedTokenStore(storages[index % 2]!).create(stored.providerId, stored.tokens),
    }));

    const latencies: number[] = [];
    for (const seed of seeds.slice(0, LATENCY_SAMPLES)) latencies.push(await timed(() => expectOk(refresh(seed.authId, seed.server, { clock }))));
    const latency = median(latencies);

    // The plain loop runs before and after the refresher, so load drifting on a shared machine hits both.
    offset += PAST_CACHE_MS;
    const poolBefore = await timed(() => plainPool(seeds, clock));
    offset += PAST_CACHE_MS;
    const counted = countingFetch();
    const vault = await openVault({ backend: await fileVault(seeds), secretBox: box });
    const refresher = createRefresher({
      vault,
      settings: fixedSettings({ servers }),
      fetch: counted.fetch,
      maxParallel: CAP,
    });
    const wall = await timed(() => refresher.checkAll());
    const unhealthy = vault.list().filter((r) => r.health !== 'healthy').length;
    if (unhealthy > 0) throw new Error(`${unhealthy} AuthIDs did not refresh`);

    offset += PAST_CACHE_MS;
    const pool = (poolBefore + (await timed(() => plainPool(seeds, clock)))) / 2;

    const ideal = (COUNT * latency) / CAP;
    const seconds = (value: number): string => `${(value / 1000).toFixed(2)} s`;
    return [
      goalRow({
        metric: 'Refresher checkAll, 1,000 v1 AuthIDs (wall time)',
        baseline: `ideal ${seconds(ideal)} (1,000 × ${ms(latency)} ÷ ${CAP})`,
        measured: seconds(wall),
        ratio: wall / ideal,
        goal: atMost(1.25),
        note: `latency = median of ${LATENCY_SAMPLES} sequential refreshes; each refresh costs the in-process servers two scrypt runs, so on ${availableParallelism()} cores the ideal assumes more parallel CPU than there is`,
      }),
      goalRow({
        metric: 'Refresher checkAll vs a plain 4-way refresh loop',
        baseline: `plain loop ${seconds(pool)} (mean of a run before and after)`,
        measured: seconds(wall),
        ratio: wall / pool,
        goal: atMost(1.25),
        note: 'same AuthIDs, servers and machine; shows the refresher’s own overhead (vault writes, scheduling, slots)',
      }),
      goalRow({
        metric: 'Refresher peak parallel requests',
        baseline: `cap ${CAP}`,
        measured: String(counted.peak()),
        ratio: counted.peak() / CAP,
        goal: atMost(1, ' of the cap'),
      }),
    ];
  } finally {
    await Promise.all(running.map((s) => s.close()));
    await stack.close();
  }
}

const box = new SoftwareSecretBox();

async function expectOk(result: ReturnType<typeof refresh>): Promise<void> {
  const answer = await result;
  if (!answer.ok) throw new Error(`refresh failed: ${answer.kind}`);
}

/** Runs `make` for 0..count-1, a few at a time (sealing is CPU-bound). */
async function inBatches<T>(count: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += 8) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(8, count - start) }, (_, i) => make(start + i)))));
  }
  return out;
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

async function plainPool(seeds: readonly { server: AuthIdServer; authId: string }[], clock: { now(): number }): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < seeds.length) {
      const seed = seeds[next++]!;
      await expectOk(refresh(seed.authId, seed.server, { clock }));
    }
  };
  await Promise.all(Array.from({ length: CAP }, worker));
}

/** A real vault file (conf, JSON schema, zod) in a fresh folder, written once with real sealed secrets. */
async function fileVault(seeds: readonly { server: AuthIdServer; authId: string }[]): Promise<DocumentBackend> {
  const created = new Date().toISOString();
  const records: StoredRecord[] = [];
  for (const [index, seed] of seeds.entries()) {
    records.push({
      id: `bench-${index}`,
      label: `OneDrive ${index}`,
      provider: 'onedrivev2',
      serverBaseUrl: seed.server.baseUrl,
      kind: 'v1',
      created,
      history: [],
      destinations: [],
      secret: await sealOsEncrypted(box, seed.authId),
    });
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'authid-bench-refresher-'));
  const backend = confDocumentBackend(directory, (options) => new Conf<Record<string, unknown>>(options));
  backend.open(VAULT_SPEC).write({ records, weakOptIn: false });
  return backend;
}
