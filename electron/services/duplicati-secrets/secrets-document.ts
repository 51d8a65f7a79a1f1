/**
 * The plaintext of a file-secret file: a JSON object of name → value. Duplicati reads the keys
 * without regard to case and fails on two keys that differ only in case, so there is never more
 * than one key per name, whatever case it was written in.
 */
import { SecretStoreError } from './secret-store';

export type SecretsDocument = ReadonlyMap<string, string>;

const DAMAGED =
  'The secrets file opened, but its contents are not a JSON object of names and texts, which Duplicati needs. ' +
  'Restore it from a copy, or choose a new file.';

export function parseSecretsDocument(bytes: Uint8Array): SecretsDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SecretStoreError('damaged', DAMAGED);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SecretStoreError('damaged', DAMAGED);
  const entries = Object.entries(parsed);
  if (entries.some(([, value]) => typeof value !== 'string')) throw new SecretStoreError('damaged', DAMAGED);
  return new Map(entries as [string, string][]);
}

export function serializeSecretsDocument(document: SecretsDocument): Buffer {
  // Object.fromEntries defines own properties, so even a key named "__proto__" stays a key.
  return Buffer.from(JSON.stringify(Object.fromEntries(document), null, 2), 'utf8');
}

/** The key Duplicati would match for `name`, if any. */
export function keyFor(document: SecretsDocument, name: string): string | undefined {
  const folded = name.toUpperCase();
  return [...document.keys()].find((key) => key.toUpperCase() === folded);
}

export function withSecret(document: SecretsDocument, name: string, value: string): SecretsDocument {
  const next = withoutSecret(document, name);
  return new Map([...next, [name, value]]);
}

export function withoutSecret(document: SecretsDocument, name: string): SecretsDocument {
  const folded = name.toUpperCase();
  return new Map([...document].filter(([key]) => key.toUpperCase() !== folded));
}
