/**
 * The hosted handler may hand a refresh to a worker (worker offload) with a 302 to the worker's
 * `/refresh`. The policy: follow exactly one hop, only to an https URL (plain http only from a
 * server on this machine to this machine) whose path is `/refresh`, and send `X-AuthID` only
 * there. Anything else is a retryable failure that says what the server did; the AuthID is
 * never sent to an address the rule does not allow.
 */
import { isLoopbackHost, type AuthIdServer } from '../servers';
import type { HttpAnswer } from './http-exchange';
import { serverHost, type ServerFailure } from './server-failure';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function isRedirect(answer: HttpAnswer): boolean {
  return REDIRECTS.has(answer.status);
}

export type RedirectVerdict = { readonly follow: true; readonly url: string } | { readonly follow: false; readonly failure: ServerFailure };

/** Where a first `/refresh` redirect may be followed to, judged against the URL that was asked. */
export function judgeRefreshRedirect(server: AuthIdServer, requestUrl: string, answer: HttpAnswer): RedirectVerdict {
  const host = serverHost(server);
  const refuse = (what: string): RedirectVerdict => ({ follow: false, failure: redirectFailure(answer.status, `The server at ${host} handed the refresh on ${what}, so the AuthID was not sent there`) });
  const location = answer.headers.get('location');
  if (location === null || location.trim() === '') return refuse('without saying where');
  let target: URL;
  try {
    target = new URL(location, requestUrl);
  } catch {
    return refuse('to an address that is not valid');
  }
  const from = new URL(requestUrl);
  const plainHttpOnThisMachine = target.protocol === 'http:' && isLoopbackHost(target.hostname) && isLoopbackHost(from.hostname);
  if (target.protocol !== 'https:' && !plainHttpOnThisMachine) return refuse(`to ${target.host} without https`);
  if (target.username !== '' || target.password !== '') return refuse(`to ${target.host} with a user name in the address`);
  if (target.pathname !== '/refresh') return refuse(`to ${target.host}${target.pathname}, which is not an AuthID server's /refresh`);
  return { follow: true, url: target.href };
}

/** The worker the refresh was handed to redirected again: one hop is all that is followed. */
export function secondRedirectFailure(server: AuthIdServer, workerUrl: string, answer: HttpAnswer): ServerFailure {
  return redirectFailure(answer.status, `The server at ${serverHost(server)} handed the refresh to ${new URL(workerUrl).host}, which redirected it again; only one hop is followed`);
}

function redirectFailure(status: number, what: string): ServerFailure {
  return {
    ok: false,
    kind: 'bad-response',
    retryable: true,
    needsReauthorization: false,
    status,
    message: `${what}. It will be tried again; if this keeps happening, check the server address in Settings.`,
  };
}
