/** A file system failure while exporting or importing, in words for the user. */
import { UserFacingError } from '../../ipc/user-facing-error';

export function fileProblem(action: 'export' | 'import', code: string): UserFacingError {
  const what = action === 'export' ? 'The export file could not be written' : 'The file could not be read';
  const next = action === 'export' ? 'Choose another folder and try again.' : 'Choose the file again.';
  const why: Record<string, string> = {
    ENOENT: action === 'export' ? 'the folder no longer exists' : 'it is no longer there',
    EACCES: 'you have no permission for it',
    EPERM: 'you have no permission for it',
    EISDIR: 'that is a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
    'too-large': 'it is far larger than any export or Duplicati backup configuration',
  };
  return new UserFacingError(`${action}-file`, `${what}: ${why[code] ?? `the system refused (${code})`}. ${next}`);
}
