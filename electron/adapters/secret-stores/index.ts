// The OS keychains Duplicati reads secrets from, each behind the SecretStore port.
export { createSecretServiceStore } from './secret-service-store';
export type { SecretServiceBusOptions } from './secret-service-bus';
