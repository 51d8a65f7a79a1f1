// The OS keychains Duplicati reads secrets from, each behind the SecretStore port.
export { createPlatformSecretStore } from './platform-secret-store';
export { createSecretServiceStore } from './secret-service-store';
export type { SecretServiceBusOptions } from './secret-service-bus';
export { createMacKeychainStore } from './macos-keychain-store';
export { createWindowsCredentialStore } from './windows-credential-store';
export type { ProcessResult, ProcessRunner } from './process-runner';
