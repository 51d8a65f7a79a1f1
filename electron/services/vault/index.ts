// The vault: stored AuthIDs and destinations, their secret protection, and the records the app reads.
export type { SecretBackend, SecretBox } from './secret-box';
export { canEncrypt, type SecretProtection, type StorageStatusView } from './storage-status';
export { openVault, type Vault } from './vault';
export { AUTHID_KINDS, labelSchema, newDestinationSchema } from './vault-document';
export type { NewAuthId, NewDestination, VaultRecord } from './vault-record';
export { withPcloudHostField } from './pcloud-host';
