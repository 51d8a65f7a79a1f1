import { readForm } from '../http/read-form';
import { sendHtml } from '../http/respond';
import { errorPage, cliTokenFormPage } from '../pages/form-pages';
import { loggedInPage } from '../pages/logged-in-page';
import { deliverToFetchToken, type Handler } from '../server-context';
import { issueAuthId } from './issue-authid';

const INVALID_CLI_TOKEN = 'Error: Invalid CLI token';
const CLI_TOKEN_REFUSED = 'Error: CLI token could not be authorized, create a new and try again';

/** `GET /cli-token?id=&token=`: the form for pasting a personal login token. */
export const handleCliTokenForm: Handler = (context, { res, url }) => {
  const provider = context.providers.get(url.searchParams.get('id') ?? '');
  if (!provider?.cliToken) return sendHtml(res, 404, errorPage(context.appName, 'Error: No such provider'));
  sendHtml(res, 200, cliTokenFormPage(context.appName, provider.name, provider.id, url.searchParams.get('token') ?? ''));
};

/**
 * `POST /cli-token-login` (form `id`, `token`, `fetchtoken`): the token is base64url JSON with
 * `username` and `auth_token`, spent in a password grant; the result shows like `/logged-in`.
 */
export const handleCliTokenLogin: Handler = async (context, { req, res }) => {
  const form = await readForm(req);
  const provider = context.providers.get(form.get('id') ?? '');
  const show = (status: number, authId: string): void =>
    sendHtml(res, status, loggedInPage({ appName: context.appName, serviceName: provider?.name ?? 'Unknown', authId }));

  const credentials = decodeCliToken(form.get('token') ?? '');
  if (!provider?.cliToken || !credentials) return show(400, INVALID_CLI_TOKEN);
  let tokens;
  try {
    tokens = await context.providerRequests.passwordGrant(provider, credentials.username, credentials.authToken);
  } catch {
    return show(400, CLI_TOKEN_REFUSED);
  }
  const issued = await issueAuthId(context, provider, tokens);
  if (!issued.ok) return show(200, issued.shown);
  deliverToFetchToken(context, form.get('fetchtoken') ?? undefined, issued.authId);
  show(200, issued.authId);
};

function decodeCliToken(token: string): { username: string; authToken: string } | undefined {
  const trimmed = token.trim();
  if (trimmed.length < 6 || !/^[A-Za-z0-9_-]+={0,2}$/.test(trimmed)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(trimmed, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { username, auth_token: authToken } = value as Record<string, unknown>;
    if (typeof username !== 'string' || typeof authToken !== 'string' || username === '' || authToken === '') return undefined;
    return { username, authToken };
  } catch {
    return undefined;
  }
}
