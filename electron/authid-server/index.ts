// The AuthID server's public API: the server itself, the runner the app uses for its built-in
// server, the provider catalogue, and the storage port for sealed tokens.
export { startAuthIdServer, type AuthIdServerConfig, type RunningAuthIdServer } from './start-authid-server';
export { SELF_HOSTED_PEER_BEHAVIOUR, type PeerBehaviour } from './peer-behaviour';
export { DEFAULT_SERVER_LIMITS, type ServerLimits } from './server-limits';
export type { ProviderSettingsInput } from './provider-settings';
export type { ProviderOutcome } from './provider-requests';
export type { RequestRecord } from './request-handler';
export { PROVIDER_CATALOGUE, PUBLIC_CLIENT_PROVIDERS, type CatalogueEntry, type ClientSecretNeed, type RedirectMatching } from './provider-catalogue';
export {
  BuiltInServerRunner,
  BUILT_IN_HOST,
  DEFAULT_BUILT_IN_PORT,
  type BuiltInServerRunnerConfig,
  type BuiltInServerSnapshot,
  type BuiltInServerState,
} from './runner/built-in-server-runner';
export type { BuiltInProviderSetup } from './runner/provider-setup';
export type { MisconfigurationReason, ProviderHealth } from './runner/provider-health';
export { MemoryTokenStorage, type SealedEntry, type TokenStorage } from './storage/token-storage';
export { JsonFileTokenStorage } from './storage/json-file-token-storage';
