import { sendHtml } from '../http/respond';
import { loggedInPage } from '../pages/logged-in-page';
import type { ProviderSettings } from '../provider-settings';
import { deliverToFetchToken, redirectUri, type Handler, type ServerContext } from '../server-context';
import { issueAuthId, TRY_AGAIN, type IssuedAuthId } from './issue-authid';

/** pCloud's callback extras, listed under the AuthID. */
const CALLBACK_FIELDS = ['hostname', 'locationid'] as const;

/**
 * `GET /logged-in`: the provider's callback. Uses up the state, exchanges the code and shows
 * the AuthID (or a pseudo-AuthID), always with status 200.
 */
export const handleLoggedIn: Handler = async (context, { res, url }) => {
  const query = url.searchParams;
  const stateKey = query.get('state') ?? '';
  const state = stateKey === '' ? undefined : context.loginStates.take(stateKey);
  const provider = state && context.providers.get(state.providerId);
  const code = query.get('code') ?? '';
  if (!state || !provider) return show(context, res, 'Unknown', { ok: false, shown: TRY_AGAIN });

  const callbackData = provider.hostnameFromCallback
    ? CALLBACK_FIELDS.flatMap((field) => {
      const value = query.get(field)?.trim();
      return value ? [[field, value] as const] : [];
    })
    : [];
  if (query.has('error') || code === '') return show(context, res, provider.name, { ok: false, shown: TRY_AGAIN }, callbackData);

  let issued: IssuedAuthId;
  try {
    const tokens = await context.providerRequests.exchangeCode(provider, tokenUrlFor(provider, query.get('hostname')), code, stateKey, redirectUri(context), state.codeVerifier);
    issued = await issueAuthId(context, provider, tokens);
  } catch {
    issued = { ok: false, shown: TRY_AGAIN };
  }
  if (issued.ok) deliverToFetchToken(context, state.fetchToken, issued.authId);
  show(context, res, provider.name, issued, callbackData);
};

function tokenUrlFor(provider: ProviderSettings, callbackHostname: string | null): string {
  const mapped = callbackHostname !== null && Object.hasOwn(provider.regionTokenUrls, callbackHostname)
    ? provider.regionTokenUrls[callbackHostname]
    : undefined;
  return mapped ?? provider.tokenUrl;
}

function show(
  context: ServerContext,
  res: Parameters<Handler>[1]['res'],
  serviceName: string,
  issued: IssuedAuthId,
  callbackData: readonly (readonly [string, string])[] = [],
): void {
  sendHtml(
    res,
    200,
    loggedInPage({
      appName: context.appName,
      serviceName,
      authId: issued.ok ? issued.authId : issued.shown,
      ...(!issued.ok && issued.deauthorizeUrl ? { deauthorizeUrl: issued.deauthorizeUrl } : {}),
      callbackData,
    }),
  );
}
