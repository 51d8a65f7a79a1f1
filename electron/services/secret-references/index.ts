// Which AuthIDs Duplicati reads from a secret store (by `$name`) instead of from the URL, and
// where the encrypted secrets file is.
export { openSecretReferences, openSecretsFileReferences, type SecretReferences } from './secret-references';
export { openSecretsFileLocation, type SecretsFileLocation } from './secrets-file-location';
export { openKeychainDefault, type KeychainDefault } from './keychain-default';
