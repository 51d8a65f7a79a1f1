/**
 * The texts AuthID servers show in place of an AuthID when a login failed. They must never be
 * stored; the user has to remove the app's access at the provider and log in again.
 */
import { deauthorizePagesFor, getProvider, type DeauthorizePage, type ProviderId } from '../providers';

/**
 * must-deauthorize: the provider sent no refresh token (usually because the app was already authorized);
 * close-and-retry: the login state expired, was replayed, or the user declined;
 * server-error / error: any other failure text.
 */
export type PseudoAuthIdKind = 'must-deauthorize' | 'close-and-retry' | 'server-error' | 'error';

/** Which failure text this is, or null when the text is not one. Ignores surrounding space and quotes. */
export function detectPseudoAuthId(text: string): PseudoAuthIdKind | null {
  const core = text.trim().replace(/^["'`\u201c\u2018]+|["'`\u201d\u2019]+$/g, '').trim();
  if (/^server error,\s*you must de-?authori[sz]e\b/i.test(core)) return 'must-deauthorize';
  if (/^server error,\s*close (the )?window and try again/i.test(core)) return 'close-and-retry';
  if (/^server error\b/i.test(core)) return 'server-error';
  if (/^error\s*:/i.test(core)) return 'error';
  return null;
}

export interface PseudoAuthIdAdvice {
  readonly message: string;
  readonly deauthorizePages: readonly DeauthorizePage[];
}

/** What to tell the user about a failure text; names the provider's de-authorize page when the provider is known. */
export function advisePseudoAuthId(kind: PseudoAuthIdKind, provider?: ProviderId): PseudoAuthIdAdvice {
  const pages = provider === undefined ? [] : deauthorizePagesFor(provider);
  const where = deauthorizePlace(provider, pages);
  const notSaved = 'This text is not an AuthID and was not saved.';
  switch (kind) {
    case 'must-deauthorize':
      return {
        message: `The server got no lasting access from the provider, usually because the app was already authorized. Remove the app's access ${where}, then log in again. ${notSaved}`,
        deauthorizePages: pages,
      };
    case 'close-and-retry':
      return {
        message: `The login did not finish (it took too long, was declined, or the page was opened twice). Close the login window and start again; if it keeps failing, remove the app's access ${where} first. ${notSaved}`,
        deauthorizePages: pages,
      };
    case 'server-error':
    case 'error':
      return {
        message: `The server reported an error instead of an AuthID. Log in again; if it fails again, remove the app's access ${where} and then log in. ${notSaved}`,
        deauthorizePages: pages,
      };
  }
}

function deauthorizePlace(provider: ProviderId | undefined, pages: readonly DeauthorizePage[]): string {
  if (provider === undefined || pages.length === 0) {
    return "at the storage provider's website (its connected apps or permissions page)";
  }
  return `in ${getProvider(provider).name} (${pages.map((p) => p.url).join(' or ')})`;
}
