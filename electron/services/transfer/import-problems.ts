/** Why an import file cannot be read, in words for the user. Every one means nothing was changed. */
import { EXPORT_VERSION } from './export-document';

export type ImportProblem =
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'damaged'
  | 'not-a-passphrase-file'
  | 'newer-version'
  | 'invalid-contents'
  | 'duplicati-encrypted'
  | 'not-recognized';

const NOTHING = 'Nothing was imported.';

export function importProblemMessage(problem: ImportProblem, fileVersion?: number): string {
  switch (problem) {
    case 'passphrase-needed':
      return 'This file is encrypted. Enter the passphrase it was exported with.';
    case 'wrong-passphrase':
      return `That passphrase does not open this file. Check it (capital letters, spaces, keyboard layout) and try again. ${NOTHING}`;
    case 'damaged':
      return `This file is damaged: it is incomplete or was changed after it was exported, so none of it can be trusted. ${NOTHING} Copy it again from where it was exported.`;
    case 'not-a-passphrase-file':
      return `This age file is encrypted for an age key, not with a passphrase, so the app cannot open it. Decrypt it with your key and encrypt it again with a passphrase (age -d -i key.txt file.age | age -p -a -o new.age), then import new.age. ${NOTHING}`;
    case 'newer-version':
      return `This file was exported by a newer version of AuthID Manager (file format ${fileVersion ?? 'unknown'}; this version reads format ${EXPORT_VERSION}). Update AuthID Manager, then import it again. ${NOTHING}`;
    case 'invalid-contents':
      return `The file opened, but what it holds is not a valid AuthID Manager export. ${NOTHING}`;
    case 'duplicati-encrypted':
      return `This Duplicati export is encrypted with Duplicati's own format, which the app cannot open. In Duplicati, export the backup again to a file without encryption and with "Export passwords" ticked, import that file here, then delete it. ${NOTHING}`;
    case 'not-recognized':
      return `This is neither an AuthID Manager export nor a Duplicati backup configuration export. ${NOTHING}`;
  }
}
