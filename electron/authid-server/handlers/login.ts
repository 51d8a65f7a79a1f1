import { randomBytes } from 'node:crypto';
import { redirect, sendHtml } from '../http/respond';
import { errorPage } from '../pages/form-pages';
import { LOGIN_STATE_TTL_MS, redirectUri, type Handler } from '../server-context';

/** `GET /login?id=&token=`: remembers a state for 10 minutes and sends the browser to the provider. */
export const handleLogin: Handler = (context, { res, url }) => {
  const provider = context.providers.get(url.searchParams.get('id') ?? '');
  if (!provider || provider.cliToken) {
    sendHtml(res, 404, errorPage(context.appName, 'Error: No such provider'));
    return;
  }
  const token = url.searchParams.get('token') ?? '';
  // Only a token registered by the index page is carried along.
  const fetchToken = token !== '' && context.fetchTokens.get(token) !== undefined ? token : undefined;
  const state = randomBytes(16).toString('hex');
  context.loginStates.set(state, { providerId: provider.id, ...(fetchToken ? { fetchToken } : {}) }, LOGIN_STATE_TTL_MS);

  const target = new URL(provider.authorizeUrl);
  const params: Record<string, string> = {
    client_id: provider.clientId,
    response_type: 'code',
    scope: provider.scope,
    state,
    redirect_uri: redirectUri(context),
    ...provider.extraAuthorizeParams,
  };
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  redirect(res, target.href);
};
