/**
 * Before a login window opens: register the fetch token with the server's index page (which is
 * what `/fetch` needs) and find where the login for this provider starts, so the window goes
 * straight there. A provider the server does not list is asked for at the login address itself,
 * which tells why (the hosted handler's JSON 500, the self-hosted "No such provider on this
 * server."), and the login ends before any window opens.
 */
import { getProvider, type ProviderId } from '../providers';
import type { AuthIdServer } from '../servers';
import { endpointUrl } from './endpoint-url';
import type { RequestOptions } from './http-deps';
import { exchange, type HttpAnswer } from './http-exchange';
import { loginUrl, newFetchToken } from './login-url';
import { providerLinks } from './offered-providers';
import { answerText } from './answer-text';
import { serverHost } from './server-failure';

export type PreparedLogin =
  | { readonly ok: true; readonly url: string; readonly fetchToken: string }
  | { readonly ok: false; readonly message: string };

export interface PrepareLoginOptions extends RequestOptions {
  /** Default: a fresh one. */
  readonly fetchToken?: string;
  /** Per request; default 15 s. */
  readonly timeoutMs?: number;
}

const PAGE_LIMIT_BYTES = 512 * 1024;

export async function prepareLogin(server: AuthIdServer, provider: ProviderId, options: PrepareLoginOptions = {}): Promise<PreparedLogin> {
  const fetchToken = options.fetchToken ?? newFetchToken();
  const limits = { ...options, timeoutMs: options.timeoutMs ?? 15_000, maxBodyBytes: PAGE_LIMIT_BYTES };
  const host = serverHost(server);
  const name = getProvider(provider).name;

  const index = await exchange(loginUrl(server, provider, fetchToken).url, { method: 'GET', headers: { accept: 'text/html' } }, limits);
  if (!index.ok) return { ok: false, message: unreachable(host, index.kind) };
  if (index.answer.status !== 200) return { ok: false, message: `The login could not start: the server at ${host} answered its start page with HTTP ${index.answer.status}. Nothing was saved. Check the server address in Settings, then start the login again.` };

  const link = providerLinks(index.answer.body, server.baseUrl).get(provider);
  if (link !== undefined && new URL(link).origin === new URL(server.baseUrl).origin) return { ok: true, url: link, fetchToken };

  // Not listed: servers accept some ids they do not list; the login address says which.
  const direct = directLoginUrl(server, provider, fetchToken);
  const tried = await exchange(direct, { method: 'GET', headers: { accept: 'text/html' } }, limits);
  if (!tried.ok) return { ok: false, message: unreachable(host, tried.kind) };
  if (startsLogin(tried.answer)) return { ok: true, url: direct, fetchToken };
  const said = answerText(tried.answer);
  return {
    ok: false,
    message: `The AuthID server at ${host} does not offer ${name}${said === undefined ? '' : ` (it said: “${said}”)`}. Nothing was saved. Authorize ${name} at another server.`,
  };
}

/** `/login?id=` (a redirect to the provider), or for CLI-token providers `/cli-token?id=` (a form). */
function directLoginUrl(server: AuthIdServer, provider: ProviderId, fetchToken: string): string {
  const cliToken = getProvider(provider).loginStyle === 'cli-token';
  const query = new URLSearchParams({ id: provider, token: fetchToken });
  return `${endpointUrl(server, cliToken ? '/cli-token' : '/login')}?${query.toString()}`;
}

function startsLogin(answer: HttpAnswer): boolean {
  if (answer.status >= 300 && answer.status < 400) return answer.headers.get('location') !== null;
  return answer.status === 200 && /<form\b/i.test(answer.body);
}

function unreachable(host: string, kind: string): string {
  const why = kind === 'timeout' ? 'did not answer in time' : kind === 'oversized-response' ? 'sent far more than a login page' : 'could not be reached';
  return `The login could not start: the AuthID server at ${host} ${why}. Nothing was saved. Check your network connection and the server address, then start the login again.`;
}
