import fs from 'node:fs';
import { openVault, type Vault } from '../../../electron/services/vault/vault';
import type { NewAuthId } from '../../../electron/services/vault/vault-record';
import type { TempFolder } from '../document-store/temp-conf-backend';
import type { FakeSecretBox } from './fake-secret-box';

export const VAULT_FILE = 'vault.json';

export function openTestVault(folder: TempFolder, secretBox: FakeSecretBox, at = '2025-03-01T12:00:00.000Z', checkWriteDelayMs?: number): Promise<Vault> {
  let counter = 0;
  return openVault({
    backend: folder.backend(),
    secretBox,
    clock: { now: () => Date.parse(at) },
    ids: () => `id-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}`,
    ...(checkWriteDelayMs === undefined ? {} : { checkWriteDelayMs }),
  });
}

export function dropbox(authId: string, extra: Partial<NewAuthId> = {}): NewAuthId {
  return {
    defaultLabel: 'Dropbox',
    provider: 'dropbox',
    serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com/',
    kind: 'v1',
    authId,
    ...extra,
  };
}

/** The vault file's raw bytes as text, to search for secrets. */
export function rawVaultFile(folder: TempFolder): string {
  return fs.readFileSync(folder.file(VAULT_FILE), 'utf8');
}
