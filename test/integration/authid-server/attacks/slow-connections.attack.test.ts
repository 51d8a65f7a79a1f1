/**
 * Attack: hold connections open cheaply — send headers a byte at a time, send a body slower
 * than that, connect and say nothing, or open more connections than a browser ever would.
 * Each connection costs the server a socket; without limits they pile up for minutes.
 * (The limits are set short here so the test is quick; the defaults are checked below.)
 */
import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../../fixtures/authid-stack';
import { DEFAULT_SERVER_LIMITS } from '../../../../electron/authid-server/server-limits';
import { rawRequest } from '../support/http';

const LIMITS = { headersTimeoutMs: 800, requestTimeoutMs: 1_500, idleTimeoutMs: 3_000 } as const;
/** How long a test waits for the server to close a connection before calling it held open. */
const GIVE_UP_MS = 6_000;

let stack: AuthIdStack;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  stack = await startAuthIdStack({ hardened: true, server: { limits: LIMITS } });
  port = stack.server.port;
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});
afterAll(async () => {
  await stack?.close();
});

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', () => undefined);
    // Read whatever comes (a 408), so the server's close is seen.
    socket.resume();
    socket.once('error', reject);
    sockets.push(socket);
  });
}

/** Milliseconds until the server closes `socket`, or Infinity if it is still open after GIVE_UP_MS. */
function closedAfter(socket: Socket, started: number): Promise<number> {
  return new Promise((resolve) => {
    const giveUp = setTimeout(() => resolve(Infinity), GIVE_UP_MS);
    socket.once('close', () => {
      clearTimeout(giveUp);
      resolve(performance.now() - started);
    });
  });
}

/** Writes `chunk` every 100 ms until the socket closes. */
function trickle(socket: Socket, chunk: string): void {
  const timer = setInterval(() => socket.write(chunk), 100);
  socket.once('close', () => clearInterval(timer));
}

it('headers sent a line at a time: closed at the header timeout', async () => {
  const socket = await open();
  const started = performance.now();
  socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
  trickle(socket, 'X-Slow: a\r\n');
  expect(await closedAfter(socket, started)).toBeLessThan(LIMITS.headersTimeoutMs + 2_000);
});

it('a body sent a byte at a time: closed at the request timeout', async () => {
  const socket = await open();
  const started = performance.now();
  socket.write(`POST /refresh HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\n`);
  trickle(socket, 'a');
  const after = await closedAfter(socket, started);
  expect(after).toBeGreaterThan(LIMITS.headersTimeoutMs);
  expect(after).toBeLessThan(LIMITS.requestTimeoutMs + 2_000);
});

it('a connection that says nothing: closed', async () => {
  const socket = await open();
  expect(await closedAfter(socket, performance.now())).toBeLessThan(LIMITS.headersTimeoutMs + 2_000);
});

it(`more than ${DEFAULT_SERVER_LIMITS.maxConnections} connections at once: the extra one is closed, and requests work again once others go`, async () => {
  const held = await Promise.all(Array.from({ length: DEFAULT_SERVER_LIMITS.maxConnections }, open));
  const extra = await open();
  const started = performance.now();
  extra.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  let answered = false;
  extra.on('data', () => {
    answered = true;
  });
  const closed = closedAfter(extra, started);
  expect(await closed).toBeLessThan(1_000);
  expect(answered).toBe(false);
  for (const socket of held) socket.destroy();
  await expect.poll(async () => (await rawRequest(stack.baseUrl, '/healthz').catch(() => ({ status: 0 }))).status, { timeout: 5_000 }).toBe(200);
});

it('the defaults bound headers, requests, idle connections and their number', () => {
  expect(DEFAULT_SERVER_LIMITS).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, idleTimeoutMs: 60_000, keepAliveTimeoutMs: 5_000, maxConnections: 64 });
  // A provider call may take 25 s; an idle limit below that would cut off a slow refresh.
  expect(DEFAULT_SERVER_LIMITS.idleTimeoutMs).toBeGreaterThan(25_000);
});
