/**
 * AuthIDs that Duplicati reads from the encrypted secrets file (for Duplicati as a service, in
 * Docker or on a NAS, which cannot see the desktop keychain). The file's passphrase is kept only
 * sealed by the OS; the app unseals it to write the file and to hand Duplicati its setting.
 */
import { rm } from 'node:fs/promises';
import {
  SecretStoreError,
  createSecretsFileSetup,
  createSecretsFileStore,
  fileSecretProviderSetting,
  unsealSecretsFilePassphrase,
  type ProviderSetting,
  type SecretStore,
  type SecretsFileSetup,
  type SecretsFileStore,
} from '../services/duplicati-secrets';
import type { SecretSink } from '../services/logging';
import type { SecretReferences, SecretsFileLocation } from '../services/secret-references';
import { canEncrypt, type SecretBox, type Vault } from '../services/vault';
import { createKeychainSharing, type KeychainSharing } from './keychain-sharing';

export interface SecretsFileDeps {
  /** The same OS box the vault seals AuthIDs with. */
  readonly box: SecretBox;
  readonly references: SecretReferences;
  readonly location: SecretsFileLocation;
  /** Written into the file's CREATED_BY extension. */
  readonly createdBy: string;
  /** Told the passphrase once it is unsealed, so a log line holding it is masked. */
  readonly secrets?: SecretSink;
}

export interface SecretsFileSharing extends KeychainSharing {
  readonly location: SecretsFileLocation;
  /**
   * Starts a file at `path` with a new passphrase and every shared AuthID in it; a previous file
   * elsewhere is deleted (Duplicati should no longer read AuthIDs from it). Returns the setting,
   * passphrase included, for the one time the window shows it.
   */
  create(path: string, authIdOf: (id: string) => Promise<string>): Promise<ProviderSetting>;
  /** The setting with the passphrase, for the clipboard only. */
  setting(): Promise<ProviderSetting>;
  /** Whether the OS box really encrypts, so the passphrase is not kept in the clear. */
  canKeepPassphrase(): Promise<boolean>;
}

const NOT_SET_UP = 'No secrets file is set up yet. Choose where to keep it (Settings → Secrets file for Duplicati), then share AuthIDs through it.';

export function createSecretsFileSharing(deps: SecretsFileDeps, vault: Pick<Vault, 'get' | 'onChange'>): SecretsFileSharing {
  const { box, location, references } = deps;
  const passphraseOf = async (setup: SecretsFileSetup) => {
    const passphrase = await unsealSecretsFilePassphrase(box, setup);
    deps.secrets?.remember(passphrase);
    return passphrase;
  };
  // One store per setup, so its queue orders every change to that file.
  let opened: { readonly setup: SecretsFileSetup; readonly store: SecretsFileStore } | undefined;
  const storeFor = (setup: SecretsFileSetup): SecretsFileStore => {
    if (opened?.setup !== setup) opened = { setup, store: createSecretsFileStore({ path: setup.path, passphrase: () => passphraseOf(setup), createdBy: deps.createdBy }) };
    return opened.store;
  };
  const current = (): SecretsFileStore => {
    const setup = location.current();
    if (setup === null) throw new SecretStoreError('unavailable', NOT_SET_UP);
    return storeFor(setup);
  };
  const store: SecretStore = {
    kind: 'file-secret',
    displayName: 'the encrypted secrets file',
    set: (name, value) => current().set(name, value),
    get: (name) => current().get(name),
    delete: (name) => current().delete(name),
    probe: async () => (location.current() === null ? { usable: false, problem: 'unavailable', message: NOT_SET_UP } : current().probe()),
  };
  const sharing = createKeychainSharing({ store, references }, vault);

  return {
    ...sharing,
    location,
    create: async (path, authIdOf) => {
      const previous = location.current();
      const { setup, passphrase } = await createSecretsFileSetup(box, path);
      deps.secrets?.remember(passphrase);
      const setting = fileSecretProviderSetting(path, passphrase); // refuses a path Duplicati cannot be given, before anything is written
      const entries = new Map<string, string>();
      for (const [id, name] of references.entries()) if (vault.get(id) !== undefined) entries.set(name, await authIdOf(id));
      await storeFor(setup).replaceAll(entries);
      location.set(setup);
      if (previous !== null && previous.path !== path) await rm(previous.path, { force: true }).catch(() => undefined); // an unmounted share keeps it; the passphrase is gone with the setup
      return setting;
    },
    canKeepPassphrase: async () => canEncrypt(await box.describe()),
    setting: async () => {
      const setup = location.current();
      if (setup === null) throw new SecretStoreError('unavailable', NOT_SET_UP);
      return fileSecretProviderSetting(setup.path, await passphraseOf(setup));
    },
  };
}
