import { parseAuthId } from '../authids';
import type { ProviderId } from '../providers';
import type { AuthIdServer } from '../servers';
import { deauthorizeHint } from './deauthorize-hint';
import { endpointUrl } from './endpoint-url';
import type { RequestOptions } from './http-deps';
import { exchange } from './http-exchange';
import { classifyRevokeAnswer, revokeRefusal, type RevokeResult } from './revoke-outcome';
import type { ServerFailure } from './server-failure';
import { transportFailure } from './transport-failure';

export interface RevokeOptions extends RequestOptions {
  /** The AuthID's provider: names its de-authorize page in refusals and on success. */
  readonly provider?: ProviderId;
  readonly timeoutMs?: number;
  readonly maxBodyBytes?: number;
}

/**
 * Asks the server to delete its stored copy of a v1 AuthID (`POST /revoked`). v2 and
 * access-token-only AuthIDs are refused without a request: no server keeps anything for them.
 */
export async function revoke(authId: string, server: AuthIdServer, options: RevokeOptions = {}): Promise<RevokeResult> {
  const parsed = parseAuthId(authId, options.provider);
  const provider = options.provider ?? (parsed.ok ? parsed.providerHint : undefined);
  const deauthorize = deauthorizeHint(provider);
  // Without a colon it cannot be a v1 AuthID, whatever else it is.
  if ((parsed.ok && parsed.kind === 'access-token-only') || (!parsed.ok && parsed.problem === 'missing-colon')) {
    return revokeRefusal(
      `This AuthID is the provider's access token itself (as for pCloud): no server keeps a copy and it does not expire. To cut off access, remove the app ${deauthorize.where}, then delete the AuthID here.`,
      true,
      deauthorize.pages,
    );
  }
  if (!parsed.ok) return notAnAuthId(parsed.message);
  if (parsed.kind === 'v2') {
    return revokeRefusal(
      `This is a v2 AuthID: it carries the provider's refresh token itself and no server keeps a copy, so no server can revoke it. To cut off access, de-authorize the app ${deauthorize.where}, then delete the AuthID here.`,
      true,
      deauthorize.pages,
    );
  }

  const limits = { timeoutMs: options.timeoutMs ?? 25_000, maxBodyBytes: options.maxBodyBytes ?? 256 * 1024 };
  const sent = await exchange(
    endpointUrl(server, '/revoked'),
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ authid: authId }).toString(),
    },
    { ...options, ...limits },
  );
  if (!sent.ok) return transportFailure(sent.kind, server, limits, sent.code);
  return classifyRevokeAnswer(server, sent.answer, provider, [authId, ...authId.split(':')]);
}

function notAnAuthId(reason: string): ServerFailure {
  return { ok: false, kind: 'bad-authid', retryable: false, needsReauthorization: false, message: `Nothing was revoked. ${reason}` };
}
