import type { ProviderId } from '../providers';
import type { AuthIdServer } from '../servers';
import { endpointUrl } from './endpoint-url';
import { systemClock, type Clock } from '../time';
import type { RequestOptions } from './http-deps';
import { exchange } from './http-exchange';
import { parseJsonObject } from './parse-json-object';
import { classifyRefreshFailure } from './refresh-failure';
import { isRedirect, judgeRefreshRedirect, secondRedirectFailure } from './refresh-redirect';
import { serverHost, type ServerFailure } from './server-failure';
import { transportFailure } from './transport-failure';

export interface RefreshSuccess {
  readonly ok: true;
  readonly accessToken: string;
  readonly expiresInSeconds: number;
  /** Milliseconds since the epoch, from the clock at the time the answer arrived. */
  readonly expiresAt: number;
  /** The server's provider id for the AuthID (`type`), when it sent one. */
  readonly serviceType?: string;
}

export type RefreshResult = RefreshSuccess | ServerFailure;

export interface RefreshOptions extends RequestOptions {
  /** Duplicati's own timeout: 25 s. */
  readonly timeoutMs?: number;
  /** An access-token answer is well under 1 KiB; default 64 KiB. */
  readonly maxBodyBytes?: number;
  readonly clock?: Pick<Clock, 'now'>;
  /** The AuthID's provider, so messages name it by its display name. */
  readonly provider?: ProviderId;
}

/**
 * Turns an AuthID into an access token, the way Duplicati does: `GET /refresh` with `X-AuthID`,
 * following a worker-offload redirect by the rule in refresh-redirect.ts.
 */
export async function refresh(authId: string, server: AuthIdServer, options: RefreshOptions = {}): Promise<RefreshResult> {
  const limits = { timeoutMs: options.timeoutMs ?? 25_000, maxBodyBytes: options.maxBodyBytes ?? 64 * 1024 };
  const ask = (url: string) => exchange(url, { method: 'GET', headers: { 'X-AuthID': authId, accept: 'application/json' } }, { ...options, ...limits });
  const url = endpointUrl(server, '/refresh');
  let sent = await ask(url);
  if (sent.ok && isRedirect(sent.answer)) {
    const verdict = judgeRefreshRedirect(server, url, sent.answer);
    if (!verdict.follow) return verdict.failure;
    sent = await ask(verdict.url);
    if (sent.ok && isRedirect(sent.answer)) return secondRedirectFailure(server, verdict.url, sent.answer);
  }
  if (!sent.ok) return transportFailure(sent.kind, server, limits, sent.code);
  const { answer } = sent;
  if (answer.status !== 200) return classifyRefreshFailure(server, answer, [authId], options.provider);

  // A v1 refresh on the hosted handler also returns `v2_authid`. It is deliberately ignored:
  // the stored v1 AuthID stays valid while the provider rotates refresh tokens (the server
  // re-encrypts the newest one), and it can be revoked at the server. A v2 AuthID embeds one
  // refresh token, which dies at the next rotation (Box, Jottacloud) and cannot be revoked
  // at the server. Duplicati only swaps it in memory for the same reasons.
  const json = parseJsonObject(answer.body);
  const accessToken = json?.access_token;
  const expires = seconds(json?.expires);
  if (typeof accessToken !== 'string' || accessToken === '' || expires === undefined) {
    return {
      ok: false,
      kind: 'bad-response',
      retryable: false,
      needsReauthorization: false,
      status: answer.status,
      message: `The server at ${serverHost(server)} answered the refresh with something other than an access token. Check that the server address is right.`,
    };
  }
  const now = (options.clock ?? systemClock).now();
  return {
    ok: true,
    accessToken,
    expiresInSeconds: expires,
    expiresAt: now + expires * 1000,
    ...(typeof json?.type === 'string' ? { serviceType: json.type } : {}),
  };
}

function seconds(value: unknown): number | undefined {
  const number = typeof value === 'number' || typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? number : undefined;
}
