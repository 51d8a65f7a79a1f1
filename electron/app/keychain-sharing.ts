/**
 * AuthIDs that Duplicati reads from the system keychain: the AuthID is written there under a
 * name, and the URLs the app builds carry `$name` instead. Re-authorizing rewrites the stored
 * value (so the URLs never change); removing the record, however it happens, deletes it.
 */
import { UserFacingError } from '../ipc/user-facing-error';
import { SecretStoreError, secretReference, type SecretStore } from '../services/duplicati-secrets';
import type { KeychainDefault, SecretReferences } from '../services/secret-references';
import type { Vault } from '../services/vault';

export interface KeychainDeps {
  /** The OS store Duplicati's keychain provider reads on this platform; null where there is none. */
  readonly store: SecretStore | null;
  readonly references: SecretReferences;
  /** Whether new AuthIDs are shared from the start; without it they are not. */
  readonly newAuthIds?: KeychainDefault;
}

export interface KeychainSharing extends KeychainDeps {
  /** `$name` while this record is shared through the keychain. */
  referenceFor(id: string): string | undefined;
  /** The revoke plan's line about the stored copy, for a shared record. */
  revokeStep(id: string): string | undefined;
  /** After a re-authorization: the store gets the new AuthID, the URLs stay as they are. */
  secretReplaced(id: string, authId: string): Promise<void>;
}

/** A store's refusal, in the words the store chose (never a secret). */
function storeProblem(error: unknown): unknown {
  return error instanceof SecretStoreError ? new UserFacingError(`keychain-${error.problem}`, error.message) : error;
}

/** Runs store work for a request: a store's refusal reaches the window in its own words. */
export async function inStore<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storeProblem(error);
  }
}

export function createKeychainSharing(deps: KeychainDeps, vault: Pick<Vault, 'get' | 'onChange'>): KeychainSharing {
  const { store, references } = deps;
  // Deletes run one after another; one that fails is tried again at the next change.
  let pruning: Promise<void> = Promise.resolve();
  const prune = async () => {
    for (const [id, name] of references.entries()) {
      if (vault.get(id) !== undefined) continue;
      try {
        await store?.delete(name);
        references.remove(id);
      } catch (error) {
        if (!(error instanceof SecretStoreError)) throw error;
      }
    }
  };
  vault.onChange(() => {
    pruning = pruning.then(prune).catch(() => undefined); // a failed save of the references file is retried with the next change
  });

  return {
    store,
    references,
    ...(deps.newAuthIds === undefined ? {} : { newAuthIds: deps.newAuthIds }),
    referenceFor: (id) => {
      const name = references.nameOf(id);
      return name === undefined ? undefined : secretReference(name);
    },
    revokeStep: (id) => {
      const name = references.nameOf(id);
      if (name === undefined || store === null) return undefined;
      return `Delete “${name}” from ${store.displayName}; backups that use ${secretReference(name)} stop working too.`;
    },
    secretReplaced: async (id, authId) => {
      const name = references.nameOf(id);
      if (name === undefined || store === null) return;
      try {
        await store.set(name, authId);
      } catch (error) {
        // The login itself succeeded; the detail screen's check shows the stale value and offers the repair.
        if (!(error instanceof SecretStoreError)) throw error;
      }
    },
  };
}
