import type { ProviderId } from '../providers';
import type { AuthIdServer } from '../servers';
import { endpointUrl } from './endpoint-url';
import type { RequestOptions } from './http-deps';
import { exchange } from './http-exchange';
import { offeredProviders } from './offered-providers';
import type { RetryBy, ServerFailure } from './server-failure';
import { transportFailure } from './transport-failure';
import { unexpectedAnswer } from './unexpected-answer';

export type ProbeResult =
  | { readonly reachable: true; readonly providers: readonly ProviderId[] }
  | { readonly reachable: false; readonly failure: ServerFailure };

export interface ProbeOptions extends RequestOptions {
  /** Default 10 s. */
  readonly timeoutMs?: number;
  readonly maxBodyBytes?: number;
  /** Default 'app': a failed background probe is made again later; a Test button's is not. */
  readonly retryBy?: RetryBy;
}

/** Loads the server's index page: is it there, and which providers does it offer? */
export async function probe(server: AuthIdServer, options: ProbeOptions = {}): Promise<ProbeResult> {
  const { retryBy = 'app', ...request } = options;
  const limits = { timeoutMs: options.timeoutMs ?? 10_000, maxBodyBytes: options.maxBodyBytes ?? 512 * 1024 };
  const sent = await exchange(endpointUrl(server, '/'), { method: 'GET', headers: { accept: 'text/html' } }, { ...request, ...limits });
  if (!sent.ok) return { reachable: false, failure: transportFailure(sent.kind, server, limits, sent.code, retryBy) };
  if (sent.answer.status !== 200) return { reachable: false, failure: unexpectedAnswer(server, sent.answer, 'a request for its start page', retryBy) };
  return { reachable: true, providers: offeredProviders(sent.answer.body, server.baseUrl) };
}
