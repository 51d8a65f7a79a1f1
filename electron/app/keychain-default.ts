/**
 * New AuthIDs shared through the system keychain from the start, where it works: a login's
 * AuthID is written there under a name derived from its label, and its URLs carry `$name`.
 */
import type { KeychainDefaultView } from '../ipc/keychain-views';
import { SecretStoreError, deriveSecretName } from '../services/duplicati-secrets';
import type { AppContext } from './app-context';
import { SECRET_NAME_RULES, namesInUse } from './shared-secrets';

type Context = Pick<AppContext, 'vault' | 'keychain' | 'secretsFile'>;

const NO_KEYCHAIN =
  'Off: this system has no keychain that Duplicati reads. Share AuthIDs through the encrypted secrets file instead (below).';

export async function keychainDefaultView(context: Context): Promise<KeychainDefaultView> {
  const keychain = context.keychain;
  if (keychain?.store == null) return { storeName: 'the system keychain', available: false, shareNewAuthIds: false, reason: NO_KEYCHAIN };
  const probe = await keychain.store.probe();
  const storeName = keychain.store.displayName;
  if (!probe.usable) return { storeName, available: false, shareNewAuthIds: false, reason: `Off: ${probe.message}` };
  return { storeName, available: true, shareNewAuthIds: keychain.newAuthIds?.chosen() ?? (keychain.newAuthIds !== undefined) };
}

/** After a login saved a new record. Failing here leaves the AuthID in the URLs, as without the setting. */
export async function shareNewAuthId(context: Context, id: string, authId: string): Promise<boolean> {
  const keychain = context.keychain;
  const record = context.vault.get(id);
  if (keychain?.store == null || record === undefined || !(await keychainDefaultView(context)).shareNewAuthIds) return false;
  const name = deriveSecretName(record.label, namesInUse(context), SECRET_NAME_RULES);
  try {
    await keychain.store.set(name, authId);
  } catch (error) {
    if (error instanceof SecretStoreError) return false;
    throw error;
  }
  keychain.references.set(id, name);
  return true;
}
