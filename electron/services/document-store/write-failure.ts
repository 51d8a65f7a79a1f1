/** A document that could not be written, said so the user knows what to check. */
import { UserFacingError } from '../errors';
import { DocumentChangedElsewhere } from './document-store';

/** What the user is told when another copy of the app (or another program) changed the file. */
export function changedElsewhereMessage(path: string): string {
  return (
    `Nothing was saved: ${path} was changed by another program since AuthID Manager read it, most likely a second copy of ` +
    'AuthID Manager using the same folder. Saving now would erase what that copy saved. Quit every other copy, then restart AuthID Manager.'
  );
}

export function writeFailure(path: string, error: unknown): UserFacingError {
  if (error instanceof DocumentChangedElsewhere) return new UserFacingError('changed-elsewhere', changedElsewhereMessage(path));
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the app may not write there'
        : code === 'EISDIR' || code === 'ENOTDIR'
          ? 'something else stands where the file should be'
          : `the system said ${code ?? 'no'}`;
  return new UserFacingError(
    'save-failed',
    `Nothing was changed: ${path} could not be saved (${why}). Free some space or fix the folder's permissions, then try again.`,
  );
}
