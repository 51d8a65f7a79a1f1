/**
 * A vault folder holding many AuthIDs, written in one go in the vault's real file format (the
 * real sealing, document schema and conf backend): adding them one by one would rewrite the
 * whole file per AuthID.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { confDocumentBackend } from '../../../electron/services/document-store/conf-document-backend';
import type { DocumentBackend } from '../../../electron/services/document-store/document-store';
import type { SecretBox } from '../../../electron/services/vault/secret-box';
import { sealOsEncrypted } from '../../../electron/services/vault/secret-sealing';
import { VAULT_SPEC, type StoredRecord } from '../../../electron/services/vault/vault-document';
import { openVault, type Vault } from '../../../electron/services/vault/vault';
import { benchAuthId } from './bench-authids';

export interface BenchVaultFolder {
  readonly file: string;
  /** A fresh backend on the folder, like the app after a restart. */
  backend(): DocumentBackend;
  open(box: SecretBox): Promise<Vault>;
  remove(): void;
}

const DAY_MS = 86_400_000;

/** A folder whose vault file holds exactly `records`. */
export function vaultFolder(records: readonly StoredRecord[]): BenchVaultFolder {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'authid-bench-vault-'));
  const backend = () => confDocumentBackend(directory, (options) => new Conf<Record<string, unknown>>(options));
  backend().open(VAULT_SPEC).write({ records: [...records], weakOptIn: false });
  return {
    file: backend().pathOf(VAULT_SPEC.name),
    backend,
    open: (secretBox) => openVault({ backend: backend(), secretBox }),
    remove: () => fs.rmSync(directory, { recursive: true, force: true }),
  };
}

/** `count` made-up AuthIDs (bench-authids.ts), checked half a day ago and due in half a day. */
export async function benchVaultFolder(box: SecretBox, count: number, now = new Date()): Promise<BenchVaultFolder> {
  const records: StoredRecord[] = [];
  for (let index = 0; index < count; index += 1) {
    const authId = benchAuthId(index);
    records.push({
      id: `bench-${index}`,
      label: authId.label,
      provider: authId.provider,
      serverBaseUrl: authId.serverBaseUrl,
      kind: 'v1',
      created: new Date(now.getTime() - 30 * DAY_MS).toISOString(),
      accountName: authId.accountName,
      history: [{ at: new Date(now.getTime() - DAY_MS / 2).toISOString(), health: 'healthy', reason: 'The AuthID server issued an access token.' }],
      // Nothing is due while the bench runs.
      nextCheckAt: new Date(now.getTime() + DAY_MS / 2 + index * 1000).toISOString(),
      destinations: [],
      secret: await sealOsEncrypted(box, authId.secret),
    });
  }
  return vaultFolder(records);
}
