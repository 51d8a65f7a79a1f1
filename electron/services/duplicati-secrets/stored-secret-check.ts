/**
 * For the refresher: does the store still hand Duplicati this AuthID? Someone may have edited
 * or deleted the item; then the next backup sends the wrong value or fails.
 */
import { SecretStoreError, type SecretStore, type SecretStoreProblem } from './secret-store';
import { secretReference } from './secret-name';

export interface SecretRepair {
  readonly action: 'write-again';
  readonly label: string;
}

export type StoredSecretCheck =
  | { readonly state: 'same' }
  | { readonly state: 'changed' | 'missing'; readonly message: string; readonly repair: SecretRepair }
  | { readonly state: 'unreadable'; readonly problem: SecretStoreProblem; readonly message: string };

export async function checkStoredSecret(store: SecretStore, name: string, authId: string): Promise<StoredSecretCheck> {
  let stored: string | null;
  try {
    stored = await store.get(name);
  } catch (error) {
    if (!(error instanceof SecretStoreError)) throw error;
    return { state: 'unreadable', problem: error.problem, message: error.message };
  }
  if (stored === authId) return { state: 'same' };
  const repair: SecretRepair = { action: 'write-again', label: `Write the AuthID to ${store.displayName} again` };
  if (stored === null) {
    return {
      state: 'missing',
      message:
        `${capitalised(store.displayName)} no longer holds “${name}”. Backups that use ${secretReference(name)} ` +
        'will fail until the AuthID is written there again.',
      repair,
    };
  }
  return {
    state: 'changed',
    message:
      `“${name}” in ${store.displayName} holds a different value than this AuthID (it was edited outside the app). ` +
      `Backups that use ${secretReference(name)} would send that value instead.`,
    repair,
  };
}

/** Writes the AuthID again and reads it back, so "repaired" means Duplicati now gets it. */
export async function repairStoredSecret(store: SecretStore, name: string, authId: string): Promise<StoredSecretCheck> {
  await store.set(name, authId);
  return checkStoredSecret(store, name, authId);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
