/**
 * The system's save and open dialogs as the handlers use them. Main opens them itself, so the
 * window never names a path: a compromised window cannot make the app write or read anywhere
 * the user did not pick.
 */
import { UserFacingError } from '../ipc/user-facing-error';

interface FileTypeFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface FileDialogRequest {
  readonly title: string;
  /** For a save dialog: the suggested file name. */
  readonly defaultName?: string;
  readonly filters: readonly FileTypeFilter[];
}

export interface FileDialogPort {
  /** The absolute path the user chose, or undefined when they cancelled. */
  chooseSaveFile(request: FileDialogRequest): Promise<string | undefined>;
  chooseOpenFile(request: FileDialogRequest): Promise<string | undefined>;
}

const noDialog = (): Promise<never> =>
  Promise.reject(new UserFacingError('no-file-dialog', 'Files cannot be chosen here. Use the AuthID Manager window to export or import.'));

/** Where no dialog can open (a headless core): every request says so and nothing is done. */
export const NO_FILE_DIALOGS: FileDialogPort = { chooseSaveFile: noDialog, chooseOpenFile: noDialog };
