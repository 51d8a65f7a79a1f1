/**
 * What the server process does for the bench, one command per function: the AuthID server with
 * the fixture OAuth provider (test/fixtures' stack), the refresher's fleet of AuthID servers,
 * a bare node:http baseline, when answers to a path finished, and the process's CPU time.
 * Runs only inside the server process (server-host.ts); the bench calls it through server-process.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningAuthIdServer } from '../../../electron/authid-server/start-authid-server';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { closeServer, listenOnLoopback } from '../../fixtures/loopback-server';
import { startRefreshFleet, type RefreshFleet } from './refresh-fleet';
import { watchResponseFinishes } from './response-finishes';

/** What the bench needs to drive the stack's pages. */
export interface StackInfo {
  /** The AuthID server, no trailing slash. */
  readonly baseUrl: string;
  readonly provider: { readonly issuer: string; readonly password: string };
}

let clockOffset = 0;
/** The servers' clock; the bench moves it past the access-token cache between runs. */
const clock = { now: () => Date.now() + clockOffset };
const finishes = watchResponseFinishes();
const fleetServers: RunningAuthIdServer[] = [];
const bareServers: Server[] = [];
let stack: Promise<AuthIdStack> | undefined;

const startedStack = (): Promise<AuthIdStack> => (stack ??= startAuthIdStack({ clock }));

export const hostCommands = {
  async startStack(): Promise<StackInfo> {
    const { baseUrl, provider } = await startedStack();
    return { baseUrl, provider: { issuer: provider.issuer, password: provider.password } };
  },

  /** A login driven over plain HTTP (no browser); the AuthID it ended with. */
  async login(url: string): Promise<string> {
    const outcome = await (await startedStack()).completeLogin(url);
    if (outcome.authId === null) throw new Error(`the login at ${new URL(url).pathname} ended without an AuthID`);
    return outcome.authId;
  },

  async startRefreshFleet(size: { readonly servers: number; readonly authIds: number }): Promise<RefreshFleet> {
    return startRefreshFleet(await startedStack(), clock, size, fleetServers);
  },

  advanceClock(ms: number): void {
    clockOffset += ms;
  },

  /** The throughput floor: node:http answering one fixed JSON body and nothing else. */
  async startBareJson(body: string): Promise<string> {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
    });
    await listenOnLoopback(server);
    bareServers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/refresh`;
  },

  /** epochNow() when an answer to `path` last finished (null: none yet). */
  lastFinished(path: string): number | null {
    return finishes.latest(path) ?? null;
  },

  /** This process's CPU time so far, in ms (user + system). */
  cpuMs(): number {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },

  async closeAll(): Promise<void> {
    finishes.stop();
    await Promise.all([...fleetServers.map((server) => server.close()), ...bareServers.map(closeServer)]);
    if (stack) await (await stack).close();
  },
};

export type HostCommands = typeof hostCommands;
