/**
 * The least any vault load must do: read the file, parse the JSON and decrypt every record's
 * secret with the same secret box. No validation, no records built.
 */
import { readFileSync } from 'node:fs';
import type { SecretBox } from '../../../electron/services/vault/secret-box';
import { unseal } from '../../../electron/services/vault/secret-sealing';
import type { StoredRecord } from '../../../electron/services/vault/vault-document';

export const readVaultJson = (file: string): { records: StoredRecord[] } => JSON.parse(readFileSync(file, 'utf8')) as { records: StoredRecord[] };

export async function vaultFloor(file: string, box: SecretBox): Promise<void> {
  for (const { secret } of readVaultJson(file).records) {
    if (secret.protection !== 'memory-only') await unseal(box, secret);
  }
}
