import { advisePseudoAuthId, detectPseudoAuthId } from '../authids';
import { isPcloudHost, type PcloudHost, type ProviderId } from '../providers';
import { htmlToText } from './html-text';

/** pCloud's API region: the callback says which host holds the account (1 = US, 2 = EU). */
export interface PcloudRegion {
  readonly host: PcloudHost;
  readonly locationId?: number;
}

export type LoggedInPageResult =
  | { readonly kind: 'ready'; readonly authId: string; readonly pcloudRegion?: PcloudRegion }
  /** The page shows a pseudo-AuthID (`Server error, …`, `Error: …`); `message` says what to do. */
  | { readonly kind: 'login-failed'; readonly message: string }
  | { readonly kind: 'not-a-result-page' };

/**
 * Reads the `/logged-in` (or `/cli-token-login`) page the login window ends on: the AuthID from
 * `<pre id="user-id">`, and for pCloud the region from the callback URL's `hostname` and
 * `locationid` (the self-hosted page also lists them under the AuthID; `/fetch` never has them).
 */
export function readLoggedInPage(finalUrl: string, html: string, provider?: ProviderId): LoggedInPageResult {
  const pre = /<pre\b[^>]*\bid\s*=\s*["']?user-id["']?[^>]*>([\s\S]*?)<\/pre\s*>/i.exec(html);
  const shown = pre === null ? undefined : htmlToText(pre[1] ?? '');
  if (shown === undefined || shown === '') {
    // The CLI-token form shows its errors as plain page text.
    const error = /\berror: .*/i.exec(htmlToText(html));
    return error === null ? { kind: 'not-a-result-page' } : { kind: 'login-failed', message: advisePseudoAuthId('error', provider).message };
  }
  const pseudo = detectPseudoAuthId(shown);
  if (pseudo !== null) return { kind: 'login-failed', message: advisePseudoAuthId(pseudo, provider).message };
  const pcloudRegion = regionFrom(finalUrl, html);
  return pcloudRegion === undefined ? { kind: 'ready', authId: shown } : { kind: 'ready', authId: shown, pcloudRegion };
}

function regionFrom(finalUrl: string, html: string): PcloudRegion | undefined {
  let query: URLSearchParams | undefined;
  try {
    query = new URL(finalUrl).searchParams;
  } catch {
    query = undefined;
  }
  const text = htmlToText(html);
  const host = query?.get('hostname') ?? /\bhostname: (\S+)/.exec(text)?.[1];
  if (host === undefined || !isPcloudHost(host)) return undefined;
  const locationId = Number(query?.get('locationid') ?? /\blocationid: (\d+)/.exec(text)?.[1]);
  return Number.isInteger(locationId) && locationId > 0 ? { host, locationId } : { host };
}
