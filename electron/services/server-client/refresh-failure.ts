import type { AuthIdServer } from '../servers';
import type { HttpAnswer } from './http-exchange';
import { safeDetail, serverHost, type ServerFailure } from './server-failure';
import { unexpectedAnswer } from './unexpected-answer';
import { serverReason } from './server-reason';
import { findProvider, getProvider, type ProviderId } from '../providers';
import { judgeProviderError } from './oauth-error-code';

/** What a bare HTTP 500 (no reason) from `/refresh` says; the refresher recognises its own runs of it. */
export function unexplainedServerErrorMessage(host: string): string {
  return `The server at ${host} failed with an internal error and gave no reason (HTTP 500). It will be tried again.`;
}

/**
 * The provider's display name: the AuthID's own provider when the caller knows it, else the id
 * the server named (a stored id such as \`box.com\`, or an alias written in a v2 AuthID).
 */
function providerName(provider: ProviderId | undefined, named: string | undefined): string {
  if (provider !== undefined) return getProvider(provider).name;
  return (named === undefined ? undefined : findProvider(named.trim())?.name) ?? named?.trim() ?? 'The provider';
}

/**
 * Classifies a non-200 `/refresh` answer from either server flavour (table in
 * shared/reference/authid-protocol.md). `secrets` (the AuthID) are scrubbed from `detail`.
 */
export function classifyRefreshFailure(server: AuthIdServer, answer: HttpAnswer, secrets: readonly string[] = [], provider?: ProviderId): ServerFailure {
  const host = serverHost(server);
  const reason = serverReason(answer);
  const said = reason?.toLowerCase() ?? '';
  const detail = safeDetail(reason, secrets);
  const { status } = answer;
  const fail = (kind: ServerFailure['kind'], retryable: boolean, needsReauthorization: boolean, message: string): ServerFailure => ({
    ok: false,
    kind,
    retryable,
    needsReauthorization,
    message,
    status,
    ...(detail === undefined ? {} : { detail }),
  });

  if (status === 400) {
    if (said.includes('invalid authid password')) {
      return fail('wrong-password', false, true, `The server at ${host} knows this AuthID but its password part is wrong, usually because only part of it was copied. Paste the whole AuthID again, or log in again to get a new one.`);
    }
    if (said.includes('persisted storage is not configured')) {
      return fail('storage-not-configured', false, true, `The server at ${host} keeps no stored AuthIDs, so it cannot refresh this one. Use the server that issued it, or log in again on this server.`);
    }
    // `No authid in query`, `Missing AuthID`, `Invalid authid in query`, `Invalid AuthId format`
    // and the self-hosted v2 checks: the only input is the AuthID, so it is the AuthID.
    return fail('bad-authid', false, true, `The server at ${host} does not accept this AuthID: it is empty, incomplete or not an AuthID. Log in again to get a new one.`);
  }
  if (status === 404 && said.includes('no such key')) {
    return fail('unknown-authid', false, true, `The server at ${host} does not know this AuthID: it was revoked, removed after a year without use, or issued by another server. Log in again to get a new one.`);
  }
  if (status === 401) {
    // Self-hosted `Invalid key or password` does not say which; both need a new login.
    return fail('unknown-authid-or-wrong-password', false, true, `The server at ${host} rejected this AuthID: either it does not know it (revoked, or issued by another server) or its password part is wrong (only part of it was copied). Log in again to get a new one.`);
  }
  if (status === 503 || status === 429) {
    const retryAfterMs = retryAfter(answer, said);
    // Duplicati: a 503 whose reason is just the standard status text means "over quota".
    const perKey = status === 429 || said.includes('too many request');
    const message = perKey
      ? `The server at ${host} is limiting refreshes of this AuthID because there were too many. It will work again within an hour; nothing to do.`
      : `The server at ${host} is over its quota or busy for now. Refreshing will work again later; nothing to do.`;
    return { ...fail('rate-limited', true, false, message), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status === 500) {
    const named = /^authentication provider for (.+?) gave error/i.exec(reason ?? '');
    if (named) return providerRefused(fail, providerName(provider, named[1]), said);
    if (reason === undefined) {
      // The hosted handler's catch-all: every unexpected failure, with nothing to tell them apart.
      return fail('server-error-no-reason', true, false, unexplainedServerErrorMessage(host));
    }
    if (said === 'an error occurred') {
      // Self-hosted: the only external call on this path is the provider's token endpoint,
      // and a revoked or expired grant is by far its most common failure; but the server's own
      // faults give the same answer. So both flags: retry a little, then ask for a new login.
      return fail('provider-refused', true, true, `The server at ${host} could not get a new access token. Most often the access was revoked or has expired at the provider and you need to log in again; it can also be a passing fault, so it will be tried a few more times first.`);
    }
  }
  return unexpectedAnswer(server, answer, 'the refresh');
}

type Fail = (kind: ServerFailure['kind'], retryable: boolean, needsReauthorization: boolean, message: string) => ServerFailure;

/** Hosted: the provider's own error body follows the prefix; its OAuth error code tells revoked from passing faults. */
function providerRefused(fail: Fail, providerName: string, said: string): ServerFailure {
  switch (judgeProviderError(said)) {
    case 'refused-for-good':
      return fail('provider-refused', false, true, `${providerName} refused to give a new access token: the access was revoked or has expired. Log in again to authorize the app again.`);
    case 'passing':
      return fail('provider-refused', true, false, `${providerName} could not give a new access token just now. It will be tried again.`);
    case 'unclear':
      return fail('provider-refused', true, true, `${providerName} refused to give a new access token. If this keeps happening the access was probably revoked or has expired, and you need to log in again; it will be tried a few more times first.`);
  }
}

function retryAfter(answer: HttpAnswer, said: string): number | undefined {
  const header = Number(answer.headers.get('retry-after') ?? Number.NaN);
  if (Number.isFinite(header) && header >= 0) return header * 1000;
  const minutes = /wait (\d+) minutes?/.exec(said);
  return minutes ? Number(minutes[1]) * 60_000 : undefined;
}
