/**
 * What the detail screen does with one place Duplicati reads AuthIDs from (the system keychain,
 * the encrypted secrets file): turn sharing on under a name, off, see whether the store still
 * holds the AuthID, and put it back. A record shared through both uses one name in both, since
 * its URLs can carry only one `$name`.
 */
import type { KeychainSettingView, KeychainStatusView, StoredSecretView } from '../../ipc/keychain-views';
import { UserFacingError } from '../../ipc/user-facing-error';
import {
  checkSecretName,
  checkStoredSecret,
  deriveSecretName,
  repairStoredSecret,
  type SecretStore,
  type StoredSecretCheck,
} from '../../services/duplicati-secrets';
import type { VaultRecord } from '../../services/vault';
import { requireRecord, type AppContext } from '../app-context';
import { inStore, type KeychainSharing } from '../keychain-sharing';
import { SECRET_NAME_RULES as RULES, namesInUse } from '../shared-secrets';

const NAME_RULE = 'Letters, digits, “_” and “/”; Duplicati 2.2 and later also read “-”.';

export interface SharedSecretPlace {
  readonly sharing: () => KeychainSharing | undefined;
  /** The other place, whose name for a record this one must use too. */
  readonly partner: () => KeychainSharing | undefined;
  /** Why nothing can be shared here, when there is no store at all. */
  readonly unavailable: string;
  /** For sentences when there is no store: "the system keychain". */
  readonly fallbackName: string;
  /** The once-per-machine setting shown with the record, when it holds no secret. */
  readonly setting: (store: SecretStore) => KeychainSettingView | undefined;
  /** Error codes start with it: `keychain-name`, `secrets-file-name`. */
  readonly code: string;
}

export interface SharedSecretActions {
  status(id: string): Promise<KeychainStatusView>;
  share(id: string, name: string): Promise<KeychainStatusView>;
  stop(id: string): Promise<KeychainStatusView>;
  repair(id: string): Promise<KeychainStatusView>;
}

export function sharedSecretActions(
  context: Pick<AppContext, 'vault' | 'keychain' | 'secretsFile'>,
  place: SharedSecretPlace,
  changed: () => void,
): SharedSecretActions {
  const withStore = (): KeychainSharing & { readonly store: SecretStore } => {
    const sharing = place.sharing();
    if (sharing?.store == null) throw new UserFacingError(`${place.code}-unavailable`, place.unavailable);
    return { ...sharing, store: sharing.store };
  };
  const otherNames = (id: string) => namesInUse(context, id);

  const status = async (record: VaultRecord, stored?: StoredSecretCheck): Promise<KeychainStatusView> => {
    const sharing = place.sharing();
    const store = sharing?.store ?? null;
    const name = sharing?.references.nameOf(record.id);
    const base = {
      shared: name !== undefined,
      name: name ?? place.partner()?.references.nameOf(record.id) ?? deriveSecretName(record.label, otherNames(record.id), RULES),
      nameRule: NAME_RULE,
    };
    if (store === null) return { ...base, storeName: place.fallbackName, usable: false, problem: place.unavailable };
    // The store's own message says what to do: unlock it, start a keyring, set up the file.
    const probe = await store.probe();
    const setting = place.setting(store);
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
    status: async (id) => status(requireRecord(context, id)),
    share: async (id, name) => {
      const record = requireRecord(context, id);
      const sharing = withStore();
      const verdict = checkSecretName(name, otherNames(id), RULES);
      if (!verdict.ok) throw new UserFacingError(`${place.code}-name`, verdict.message);
      const linked = place.partner()?.references.nameOf(id);
      if (linked !== undefined && linked.toLowerCase() !== name.toLowerCase()) {
        throw new UserFacingError(`${place.code}-name`, `This AuthID is already shared as “${linked}”, and its URLs can name only one secret. Use “${linked}” here too.`);
      }
      const previous = sharing.references.nameOf(id);
      const stored = await inStore(async () => {
        const checked = await repairStoredSecret(sharing.store, name, await context.vault.readSecret(id));
        if (previous !== undefined && previous.toLowerCase() !== name.toLowerCase()) await sharing.store.delete(previous);
        return checked;
      });
      sharing.references.set(id, name);
      changed();
      return status(record, stored);
    },
    stop: async (id) => {
      const record = requireRecord(context, id);
      const sharing = withStore();
      const name = sharing.references.nameOf(id);
      if (name !== undefined) await inStore(() => sharing.store.delete(name));
      sharing.references.remove(id);
      changed();
      return status(record);
    },
    repair: async (id) => {
      const record = requireRecord(context, id);
      const sharing = withStore();
      const name = sharing.references.nameOf(id);
      if (name === undefined) throw new UserFacingError(`${place.code}-not-shared`, `Duplicati does not read this AuthID from ${sharing.store.displayName}, so there is nothing to repair.`);
      return status(record, await inStore(async () => repairStoredSecret(sharing.store, name, await context.vault.readSecret(id))));
    },
  };
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
