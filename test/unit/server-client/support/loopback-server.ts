import { afterEach } from 'vitest';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuthIdServer } from '../../../../electron/services/servers/known-servers';
import { WatchedArray } from '../../../fixtures/waits/watched-array';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface Loopback {
  readonly server: AuthIdServer;
  /** Every request so far, in order; a test can wait for the next with `requests.until`. */
  readonly requests: WatchedArray<RecordedRequest>;
  close(): Promise<void>;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 that records every request and answers with `handler`. */
export async function startLoopback(handler: Handler): Promise<Loopback> {
  const requests = new WatchedArray<RecordedRequest>();
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      handler(recorded, res);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    server: { baseUrl: `http://127.0.0.1:${port}`, flavour: 'self-hosted' },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

/** A server address where nothing listens: a port that was just bound and released. */
export async function closedPortServer(): Promise<AuthIdServer> {
  const probe = await startLoopback((_req, res) => res.end());
  await probe.close();
  return probe.server;
}

/** Sends `status` with an optional `X-Reason` header and body. */
export function reply(res: ServerResponse, status: number, options: { reason?: string; body?: string; statusText?: string; headers?: Record<string, string> } = {}): void {
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', ...options.headers };
  if (options.reason !== undefined) headers['X-Reason'] = options.reason;
  if (options.statusText !== undefined) res.writeHead(status, options.statusText, headers);
  else res.writeHead(status, headers);
  res.end(options.body ?? '');
}

/** For a test file: `serve` starts a loopback server that closes after the test (registers its own afterEach). */
export function loopbackPerTest(): (handler: Handler) => Promise<Loopback> {
  const open: Loopback[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((loopback) => loopback.close()));
  });
  return async (handler) => {
    const loopback = await startLoopback(handler);
    open.push(loopback);
    return loopback;
  };
}
