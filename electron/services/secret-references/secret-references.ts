/**
 * Which AuthIDs are shared with Duplicati through a secret store, and their names there. Kept
 * apart from the vault: it holds no secret, and the vault's format stays as it is.
 */
import { openDocument, writeFailure, type DocumentBackend } from '../document-store';
import { systemClock, type Clock } from '../time';
import { FILE_REFERENCES_SPEC, REFERENCES_SPEC, type ReferencesDocument, type ReferencesSpec } from './references-document';

export interface SecretReferences {
  /** The secret's name for this record, or undefined when its URLs carry the AuthID itself. */
  nameOf(id: string): string | undefined;
  /** Every shared record id with its name. */
  entries(): readonly (readonly [id: string, name: string])[];
  set(id: string, name: string): void;
  remove(id: string): void;
}

/** The AuthIDs in the system keychain. */
export function openSecretReferences(backend: DocumentBackend, clock: Pick<Clock, 'now'> = systemClock): SecretReferences {
  return openReferences(backend, REFERENCES_SPEC, clock);
}

/** The AuthIDs in the encrypted secrets file. */
export function openSecretsFileReferences(backend: DocumentBackend, clock: Pick<Clock, 'now'> = systemClock): SecretReferences {
  return openReferences(backend, FILE_REFERENCES_SPEC, clock);
}

function openReferences(backend: DocumentBackend, spec: ReferencesSpec, clock: Pick<Clock, 'now'>): SecretReferences {
  const { store, document } = openDocument(backend, spec, clock);
  let names: ReferencesDocument['names'] = { ...document.names };
  const save = (next: ReferencesDocument['names']) => {
    try {
      store.write({ names: next });
    } catch (error) {
      throw writeFailure(store.path, error);
    }
    names = next;
  };
  return {
    nameOf: (id) => (Object.hasOwn(names, id) ? names[id] : undefined),
    entries: () => Object.entries(names),
    set: (id, name) => save({ ...names, [id]: name }),
    remove: (id) => {
      if (Object.hasOwn(names, id)) save(Object.fromEntries(Object.entries(names).filter(([other]) => other !== id)));
    },
  };
}
