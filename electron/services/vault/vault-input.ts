/** Checks what callers hand the vault, with messages fit for the user. */
import { UserFacingError } from '../errors';
import { secretOptionNames, withoutSecretOptions } from '../secret-options';
import { normalizeBaseUrl } from '../servers';
import { labelSchema, newDestinationSchema, type StoredRecord } from './vault-document';
import type { NewDestination } from './vault-record';

export function validLabel(label: string): string {
  const parsed = labelSchema.safeParse(label);
  if (!parsed.success) throw new UserFacingError('invalid-label', 'A label needs 1 to 200 characters.');
  return parsed.data;
}

export function validDestination(destination: NewDestination): NewDestination {
  const parsed = newDestinationSchema.safeParse(destination);
  if (!parsed.success) {
    throw new UserFacingError('invalid-destination', 'A destination needs a name (1 to 200 characters), a folder path and at most 32 options.');
  }
  const secrets = secretOptionNames(parsed.data.options);
  if (secrets.length > 0) {
    const names = secrets.join(', ');
    throw new UserFacingError(
      'secret-option',
      `${names} ${secrets.length === 1 ? 'looks' : 'look'} like a password or key, which AuthID Manager does not store. Leave ${secrets.length === 1 ? 'it' : 'them'} out here and set ${secrets.length === 1 ? 'it' : 'them'} in Duplicati (or use a secret-provider reference such as $name).`,
    );
  }
  return parsed.data;
}

/** The record with every secret destination option removed (older versions stored them), or undefined if it had none. */
export function withoutStoredSecretOptions(stored: StoredRecord): StoredRecord | undefined {
  if (stored.destinations.every((d) => secretOptionNames(d.options).length === 0)) return undefined;
  return { ...stored, destinations: stored.destinations.map((d) => ({ ...d, options: withoutSecretOptions(d.options) })) };
}

export function validServerBaseUrl(url: string): string {
  try {
    const normalized = normalizeBaseUrl(url);
    if (/^https?:\/\//.test(normalized)) return normalized;
  } catch {
    // Falls through to the message below.
  }
  throw new UserFacingError('invalid-server', 'The AuthID server address is not a valid http(s) URL.');
}
