/**
 * A real vault file (conf, zod) in a fresh folder holding the refresher's AuthIDs, opened with
 * its file writes and decryptions timed, so a refresher run can say where its own time went.
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
  /** ms spent in document writes and in decrypting, since it was opened. */
  writeMs(): number;
  decryptMs(): number;
  remove(): void;
}

function timedWrites(backend: DocumentBackend, spent: { ms: number }): DocumentBackend {
  return {
    pathOf: (name) => backend.pathOf(name),
    open: (spec) => {
      const store = backend.open(spec);
      return {
        path: store.path,
        read: () => store.read(),
        write: (document) => {
          const started = performance.now();
          try {
            store.write(document);
          } finally {
            spent.ms += performance.now() - started;
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
  const writes = { ms: 0 };
  const decrypts = { ms: 0 };
  const vault = await openVault({ backend: timedWrites(folder.backend(), writes), secretBox: timedDecrypts(box, decrypts) });
  const opened = { writes: writes.ms, decrypts: decrypts.ms };
  return {
    vault,
    writeMs: () => writes.ms - opened.writes,
    decryptMs: () => decrypts.ms - opened.decrypts,
    remove: () => folder.remove(),
  };
}
