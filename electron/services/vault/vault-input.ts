/** Checks what callers hand the vault, with messages fit for the user. */
import { UserFacingError } from '../../ipc/user-facing-error';
import { normalizeBaseUrl } from '../servers/known-servers';
import { labelSchema, newDestinationSchema } from './vault-document';
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
  return parsed.data;
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
