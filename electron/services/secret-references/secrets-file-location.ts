/**
 * Where this machine keeps the encrypted secrets file and its passphrase as the OS sealed it.
 * Holds no secret in the clear: the passphrase opens only with this user's keyring.
 */
import { z } from 'zod';
import { openDocument, writeFailure, type DocumentBackend, type DocumentSpec } from '../document-store';
import { systemClock, type Clock } from '../time';
import type { SecretsFileSetup } from '../duplicati-secrets';

const locationSchema = z.object({
  setup: z.object({ path: z.string().min(1).max(4096), sealedPassphrase: z.string().min(1).max(4096) }).nullable(),
});

const LOCATION_SPEC: DocumentSpec<typeof locationSchema> = {
  name: 'secrets-file',
  version: '1.0.0',
  schema: locationSchema,
  defaults: { setup: null },
};

export interface SecretsFileLocation {
  /** null until the user chose a file. */
  current(): SecretsFileSetup | null;
  set(setup: SecretsFileSetup): void;
}

export function openSecretsFileLocation(backend: DocumentBackend, clock: Pick<Clock, 'now'> = systemClock): SecretsFileLocation {
  const { store, document } = openDocument(backend, LOCATION_SPEC, clock);
  let setup: SecretsFileSetup | null = document.setup;
  return {
    current: () => setup,
    set: (next) => {
      try {
        store.write({ setup: next });
      } catch (error) {
        throw writeFailure(store.path, error);
      }
      setup = next;
    },
  };
}
