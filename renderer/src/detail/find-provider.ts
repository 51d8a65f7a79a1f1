import type { AuthIdView, ProviderGroupView, ProviderView } from '../api/view-types';

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** The catalogue entry for an AuthID: from its own server if listed, else any server's (options are per backend). */
export function findProvider(groups: readonly ProviderGroupView[] | undefined, authId: Pick<AuthIdView, 'provider' | 'serverBaseUrl'>): ProviderView | undefined {
  if (!groups) return undefined;
  const own = groups.find((group) => trimSlash(group.server.baseUrl) === trimSlash(authId.serverBaseUrl));
  const match = (group: ProviderGroupView) => group.providers.find((provider) => provider.id === authId.provider);
  return (own && match(own)) ?? groups.map(match).find((provider) => provider !== undefined);
}
