import type { AuthIdServer } from '../servers';
import { advisePseudoAuthId, detectPseudoAuthId } from '../authids';
import { endpointUrl } from './endpoint-url';
import type { RequestOptions } from './http-deps';
import { exchange } from './http-exchange';
import { parseJsonObject } from './parse-json-object';
import type { ServerFailure } from './server-failure';
import { transportFailure } from './transport-failure';
import { unexpectedAnswer } from './unexpected-answer';

export type FetchAuthIdResult =
  | { readonly kind: 'ready'; readonly authId: string }
  | { readonly kind: 'waiting' }
  /** `No such entry`: the fetch token is unknown (not registered yet) or its 5 minutes are over. */
  | { readonly kind: 'expired'; readonly message: string }
  | { readonly kind: 'missing-token'; readonly message: string }
  /** The server handed out one of its pseudo-AuthIDs (`Server error, …`), which must never be stored. */
  | { readonly kind: 'login-failed'; readonly message: string }
  | { readonly kind: 'failed'; readonly failure: ServerFailure }
  | { readonly kind: 'cancelled' };

export interface FetchAuthIdOptions extends RequestOptions {
  /** Per request; default 15 s. */
  readonly timeoutMs?: number;
}

export const LOGIN_EXPIRED_MESSAGE = 'The login expired before it finished. Start the login again.';
const FETCH_BODY_LIMIT = 16 * 1024;

/** One look at `/fetch?token=`: has the login finished yet? */
export async function fetchAuthIdOnce(
  server: AuthIdServer,
  fetchToken: string,
  options: FetchAuthIdOptions = {},
): Promise<FetchAuthIdResult> {
  const limits = { timeoutMs: options.timeoutMs ?? 15_000, maxBodyBytes: FETCH_BODY_LIMIT };
  const url = `${endpointUrl(server, '/fetch')}?${new URLSearchParams({ token: fetchToken }).toString()}`;
  const sent = await exchange(url, { method: 'GET', headers: { accept: 'application/json' } }, { ...options, ...limits });
  if (!sent.ok) {
    if (sent.kind === 'cancelled') return { kind: 'cancelled' };
    return { kind: 'failed', failure: transportFailure(sent.kind, server, limits, sent.code) };
  }
  const { answer } = sent;
  const json = parseJsonObject(answer.body);
  if (answer.status !== 200 || json === undefined) return { kind: 'failed', failure: unexpectedAnswer(server, answer, 'the login check') };

  if (typeof json.authid === 'string' && json.authid !== '') return readyOrPseudo(json.authid);
  if (typeof json.wait === 'string') return { kind: 'waiting' };
  if (json.error === 'No such entry') return { kind: 'expired', message: LOGIN_EXPIRED_MESSAGE };
  if (json.error === 'Missing token') {
    return { kind: 'missing-token', message: 'The login check was sent without its token. Start the login again.' };
  }
  return { kind: 'failed', failure: unexpectedAnswer(server, answer, 'the login check') };
}

function readyOrPseudo(authId: string): FetchAuthIdResult {
  const pseudo = detectPseudoAuthId(authId);
  return pseudo === null ? { kind: 'ready', authId } : { kind: 'login-failed', message: advisePseudoAuthId(pseudo).message };
}
