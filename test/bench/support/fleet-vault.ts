/**
 * A real vault file (conf, zod) in a fresh folder holding the refresher's AuthIDs, opened with
 * its file writes and decryptions measured, so a refresher run can say where its CPU time went.
 */
import type { DocumentBackend } from '../../../electron/services/document-store/document-store';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import type { SecretBox } from '../../../electron/services/vault/secret-box';
import { sealOsEncrypted } from '../../../electron/services/vault/secret-sealing';
import type { StoredRecord } from '../../../electron/services/vault/vault-document';
import { openVault, type Vault } from '../../../electron/services/vault/vault';
import { vaultFolder } from './bench-vault';
import { SoftwareSecretBox } from './software-secret-box';

export interface Seed {
  readonly server: AuthIdServer;
  readonly authId: string;
}

export interface FleetVault {
  readonly vault: Vault;
  /** CPU ms in document writes (synchronous, so the process's CPU time over each call), since it was opened. */
  writeCpuMs(): number;
  /** Document writes since it was opened. */
  writes(): number;
  /** Wall ms in decryptions (each a few microseconds of synchronous work behind a promise). */
  decryptMs(): number;
  remove(): void;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function measuredWrites(backend: DocumentBackend, spent: { ms: number; count: number }): DocumentBackend {
  return {
    pathOf: (name) => backend.pathOf(name),
    open: (spec) => {
      const store = backend.open(spec);
      return {
        path: store.path,
        read: () => store.read(),
        write: (document) => {
          const started = cpuMs();
          try {
            store.write(document);
          } finally {
            spent.ms += cpuMs() - started;
            spent.count += 1;
          }
        },
      };
    },
  };
}

function timedDecrypts(box: SecretBox, spent: { ms: number }): SecretBox {
  return {
    describe: () => box.describe(),
    encrypt: (plain) => box.encrypt(plain),
    decrypt: async (sealed) => {
      const started = performance.now();
      try {
        return await box.decrypt(sealed);
      } finally {
        spent.ms += performance.now() - started;
      }
    },
  };
}

export async function openFleetVault(seeds: readonly Seed[]): Promise<FleetVault> {
  const box = new SoftwareSecretBox();
  const created = new Date().toISOString();
  const records: StoredRecord[] = [];
  for (const [index, seed] of seeds.entries()) {
    records.push({
      id: `bench-${index}`,
      label: `OneDrive ${index}`,
      provider: 'onedrivev2',
      serverBaseUrl: seed.server.baseUrl,
      kind: 'v1',
      created,
      history: [],
      destinations: [],
      secret: await sealOsEncrypted(box, seed.authId),
    });
  }
  const folder = vaultFolder(records);
  const writes = { ms: 0, count: 0 };
  const decrypts = { ms: 0 };
  const vault = await openVault({ backend: measuredWrites(folder.backend(), writes), secretBox: timedDecrypts(box, decrypts) });
  const opened = { ...writes, decrypts: decrypts.ms };
  return {
    vault,
    writeCpuMs: () => writes.ms - opened.ms,
    writes: () => writes.count - opened.count,
    decryptMs: () => decrypts.ms - opened.decrypts,
    remove: () => folder.remove(),
  };
}
