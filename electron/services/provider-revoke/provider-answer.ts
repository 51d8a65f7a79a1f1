/**
 * Reads a provider's answer to a revoke request. Google (and RFC 7009) answer 200 with an empty
 * body, or 400 `{"error":"invalid_token"}` for a token that no longer works; Dropbox answers 200
 * `null`, or 401 with an `error_summary` such as `invalid_access_token/..`.
 */
import type { DeauthorizePage } from '../providers';
import { parseJsonObject, type HttpAnswer } from '../server-client';

export type ProviderRevokeOutcome =
  /** The provider confirmed it ended the grant. */
  | { readonly outcome: 'revoked'; readonly message: string }
  /** The grant no longer worked before the app asked. */
  | { readonly outcome: 'already-ended'; readonly message: string }
  | { readonly outcome: 'failed'; readonly retryable: boolean; readonly message: string; readonly deauthorizePages: readonly DeauthorizePage[] }
  /** The provider has no way for an app to do this; only its page can. */
  | { readonly outcome: 'not-possible'; readonly message: string; readonly deauthorizePages: readonly DeauthorizePage[] };

export function classifyProviderAnswer(answer: HttpAnswer, family: string, pages: readonly DeauthorizePage[]): ProviderRevokeOutcome {
  const { status } = answer;
  if (status >= 200 && status < 300) {
    return {
      outcome: 'revoked',
      message: `${family} ended the app's access for this AuthID: the refresh token behind it and every access token issued from it stopped working, including one the AuthID server may still have cached.`,
    };
  }
  const code = errorCode(answer.body);
  if (code === 'invalid_token' || code === 'invalid_access_token') {
    return { outcome: 'already-ended', message: `${family} no longer accepts this AuthID's access token: its access had already been revoked, so there is nothing left to end.` };
  }
  const fail = (retryable: boolean, message: string): ProviderRevokeOutcome => ({ outcome: 'failed', retryable, message, deauthorizePages: pages });
  if (code === 'expired_access_token' || status === 429 || status >= 500) {
    return fail(true, `${family} could not end the access just now (HTTP ${status}). Nothing was revoked; try again in a few minutes.`);
  }
  return fail(false, `${family} refused to end the access (HTTP ${status}). Nothing was revoked; remove the app's access on ${family}'s page instead.`);
}

/** `error` (OAuth) or the first part of Dropbox's `error_summary`, never the body itself. */
function errorCode(body: string): string | undefined {
  const json = parseJsonObject(body);
  const error = json?.error;
  if (typeof error === 'string') return error;
  const summary = json?.error_summary;
  return typeof summary === 'string' ? summary.split('/')[0] : undefined;
}
