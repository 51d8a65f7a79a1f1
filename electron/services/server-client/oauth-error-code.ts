/**
 * The OAuth error code a provider put in its answer (RFC 6749 §5.2), as the hosted handler
 * passes it on inside its reason text: `… gave error: {"error": "invalid_grant", …}`, or a
 * form-encoded `error=invalid_grant`. Undefined when the text carries none.
 */
export function oauthErrorCode(text: string): string | undefined {
  const match = /["']?\berror["']?\s*[:=]\s*["']?([a-z][a-z_]*)\b/i.exec(text);
  return match?.[1]?.toLowerCase();
}

/** The provider's `error_description`, if its answer has one. */
export function oauthErrorDescription(text: string): string | undefined {
  const match = /["']?\berror_description["']?\s*[:=]\s*"([^"]*)"/i.exec(text);
  const description = match?.[1]?.trim();
  return description === undefined || description === '' ? undefined : description;
}

/** The grant is gone for good: only a new login helps. */
const REFUSED_FOR_GOOD = new Set(['invalid_grant', 'invalid_token', 'unauthorized_client', 'access_denied', 'consent_required', 'interaction_required']);
/** The provider could not answer just now: the same request later may work. */
const PASSING = new Set(['temporarily_unavailable', 'server_error', 'slow_down']);

export type ProviderErrorVerdict = 'refused-for-good' | 'passing' | 'unclear';

/** Judges a provider's error from its code, else from words in the text. */
export function judgeProviderError(text: string): ProviderErrorVerdict {
  const code = oauthErrorCode(text);
  if (code !== undefined && REFUSED_FOR_GOOD.has(code)) return 'refused-for-good';
  if (code !== undefined && PASSING.has(code)) return 'passing';
  if (code !== undefined) return 'unclear';
  const said = text.toLowerCase();
  if (/revoked|expired/.test(said)) return 'refused-for-good';
  if (/too many|rate limit|timed? ?out|unavailable/.test(said)) return 'passing';
  return 'unclear';
}
