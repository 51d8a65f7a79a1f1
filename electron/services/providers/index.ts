// The cloud providers and their Duplicati backends: ids, options, token families, who-am-I requests.
export { BACKENDS, BACKEND_IDS, PCLOUD_HOSTS, backendForScheme, isPcloudHost, type BackendId, type BackendSpec, type PcloudHost } from './duplicati-backends';
export { describeBadOptionValue, type OptionSpec } from './option-spec';
export type { ProviderSpec, ServerFlavour } from './provider-catalogue';
export { PROVIDER_IDS, isProviderId, type ProviderId } from './provider-id';
export { acceptsBareAccessToken, backendForProvider, deauthorizePagesFor, findProvider, getProvider, providersForServer, serverOffers, tokenFamilyOf, whoAmIRequest } from './provider-lookup';
export type { DeauthorizePage, TokenFamilyId } from './token-families';
