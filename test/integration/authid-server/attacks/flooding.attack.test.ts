/**
 * Attack: flood the server with login starts and token registrations from many addresses
 * (127.0.0.2 … 127.0.0.201 here; on Linux all of 127/8 is this machine) while a user's login is under
 * way. When its maps dropped their oldest entry to make room, 10,000 requests pushed the user's
 * login state and fetch token out. Now full maps refuse new entries, each client may hold only
 * its share, and the login under way completes.
 */
import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../../fixtures/authid-stack';
import { newFetchToken, rawRequest } from '../support/http';

const FLOOD_PER_MAP = 10_001;
const ADDRESSES = 200;
const PARALLEL = 16;

let stack: AuthIdStack;

beforeAll(async () => {
  stack = await startAuthIdStack({ hardened: true });
});
afterAll(async () => {
  await stack?.close();
});

/**
 * Sends `count` requests made by `path(i)`, an equal share from each address over one kept-alive
 * connection, PARALLEL addresses at a time (more open connections would hit the connection cap
 * instead). Returns how many each status got (0: the connection was refused).
 */
async function flood(count: number, path: (i: number) => string): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  const perAddress = Math.ceil(count / ADDRESSES);
  let nextAddress = 0;
  let sent = 0;
  const worker = async (): Promise<void> => {
    for (let address = nextAddress++; address < ADDRESSES; address = nextAddress++) {
      const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.0.${address + 2}` });
      try {
        for (let k = 0; k < perAddress && sent < count; k += 1) {
          const { status } = await rawRequest(stack.baseUrl, path(sent++), { agent }).catch(() => ({ status: 0 }));
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      } finally {
        agent.destroy();
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return statuses;
}

// Other systems answer only 127.0.0.1 on loopback unless told otherwise.
describe.runIf(process.platform === 'linux')('flooding', () => {
  it('10,001 login starts and 10,001 token registrations leave a login under way intact', async () => {
    const token = newFetchToken();
    await fetch(`${stack.baseUrl}/?token=${token}`);
    const started = await fetch(`${stack.baseUrl}/login?id=onedrivev2&token=${token}`, { redirect: 'manual' });
    const providerUrl = started.headers.get('location');
    expect(providerUrl).toContain(stack.provider.issuer);

    const logins = await flood(FLOOD_PER_MAP, () => '/login?id=onedrivev2');
    const registrations = await flood(FLOOD_PER_MAP, (i) => `/?token=flood-token-${i}-${'x'.repeat(8)}`);

    const login = await stack.completeLogin(providerUrl!);
    expect(login.authId).toMatch(/^[0-9a-f]{30}:/);
    expect(await (await fetch(`${stack.baseUrl}/fetch?token=${token}`)).json()).toEqual({ authid: login.authId });
    // The flood itself was turned away once the maps were full.
    expect(logins.get(503)).toBeGreaterThan(0);
    expect(registrations.get(503)).toBeGreaterThan(0);
  }, 120_000);

  it('one client may hold only its share of pending logins; another can still start theirs', async () => {
    const own = await startAuthIdStack({ hardened: true });
    const greedy = new Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.0.250' });
    const other = new Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.0.251' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i += 1) statuses.push((await rawRequest(own.baseUrl, '/login?id=onedrivev2', { agent: greedy })).status);
      expect(statuses).toEqual([...Array<number>(20).fill(302), ...Array<number>(5).fill(503)]);
      const refused = await rawRequest(own.baseUrl, '/login?id=onedrivev2', { agent: greedy });
      expect(refused.body).toContain('Too many logins are waiting on this server');
      expect(refused.headers['retry-after']).toBe('300');
      expect((await rawRequest(own.baseUrl, '/login?id=onedrivev2', { agent: other })).status).toBe(302);
    } finally {
      greedy.destroy();
      other.destroy();
      await own.close();
    }
  });
});
