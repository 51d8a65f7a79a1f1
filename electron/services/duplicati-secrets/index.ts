// Where Duplicati reads AuthIDs at backup time: the store port, names and `$name` references,
// the once-per-machine provider setting, the encrypted secrets file, and the refresher's check.
export {
  SecretStoreError,
  probeBy,
  type SecretStore,
  type SecretStoreKind,
  type SecretStoreProbe,
  type SecretStoreProblem,
} from './secret-store';
export { assertStorableValue, type ValueLimits } from './stored-value';
export {
  parseDuplicatiVersion,
  secretNameRules,
  supportsSecretProviders,
  type DuplicatiVersion,
  type SecretNameRules,
} from './duplicati-version';
export {
  checkSecretName,
  deriveSecretName,
  secretReference,
  MAX_SECRET_NAME_LENGTH,
  type SecretNameCheck,
} from './secret-name';
export {
  fileSecretProviderSetting,
  keychainKindFor,
  keychainProviderSetting,
  type ProviderSetting,
} from './provider-setting';
export {
  createSecretsFileSetup,
  newSecretsFilePassphrase,
  unsealSecretsFilePassphrase,
  type SecretsFileSetup,
} from './secrets-file-passphrase';
export { createSecretsFileStore, type SecretsFileStore, type SecretsFileStoreOptions } from './secrets-file-store';
export {
  checkStoredSecret,
  repairStoredSecret,
  type SecretRepair,
  type StoredSecretCheck,
} from './stored-secret-check';
