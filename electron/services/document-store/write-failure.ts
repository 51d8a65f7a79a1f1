/** A document that could not be written, said so the user knows what to check. */
import { UserFacingError } from '../../ipc/user-facing-error';

export function writeFailure(path: string, error: unknown): UserFacingError {
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
