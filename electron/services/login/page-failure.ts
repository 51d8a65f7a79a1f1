/**
 * A login window that reached the server's result page (or an error answer from it) without an
 * AuthID: what the server said, in plain words, and what to do next. The hosted handler puts the
 * provider's own error in `X-Reason` when the provider refused the code exchange.
 */
import { getProvider, type ProviderId } from '../providers';
import { judgeProviderError, oauthErrorCode, oauthErrorDescription, sayingOf, serverHost } from '../server-client';
import type { AuthIdServer } from '../servers';

export interface PageFailure {
  /** The page's HTTP status, when the window reported it. */
  readonly status?: number;
  /** The answer's `X-Reason`, when it had one. */
  readonly reason?: string;
  /** The page as the window shows it (HTML), or '' when it could not be read. */
  readonly page: string;
}

export interface FailedLogin {
  readonly message: string;
}

const PROVIDER_GAVE_ERROR = /^authentication provider for .+? gave error:?\s*([\s\S]*)$/i;

export function describePageFailure(provider: ProviderId, server: AuthIdServer, failure: PageFailure): FailedLogin {
  const name = getProvider(provider).name;
  const refusal = PROVIDER_GAVE_ERROR.exec(failure.reason?.trim() ?? '');
  if (refusal) return providerRefusedLogin(provider, refusal[1] ?? '');
  const host = serverHost(server);
  const said = sayingOf(failure.reason, failure.page);
  const quoted = said === undefined ? '' : `: “${said}”`;
  if (failure.status !== undefined && failure.status >= 400) {
    return { message: `The AuthID server at ${host} could not finish the ${name} login (HTTP ${failure.status}${quoted}). Nothing was saved. Start the login again; if it keeps failing, try later or authorize at another server.` };
  }
  const next = getProvider(provider).loginStyle === 'cli-token' ? `Create a new personal login token at ${name}, then start the login again.` : 'Start the login again.';
  return { message: `The AuthID server at ${host} ended the ${name} login without an AuthID${said === undefined ? '' : ` (it said: “${said}”)`}. Nothing was saved. ${next}` };
}

function providerRefusedLogin(provider: ProviderId, body: string): FailedLogin {
  const name = getProvider(provider).name;
  const code = oauthErrorCode(body);
  const description = oauthErrorDescription(body);
  const detail = code === undefined ? '' : ` (${description === undefined ? code : `${code}: ${description}`})`;
  switch (judgeProviderError(body)) {
    case 'passing':
      return { message: `${name} could not finish the login just now${detail}. Nothing was saved. Wait a few minutes, then start the login again.` };
    case 'refused-for-good':
      return { message: `${name} did not accept the login${detail}. Nothing was saved. Start the login again; if it fails again, remove the app's access at ${name} first.` };
    case 'unclear':
      return { message: `${name} refused the login${detail}. Nothing was saved. Start the login again; if it keeps failing, remove the app's access at ${name} first.` };
  }
}
