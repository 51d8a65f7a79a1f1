/**
 * The refresher's servers: AuthID servers in front of the stack's OAuth provider, each with its
 * own token storage, and many v1 AuthIDs spread over them. One real login gives real provider
 * tokens, which the servers' own SealedTokenStore seals under fresh AuthIDs; every refresh still
 * unseals, calls the provider's token endpoint and reseals, exactly as for a logged-in AuthID.
 */
import { parseAuthId } from '../../../electron/authid-server/authid-format';
import type { ServerClock } from '../../../electron/authid-server/clock';
import { MemoryTokenStorage, startAuthIdServer, type RunningAuthIdServer } from '../../../electron/authid-server';
import { SealedTokenStore } from '../../../electron/authid-server/storage/sealed-token-store';
import type { AuthIdStack } from '../../fixtures/authid-stack';

export interface FleetSeed {
  /** Index into `baseUrls`. */
  readonly server: number;
  readonly authId: string;
}

export interface RefreshFleet {
  readonly baseUrls: readonly string[];
  readonly seeds: readonly FleetSeed[];
}

const SEALING_BATCH = 8;

export async function startRefreshFleet(
  stack: AuthIdStack,
  clock: ServerClock,
  { servers, authIds }: { readonly servers: number; readonly authIds: number },
  running: RunningAuthIdServer[],
): Promise<RefreshFleet> {
  const stores: SealedTokenStore[] = [];
  for (let index = 0; index < servers; index += 1) {
    const storage = new MemoryTokenStorage();
    running.push(await startAuthIdServer({ providers: stack.providerSettings, storage, clock }));
    stores.push(new SealedTokenStore(storage));
  }
  const baseUrls = running.slice(-servers).map((server) => server.baseUrl);
  const login = await stack.completeLogin(`${baseUrls[0]}/login?id=onedrivev2`);
  const shape = parseAuthId(login.authId ?? '');
  if (shape.kind !== 'v1') throw new Error('the login gave no v1 AuthID');
  const stored = await stores[0]!.read(shape.keyId, shape.password);
  const seeds: FleetSeed[] = [];
  // Sealing is CPU-bound (scrypt): a few at a time.
  for (let start = 0; start < authIds; start += SEALING_BATCH) {
    const batch = Array.from({ length: Math.min(SEALING_BATCH, authIds - start) }, async (_, offset) => {
      const server = (start + offset) % servers;
      return { server, authId: await stores[server]!.create(stored.providerId, stored.tokens) };
    });
    seeds.push(...(await Promise.all(batch)));
  }
  return { baseUrls, seeds };
}
