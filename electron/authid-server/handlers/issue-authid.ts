import { v2AuthId } from '../authid-format';
import type { ProviderSettings } from '../provider-settings';
import type { ServerContext } from '../server-context';
import type { TokenResponse } from '../token-response';

/** What a login produced: an AuthID, or the pseudo-AuthID the page shows instead. */
export type IssuedAuthId =
  | { readonly ok: true; readonly authId: string }
  | { readonly ok: false; readonly shown: string; readonly deauthorizeUrl?: string };

export const TRY_AGAIN = 'Server error, close window and try again';

function deauthorizeNeeded(context: ServerContext, provider: ProviderSettings): IssuedAuthId {
  return {
    ok: false,
    shown: `Server error, you must de-authorize ${context.appName}`,
    ...(provider.deauthorizeUrl ? { deauthorizeUrl: provider.deauthorizeUrl } : {}),
  };
}

/**
 * Turns a provider's token response into an AuthID: the access token itself for access-token-only
 * providers, v1 (sealed in storage) when the server has storage, else v2. Without a refresh token
 * the user must de-authorize the app so the provider issues one next time.
 */
export async function issueAuthId(context: ServerContext, provider: ProviderSettings, tokens: TokenResponse): Promise<IssuedAuthId> {
  if (provider.accessTokenOnly) {
    return tokens.access_token ? { ok: true, authId: tokens.access_token } : deauthorizeNeeded(context, provider);
  }
  if (!tokens.refresh_token) return deauthorizeNeeded(context, provider);
  const authId = context.store
    ? await context.store.create(provider.id, tokens)
    : v2AuthId(provider.id, tokens.refresh_token);
  return { ok: true, authId };
}
