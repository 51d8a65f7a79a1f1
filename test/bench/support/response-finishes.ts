/**
 * When a server in this process finished answering a path: node:http reports every finished
 * response on a diagnostics channel, so the AuthID server is observed without being changed.
 */
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface FinishMessage {
  readonly request: IncomingMessage;
  readonly server: Server;
}

const CHANNEL = 'http.server.response.finish';

export interface ResponseFinishes {
  /** performance.now() of the latest finished answer to `path`, if any. */
  latest(): number | undefined;
  stop(): void;
}

export function watchResponseFinishes(port: number, path: string): ResponseFinishes {
  let latest: number | undefined;
  const onFinish = (message: unknown): void => {
    const { request, server } = message as FinishMessage;
    if ((server.address() as AddressInfo | null)?.port !== port) return;
    if (new URL(request.url ?? '/', 'http://server').pathname === path) latest = performance.now();
  };
  diagnostics.subscribe(CHANNEL, onFinish);
  return { latest: () => latest, stop: () => diagnostics.unsubscribe(CHANNEL, onFinish) };
}
