// Ending a grant at the provider itself, where the provider lets an app do that (Google, Dropbox).
export { revokeAtProvider, type ProviderRevokeRequest, type ProviderRevokeOptions } from './revoke-at-provider';
export type { ProviderRevokeOutcome } from './provider-answer';
export { canRevokeAtProvider, whyNotAtProvider, type ProviderRevokeEndpoints } from './revoke-endpoint';
