// Which AuthIDs Duplicati reads from a secret store (by `$name`) instead of from the URL.
export { openSecretReferences, type SecretReferences } from './secret-references';
