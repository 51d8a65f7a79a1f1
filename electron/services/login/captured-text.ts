/**
 * Judges what the server handed out, from `/fetch` or from the result page: an AuthID to
 * store, or one of the servers' failure texts, which must never be stored.
 */
import { advisePseudoAuthId, detectPseudoAuthId, parseAuthId, type AuthIdKind, type PseudoAuthIdKind } from '../authids';
import { deauthorizePagesFor, type ProviderId } from '../providers';
import { loginMessages } from './login-messages';

export type CaptureVerdict =
  | { readonly ok: true; readonly authId: string; readonly kind: AuthIdKind }
  | { readonly ok: false; readonly message: string; readonly deauthorizeUrl?: string };

export function judgeCapturedText(text: string, provider: ProviderId): CaptureVerdict {
  const pseudo = detectPseudoAuthId(text);
  if (pseudo !== null) return pseudoFailure(pseudo, provider);
  const parsed = parseAuthId(text, provider);
  return parsed.ok ? { ok: true, authId: parsed.value, kind: parsed.kind } : { ok: false, message: loginMessages.notAnAuthId };
}

const PSEUDO_KINDS: readonly PseudoAuthIdKind[] = ['must-deauthorize', 'close-and-retry', 'server-error', 'error'];

/**
 * `/fetch` reports a failure text only as provider-less advice; recover which text it was so the
 * user gets the same message, with this provider's de-authorize page, whichever path won.
 */
export function judgeFetchedFailure(advice: string, provider: ProviderId): CaptureVerdict {
  const kind = PSEUDO_KINDS.find((candidate) => advisePseudoAuthId(candidate).message === advice) ?? 'server-error';
  return pseudoFailure(kind, provider);
}

function pseudoFailure(kind: PseudoAuthIdKind, provider: ProviderId): CaptureVerdict {
  const [page] = deauthorizePagesFor(provider);
  const message = advisePseudoAuthId(kind, provider).message;
  return page === undefined ? { ok: false, message } : { ok: false, message, deauthorizeUrl: page.url };
}
