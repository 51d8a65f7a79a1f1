/**
 * "Import…": choose a file in the system's open dialog (our export, or a Duplicati backup
 * configuration export), open it with its passphrase, show what it holds against the vault,
 * then add the chosen ones. The file's bytes wait between choosing and opening, so a mistyped
 * passphrase does not mean choosing the file again; the decrypted contents wait between opening
 * and applying, so the passphrase is asked for once. Each for a few minutes at most.
 */
import path from 'node:path';
import type { RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import { normalizeBaseUrl } from '../../services/servers';
import {
  applyImport,
  existingAuthIds,
  MAX_IMPORT_FILE_BYTES,
  needsPassphrase,
  planImport,
  readFileCapped,
  readImportFile,
  type ImportContents,
} from '../../services/transfer';
import type { AppContext } from '../app-context';
import { fileProblem } from './file-problem';
import { heldForAWhile } from './held-for-a-while';
import { importedMessage, previewView } from '../views/import-view';

export type ImportHandlers = Pick<RequestHandlers, 'chooseImportFile' | 'openImport' | 'applyImport' | 'cancelImport'>;

export interface ImportHandlerOptions {
  /** How long a chosen or opened file waits for the user's next step; default 10 minutes. */
  readonly keepOpenMs?: number;
}

type ImportContext = Pick<AppContext, 'vault' | 'settings' | 'checker' | 'fileDialogs'>;

const FILE_TYPES = [
  { name: 'AuthID Manager export or Duplicati backup configuration', extensions: ['age', 'json'] },
  { name: 'All files', extensions: ['*'] },
];

export function importHandlers(context: ImportContext, options: ImportHandlerOptions = {}): ImportHandlers {
  const keepOpenMs = options.keepOpenMs ?? 10 * 60_000;
  const chosen = heldForAWhile<Uint8Array>(keepOpenMs);
  const open = heldForAWhile<ImportContents>(keepOpenMs);
  const isKnownServer = (baseUrl: string): boolean => context.settings.values().servers.some((s) => normalizeBaseUrl(s.baseUrl) === baseUrl);
  /**
   * The app sends an AuthID only to a server the user chose. The preview says which chosen items
   * use a server not in Settings; choosing them adds it there, before anything is imported.
   */
  const addChosenServers = async (baseUrls: readonly string[]): Promise<void> => {
    for (const baseUrl of new Set(baseUrls.filter((url) => !isKnownServer(url)))) {
      try {
        await context.settings.addServer(baseUrl);
      } catch (error) {
        const why = error instanceof UserFacingError ? ` ${error.message}` : '';
        throw new UserFacingError('import-server', `The AuthID server ${baseUrl} could not be added to Settings, so nothing was imported.${why}`);
      }
    }
  };

  return {
    chooseImportFile: async () => {
      const file = await context.fileDialogs.chooseOpenFile({ title: 'Import AuthIDs', filters: FILE_TYPES });
      if (file === undefined) return { outcome: 'cancelled' };
      const read = await readFileCapped(file, MAX_IMPORT_FILE_BYTES);
      if (!read.ok) throw fileProblem('import', read.code);
      const { id } = chosen.hold(read.bytes);
      return { outcome: 'chosen', fileId: id, fileName: path.basename(file), encrypted: needsPassphrase(read.bytes) };
    },

    openImport: async ({ fileId, passphrase }) => {
      const bytes = chosen.get(fileId);
      if (bytes === undefined) throw new UserFacingError('import-closed', 'This file is no longer open: it was left waiting too long. Choose it again.');
      const reading = await readImportFile(bytes, {
        ...(passphrase === undefined ? {} : { passphrase }),
        knownServers: context.settings.values().servers,
      });
      if (!reading.ok) throw new UserFacingError(`import-${reading.problem}`, reading.message);
      chosen.drop(fileId);
      const plan = planImport(reading.candidates, await existingAuthIds(context.vault));
      const { id, expiresAt } = open.hold(reading);
      return previewView(id, reading, plan, isKnownServer, expiresAt);
    },

    applyImport: async ({ importId, keys }) => {
      const contents = open.get(importId);
      if (contents === undefined) {
        throw new UserFacingError('import-closed', 'This import is no longer open: it was finished, cancelled or left waiting too long. Open the file again.');
      }
      // Judged again now: the vault may have changed since the file was opened.
      const picked = new Set(keys);
      const plan = planImport(contents.candidates, await existingAuthIds(context.vault)).filter((item) => picked.has(item.key));
      await addChosenServers(plan.filter((item) => item.status === 'new').map((item) => item.candidate.serverBaseUrl));
      const outcome = await applyImport(context.vault, plan);
      if (outcome.failed !== undefined) {
        const why = outcome.failed.error instanceof UserFacingError ? outcome.failed.error.message : 'Something went wrong while saving it.';
        // Left open: trying again skips what is already in.
        throw new UserFacingError('import-failed', `${importedMessage(outcome)} Importing "${outcome.failed.label}" failed: ${why}`);
      }
      open.drop(importId);
      // A first check confirms each new one works here and fills in its account name.
      for (const id of outcome.added) void context.checker.checkNow(id).catch(() => undefined);
      return { added: outcome.added.length, updated: outcome.updated.length, unchanged: outcome.unchanged, addedIds: [...outcome.added], message: importedMessage(outcome) };
    },

    cancelImport: async ({ importId }) => open.drop(importId),
  };
}
