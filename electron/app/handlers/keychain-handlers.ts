/**
 * The detail screen's "Duplicati reads this AuthID from the system keychain": turn it on under a
 * name, turn it off, see whether the store still holds the AuthID, and put it back.
 */
import type { RequestHandlers } from '../../ipc/contract';
import type { KeychainStatusView, StoredSecretView } from '../../ipc/keychain-views';
import { UserFacingError } from '../../ipc/user-facing-error';
import {
  checkSecretName,
  checkStoredSecret,
  deriveSecretName,
  keychainProviderSetting,
  repairStoredSecret,
  secretNameRules,
  type SecretStore,
  type StoredSecretCheck,
} from '../../services/duplicati-secrets';
import type { VaultRecord } from '../../services/vault';
import { requireRecord, type AppContext } from '../app-context';
import { storeProblem, type KeychainSharing } from '../keychain-sharing';

type KeychainHandlers = Pick<RequestHandlers, 'keychainStatus' | 'shareViaKeychain' | 'stopKeychainSharing' | 'repairKeychainSecret' | 'copyKeychainSetting'>;

// Until the app knows the user's Duplicati release, names use only what every release reads.
const RULES = secretNameRules(null);
const NAME_RULE = 'Letters, digits, “_” and “/”; Duplicati 2.2 and later also read “-”.';
const NO_STORE =
  'This system has no keychain that Duplicati reads (Duplicati reads the macOS Keychain, the Windows Credential Manager and, on Linux, the Secret Service).';
const FILE_INSTEAD =
  ' Duplicati can read AuthIDs from an encrypted secrets file instead; that is also the way for Duplicati running as a service, in Docker or on a NAS.';

export function keychainHandlers(context: Pick<AppContext, 'vault' | 'keychain' | 'clipboard'>, changed: () => void): KeychainHandlers {
  const sharing = (): KeychainSharing & { readonly store: SecretStore } => {
    const keychain = context.keychain;
    if (keychain?.store == null) throw new UserFacingError('keychain-unavailable', NO_STORE + FILE_INSTEAD);
    return { ...keychain, store: keychain.store };
  };
  const otherNames = (keychain: KeychainSharing, id: string) => keychain.references.entries().flatMap(([other, name]) => (other === id ? [] : [name]));
  const inStore = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw storeProblem(error);
    }
  };

  const status = async (record: VaultRecord, stored?: StoredSecretCheck): Promise<KeychainStatusView> => {
    const keychain = context.keychain;
    const store = keychain?.store ?? null;
    const name = keychain?.references.nameOf(record.id);
    const base = {
      shared: name !== undefined,
      name: name ?? deriveSecretName(record.label, keychain === undefined ? [] : otherNames(keychain, record.id), RULES),
      nameRule: NAME_RULE,
    };
    if (store === null) return { ...base, storeName: 'the system keychain', usable: false, problem: NO_STORE + FILE_INSTEAD };
    // The store's own message says what to do: unlock it, start a keyring, or use the encrypted file.
    const probe = await store.probe();
    const setting = keychainSetting(store);
    const check = name === undefined ? undefined : (stored ?? (await checkStoredSecret(store, name, await context.vault.readSecret(record.id))));
    return {
      ...base,
      storeName: store.displayName,
      usable: probe.usable,
      ...(probe.usable ? (probe.note === undefined ? {} : { note: probe.note }) : { problem: probe.message }),
      ...(setting === undefined ? {} : { setting }),
      ...(check === undefined ? {} : { stored: storedView(check, store.displayName) }),
    };
  };

  return {
    keychainStatus: async ({ id }) => status(requireRecord(context, id)),
    shareViaKeychain: async ({ id, name }) => {
      const record = requireRecord(context, id);
      const keychain = sharing();
      const verdict = checkSecretName(name, otherNames(keychain, id), RULES);
      if (!verdict.ok) throw new UserFacingError('keychain-name', verdict.message);
      const previous = keychain.references.nameOf(id);
      const stored = await inStore(async () => {
        const checked = await repairStoredSecret(keychain.store, name, await context.vault.readSecret(id));
        if (previous !== undefined && previous.toLowerCase() !== name.toLowerCase()) await keychain.store.delete(previous);
        return checked;
      });
      keychain.references.set(id, name);
      changed();
      return status(record, stored);
    },
    stopKeychainSharing: async ({ id }) => {
      const record = requireRecord(context, id);
      const keychain = sharing();
      const name = keychain.references.nameOf(id);
      if (name !== undefined) await inStore(() => keychain.store.delete(name));
      keychain.references.remove(id);
      changed();
      return status(record);
    },
    repairKeychainSecret: async ({ id }) => {
      const record = requireRecord(context, id);
      const keychain = sharing();
      const name = keychain.references.nameOf(id);
      if (name === undefined) throw new UserFacingError('keychain-not-shared', 'Duplicati does not read this AuthID from the keychain, so there is nothing to repair.');
      return status(record, await inStore(async () => repairStoredSecret(keychain.store, name, await context.vault.readSecret(id))));
    },
    copyKeychainSetting: async () => {
      const setting = keychainSetting(sharing().store);
      if (setting === undefined) throw new UserFacingError('keychain-unavailable', NO_STORE + FILE_INSTEAD);
      // No secret in it, so the clipboard keeps it.
      return context.clipboard.copySecret(setting.optionText, 0);
    },
  };
}

function keychainSetting(store: SecretStore) {
  if (store.kind === 'file-secret') return undefined;
  const { optionName, value, optionText } = keychainProviderSetting(store.kind);
  return { optionName, value, optionText };
}

function storedView(check: StoredSecretCheck, storeName: string): StoredSecretView {
  switch (check.state) {
    case 'same':
      return { state: 'same', message: `${capitalised(storeName)} holds this AuthID; Duplicati reads it at every backup.` };
    case 'unreadable':
      return { state: 'unreadable', message: check.message };
    default:
      return { state: check.state, message: check.message, repairLabel: check.repair.label };
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
