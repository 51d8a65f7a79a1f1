/**
 * pCloud AuthIDs are the access token itself and never reach /refresh. They are checked with
 * pCloud's own `GET /userinfo`: result 0 means valid, 1000 and 2000 mean the login is gone.
 */
import { exchange, parseJsonObject, type FetchFn } from '../server-client';
import type { Outcome } from './check-outcome';

export interface PcloudCheckOptions {
  readonly fetch?: FetchFn | undefined;
  /** Base URL for a region host; default `https://<host>`. */
  readonly baseUrl?: ((host: string) => string) | undefined;
  readonly signal?: AbortSignal;
}

export interface PcloudCheck {
  readonly outcome: Outcome | undefined;
  readonly email?: string;
}

const LOGIN_GONE = new Set([1000, 2000]);
const LIMITS = { timeoutMs: 25_000, maxBodyBytes: 64 * 1024 };

export async function checkPcloud(host: string, accessToken: string, options: PcloudCheckOptions = {}): Promise<PcloudCheck> {
  const base = (options.baseUrl ?? ((h) => `https://${h}`))(host).replace(/\/+$/, '');
  const url = `${base}/userinfo?${new URLSearchParams({ access_token: accessToken }).toString()}`;
  const sent = await exchange(url, { method: 'GET', headers: { accept: 'application/json' } }, { ...options, ...LIMITS });
  if (!sent.ok) {
    if (sent.kind === 'cancelled') return { outcome: undefined };
    return { outcome: { health: 'needs-attention', reason: `Could not reach pCloud at ${host} (${sent.kind}); it will be tried again.`, next: 'retry' } };
  }
  const json = parseJsonObject(sent.answer.body);
  const result = json?.result;
  if (sent.answer.status !== 200 || typeof result !== 'number') {
    return { outcome: { health: 'needs-attention', reason: `pCloud at ${host} gave an unexpected answer (HTTP ${sent.answer.status}); it will be tried again.`, next: 'retry' } };
  }
  if (result === 0) {
    const email = typeof json?.email === 'string' ? json.email : undefined;
    return { outcome: { health: 'healthy', reason: `The AuthID works: pCloud at ${host} accepted it.`, next: 'regular' }, ...(email === undefined ? {} : { email }) };
  }
  if (LOGIN_GONE.has(result)) {
    return { outcome: { health: 'needs-reauthorization', reason: `pCloud no longer accepts this AuthID (error ${result}): the app's access was removed. Log in again to get a new one.`, next: 'never' } };
  }
  return { outcome: { health: 'needs-attention', reason: `pCloud at ${host} refused the check (error ${result}); it will be tried again.`, next: 'retry' } };
}
