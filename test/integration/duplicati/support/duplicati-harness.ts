/**
 * One test's world: the Duplicati stand-in (as the version under test), the app's real vault in a
 * temporary folder with a stand-in secret box, and the Duplicati service wired to both.
 */
import { openDuplicatiService, type DuplicatiService, type DuplicatiServiceDeps } from '../../../../electron/services/duplicati';
import type { Vault } from '../../../../electron/services/vault/vault';
import { startDuplicatiStandIn, type DuplicatiStandIn, type DuplicatiStandInOptions } from '../../../fixtures/duplicati-stand-in/server';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';
import { openTestVault } from '../../../fixtures/open-test-vault';
import { expectNoSecretsIn, recordWindowValues } from './window-recorder';

export const PASSWORD = 'stand-in duplicati password';
registerSecret(PASSWORD);

export interface Harness {
  readonly duplicati: DuplicatiStandIn;
  readonly vault: Vault;
  readonly box: FakeSecretBox;
  readonly folder: TempFolder;
  service: DuplicatiService;
  /** Every value the services handed out (what the window would receive). */
  readonly windowValues: unknown[];
  expectNoSecretsInWindow(): void;
  /** A new service on the same files, like the app after a restart. */
  restart(extra?: Partial<DuplicatiServiceDeps>): Promise<DuplicatiService>;
  close(): Promise<void>;
}

export async function startHarness(options: DuplicatiStandInOptions, extra: Partial<DuplicatiServiceDeps> = {}): Promise<Harness> {
  const duplicati = await startDuplicatiStandIn({ password: PASSWORD, ...options });
  const folder = tempFolder();
  const box = new FakeSecretBox();
  const vault = await openTestVault(folder, box);
  const windowValues: unknown[] = [];
  const open = async (more: Partial<DuplicatiServiceDeps>) => {
    const service = await openDuplicatiService({ held: vault, secretBox: box, backend: folder.backend(), timeoutMs: 5_000, ...extra, ...more });
    recordWindowValues(service, windowValues);
    return service;
  };
  const harness: Harness = {
    duplicati,
    vault,
    box,
    folder,
    windowValues,
    expectNoSecretsInWindow: () => expectNoSecretsIn(windowValues),
    service: await open({}),
    restart: async (more = {}) => {
      harness.service = await open(more);
      return harness.service;
    },
    close: async () => {
      await duplicati.close();
      await vault.flush();
      folder.remove();
    },
  };
  return harness;
}
