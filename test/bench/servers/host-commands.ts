/**
 * What the server process does for the bench, one command per function: the AuthID server with
 * the fixture OAuth provider (test/fixtures' stack), the built-in server as the app keeps it in
 * front of the same provider, the refresher's fleet of AuthID servers, the Duplicati stand-in,
 * a bare node:http baseline, when answers to a path finished, and the process's CPU time.
 * Runs only inside the server process (server-host.ts); the bench calls it through server-process.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningAuthIdServer } from '../../../electron/authid-server/start-authid-server';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import type { SeedBackup } from '../../fixtures/duplicati-stand-in/backups';
import { startDuplicatiStandIn, type DuplicatiStandIn } from '../../fixtures/duplicati-stand-in/server';
import { closeServer, listenOnLoopback } from '../../fixtures/loopback-server';
import { startBuiltInBench, type BuiltInBench } from './built-in-bench';
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
const standIns: DuplicatiStandIn[] = [];
let stack: Promise<AuthIdStack> | undefined;
let builtIn: Promise<BuiltInBench> | undefined;

const startedStack = (): Promise<AuthIdStack> => (stack ??= startAuthIdStack({ clock }));
const startedBuiltIn = (): Promise<BuiltInBench> => (builtIn ??= startedStack().then((started) => startBuiltInBench(started.provider)));

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

  /** The built-in server (Box.com through the stack's provider); its base URL. */
  async startBuiltIn(): Promise<string> {
    return (await startedBuiltIn()).baseUrl;
  },

  /** `count` fresh AuthIDs from real logins at the built-in server, none refreshed yet. */
  async loginBuiltIn(count: number): Promise<string[]> {
    return (await startedBuiltIn()).login(count);
  },

  /** One run of the built-in server's uncached-refresh floor (unseal, provider round trip, reseal); ms. */
  async builtInRefreshFloor(): Promise<number> {
    return (await startedBuiltIn()).floorRefresh();
  },

  /** A Duplicati stand-in (2.3) holding these backups; its base URL. */
  async startDuplicati(backups: readonly SeedBackup[], password: string): Promise<string> {
    const standIn = await startDuplicatiStandIn({ backups, password });
    standIns.push(standIn);
    return standIn.baseUrl;
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
    await Promise.all([...fleetServers.map((server) => server.close()), ...bareServers.map(closeServer), ...standIns.map((standIn) => standIn.close())]);
    if (builtIn) await (await builtIn).close();
    if (stack) await (await stack).close();
  },
};

export type HostCommands = typeof hostCommands;
