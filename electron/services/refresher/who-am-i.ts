/** Reads which account an access token belongs to, with the provider's "who am I" call. */
import { whoAmIRequest, type ProviderId } from '../providers';
import { exchange, parseJsonObject, type FetchFn } from '../server-client';

/** The account's name (usually an email address), or undefined when it cannot be told. */
export type WhoAmI = (provider: ProviderId, accessToken: string, signal?: AbortSignal) => Promise<string | undefined>;

const LIMITS = { timeoutMs: 15_000, maxBodyBytes: 256 * 1024 };

/** The real calls (Graph /me, Drive about, Dropbox get_current_account, Box users/me). */
export function httpWhoAmI(fetch?: FetchFn): WhoAmI {
  return async (provider, accessToken, signal) => {
    const call = whoAmIRequest(provider);
    // pCloud's call needs its region host; the pCloud check reads the name itself.
    if (call === null || call.url.includes('{host}')) return undefined;
    const headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, accept: 'application/json' };
    // Dropbox RPC endpoints without arguments want a JSON `null` body.
    const init: RequestInit = call.method === 'POST' ? { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: 'null' } : { method: 'GET', headers };
    const sent = await exchange(call.url, init, { ...LIMITS, ...(fetch ? { fetch } : {}), ...(signal ? { signal } : {}) });
    if (!sent.ok || sent.answer.status !== 200) return undefined;
    return accountName(parseJsonObject(sent.answer.body));
  };
}

/** Graph `mail`/`userPrincipalName`, Drive `user.emailAddress`, Dropbox `email`, Box `login`. */
function accountName(json: Record<string, unknown> | undefined): string | undefined {
  const user = json?.user;
  const candidates = [json?.mail, json?.userPrincipalName, json?.email, json?.login, typeof user === 'object' && user !== null ? (user as Record<string, unknown>).emailAddress : undefined];
  return candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '')?.trim();
}
