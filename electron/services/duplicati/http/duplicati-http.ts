/**
 * One request to Duplicati's web API: JSON in and out, a deadline and a size cap (the server
 * client's bounded exchange), and transport failures turned into messages that name the host.
 */
import { exchange, type FetchFn, type HttpAnswer } from '../../server-client';
import { failure, hostOf, notDuplicati, type DuplicatiFailure } from '../failures';

export interface HttpSettings {
  readonly fetch?: FetchFn;
  /** Per request; Duplicati answers in well under a second, a backup read may take a few. */
  readonly timeoutMs: number;
}

export interface ApiRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly json?: unknown;
  readonly bearer?: string;
  readonly cookie?: string;
}

export type ApiReply = { readonly ok: true; readonly answer: HttpAnswer } | { readonly ok: false; readonly failure: DuplicatiFailure };

/** A backup list with hundreds of backups stays far below this. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export async function send(baseUrl: string, request: ApiRequest, http: HttpSettings): Promise<ApiReply> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.json !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  if (request.bearer !== undefined) headers.authorization = `Bearer ${request.bearer}`;
  if (request.cookie !== undefined) headers.cookie = request.cookie;
  const sent = await exchange(
    `${baseUrl}${request.path}`,
    { method: request.method, headers, ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }) },
    { timeoutMs: http.timeoutMs, maxBodyBytes: MAX_BODY_BYTES, ...(http.fetch === undefined ? {} : { fetch: http.fetch }) },
  );
  if (sent.ok) return sent;
  const host = hostOf(baseUrl);
  switch (sent.kind) {
    case 'timeout':
      return { ok: false, failure: failure('timeout', `Duplicati at ${host} did not answer within ${Math.round(http.timeoutMs / 1000)} seconds. It may be busy; try again in a moment.`) };
    case 'cancelled':
      return { ok: false, failure: failure('cancelled', 'Cancelled.') };
    case 'oversized-response':
      return { ok: false, failure: notDuplicati(baseUrl) };
    case 'unreachable':
      return {
        ok: false,
        failure: failure('unreachable', `Duplicati at ${host} does not answer${sent.code === undefined ? '' : ` (${sent.code.slice(0, 24)})`}. Check that Duplicati is running and that the address is right.`),
      };
  }
}

/** The body as JSON, or undefined when it is not JSON. */
export function jsonOf(answer: HttpAnswer): unknown {
  try {
    return JSON.parse(answer.body);
  } catch {
    return undefined;
  }
}
