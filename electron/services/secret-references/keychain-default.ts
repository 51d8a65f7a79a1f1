/**
 * Whether new AuthIDs are shared through the system keychain from the start. Unset until the
 * user chooses: then it is on wherever the keychain works.
 */
import { z } from 'zod';
import { openDocument, writeFailure, type DocumentBackend, type DocumentSpec } from '../document-store';
import { systemClock, type Clock } from '../time';

const defaultSchema = z.object({ shareNewAuthIds: z.boolean().nullable() });

const DEFAULT_SPEC: DocumentSpec<typeof defaultSchema> = {
  name: 'keychain-default',
  version: '1.0.0',
  schema: defaultSchema,
  defaults: { shareNewAuthIds: null },
};

export interface KeychainDefault {
  /** null: the user has not chosen. */
  chosen(): boolean | null;
  choose(shareNewAuthIds: boolean): void;
}

export function openKeychainDefault(backend: DocumentBackend, clock: Pick<Clock, 'now'> = systemClock): KeychainDefault {
  const { store, document } = openDocument(backend, DEFAULT_SPEC, clock);
  let chosen = document.shareNewAuthIds;
  return {
    chosen: () => chosen,
    choose: (next) => {
      try {
        store.write({ shareNewAuthIds: next });
      } catch (error) {
        throw writeFailure(store.path, error);
      }
      chosen = next;
    },
  };
}
