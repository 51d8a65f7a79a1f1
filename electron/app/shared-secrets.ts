/**
 * The places Duplicati may read a record's AuthID from (system keychain, encrypted secrets file),
 * taken together: a record in either has URLs with `$name`, one name in both, and re-authorizing
 * updates both.
 */
import { secretNameRules } from '../services/duplicati-secrets';
import type { Vault } from '../services/vault';
import type { AppContext } from './app-context';
import type { SharedReferences } from './reference-usage';

type Places = Pick<AppContext, 'keychain' | 'secretsFile'>;

// Until the app knows the user's Duplicati release, names use only what every release reads.
export const SECRET_NAME_RULES = secretNameRules(null);

const placesOf = (context: Places) => [context.keychain, context.secretsFile].flatMap((place) => (place === undefined ? [] : [place]));

/** `$name` while Duplicati reads this record's AuthID from a store. */
export function referenceFor(context: Places, id: string): string | undefined {
  return context.keychain?.referenceFor(id) ?? context.secretsFile?.referenceFor(id);
}

/** Every record whose URLs carry `$name`, with it. */
export function sharedReferences(context: Places, vault: Pick<Vault, 'list'>): SharedReferences {
  return vault.list().flatMap((record) => {
    const reference = referenceFor(context, record.id);
    return reference === undefined ? [] : [[record.id, reference] as const];
  });
}

/** The names other records use in either place (a record's own name does not count against it). */
export function namesInUse(context: Places, exceptId?: string): string[] {
  return placesOf(context).flatMap((place) => place.references.entries().flatMap(([id, name]) => (id === exceptId ? [] : [name])));
}

export async function secretReplaced(context: Places, id: string, authId: string): Promise<void> {
  for (const place of placesOf(context)) await place.secretReplaced(id, authId);
}

/** The revoke plan's lines about the stored copies. */
export function revokeSteps(context: Places, id: string): string[] {
  return placesOf(context).flatMap((place) => place.revokeStep(id) ?? []);
}
