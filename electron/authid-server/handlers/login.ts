import { createHash, randomBytes } from 'node:crypto';
import { redirect, sendHtml } from '../http/respond';
import { errorPage } from '../pages/form-pages';
import { clientOf, LOGIN_STATE_TTL_MS, redirectUri, type Handler, type LoginState } from '../server-context';
import { sendBusy } from './busy';

/** `GET /login?id=&token=`: remembers a state for 10 minutes and sends the browser to the provider. */
export const handleLogin: Handler = (context, { req, res, url }) => {
  const provider = context.providers.get(url.searchParams.get('id') ?? '');
  if (!provider || provider.cliToken) {
    sendHtml(res, 404, errorPage(context.appName, 'Error: No such provider'));
    return;
  }
  const token = url.searchParams.get('token') ?? '';
  // Only a token registered by the index page is carried along.
  const fetchToken = token !== '' && context.fetchTokens.has(token) ? token : undefined;
  const state = randomBytes(16).toString('hex');
  const codeVerifier = provider.pkce ? randomBytes(32).toString('base64url') : undefined;
  const remembered: LoginState = {
    providerId: provider.id,
    ...(fetchToken ? { fetchToken } : {}),
    ...(codeVerifier ? { codeVerifier } : {}),
  };
  if (!context.loginStates.set(state, remembered, LOGIN_STATE_TTL_MS, clientOf(req))) return sendBusy(context, res);

  const target = new URL(provider.authorizeUrl);
  const params: Record<string, string> = {
    client_id: provider.clientId,
    response_type: 'code',
    scope: provider.scope,
    state,
    redirect_uri: redirectUri(context),
    ...(codeVerifier ? { code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'), code_challenge_method: 'S256' } : {}),
    ...provider.extraAuthorizeParams,
  };
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  redirect(res, target.href);
};
