/**
 * When a server in this process last finished answering a path: node:http reports every
 * finished response on a diagnostics channel, so the AuthID server is observed unchanged.
 */
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { epochNow } from '../support/epoch-now';

const CHANNEL = 'http.server.response.finish';

export interface ResponseFinishes {
  /** epochNow() of the latest finished answer to `path`, if any. */
  latest(path: string): number | undefined;
  stop(): void;
}

export function watchResponseFinishes(): ResponseFinishes {
  const latest = new Map<string, number>();
  const onFinish = (message: unknown): void => {
    const { request } = message as { readonly request: IncomingMessage };
    latest.set(new URL(request.url ?? '/', 'http://server').pathname, epochNow());
  };
  diagnostics.subscribe(CHANNEL, onFinish);
  return { latest: (path) => latest.get(path), stop: () => diagnostics.unsubscribe(CHANNEL, onFinish) };
}
