/**
 * "Import…": open a file (our export, or a Duplicati backup configuration export), show what it
 * holds against the vault, then add the chosen ones. The decrypted contents stay in memory
 * between the two steps, for a few minutes at most, so the passphrase is asked for once.
 */
import { randomUUID } from 'node:crypto';
import type { ImportPreviewView, ImportResultView } from '../../ipc/transfer-views';
import type { TransferRequestArgs } from '../../ipc/transfer-requests';
import { UserFacingError } from '../../ipc/user-facing-error';
import { normalizeBaseUrl } from '../../services/servers/known-servers';
import {
  applyImport,
  existingAuthIds,
  MAX_IMPORT_FILE_BYTES,
  planImport,
  readFileCapped,
  readImportFile,
  type ImportContents,
} from '../../services/transfer';
import type { AppContext } from '../app-context';
import { fileProblem } from './file-problem';
import { importedMessage, previewView } from '../views/import-view';

export interface ImportHandlers {
  openImport(input: TransferRequestArgs<'openImport'>): Promise<ImportPreviewView>;
  applyImport(input: TransferRequestArgs<'applyImport'>): Promise<ImportResultView>;
  cancelImport(input: TransferRequestArgs<'cancelImport'>): Promise<void>;
}

export interface ImportHandlerOptions {
  /** How long an opened file waits for the user's choice; default 10 minutes. */
  readonly keepOpenMs?: number;
}

interface OpenImport {
  readonly contents: ImportContents;
  readonly timer: ReturnType<typeof setTimeout>;
}

type ImportContext = Pick<AppContext, 'vault' | 'settings' | 'checker'>;

export function importHandlers(context: ImportContext, options: ImportHandlerOptions = {}): ImportHandlers {
  const keepOpenMs = options.keepOpenMs ?? 10 * 60_000;
  const open = new Map<string, OpenImport>();
  const close = (importId: string): void => {
    clearTimeout(open.get(importId)?.timer);
    open.delete(importId);
  };
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
    openImport: async ({ path, passphrase }) => {
      const file = await readFileCapped(path, MAX_IMPORT_FILE_BYTES);
      if (!file.ok) throw fileProblem('import', file.code);
      const reading = await readImportFile(file.bytes, {
        ...(passphrase === undefined ? {} : { passphrase }),
        knownServers: context.settings.values().servers,
      });
      if (!reading.ok) throw new UserFacingError(`import-${reading.problem}`, reading.message);
      const plan = planImport(reading.candidates, await existingAuthIds(context.vault));
      const importId = randomUUID();
      const timer = setTimeout(() => open.delete(importId), keepOpenMs);
      // A forgotten dialog must not keep the app from quitting.
      timer.unref?.();
      open.set(importId, { contents: reading, timer });
      return previewView(importId, reading, plan, isKnownServer, new Date(Date.now() + keepOpenMs));
    },

    applyImport: async ({ importId, keys }) => {
      const opened = open.get(importId);
      if (opened === undefined) {
        throw new UserFacingError('import-closed', 'This import is no longer open: it was finished, cancelled or left waiting too long. Open the file again.');
      }
      // Judged again now: the vault may have changed since the file was opened.
      const chosen = new Set(keys);
      const plan = planImport(opened.contents.candidates, await existingAuthIds(context.vault)).filter((item) => chosen.has(item.key));
      await addChosenServers(plan.filter((item) => item.status === 'new').map((item) => item.candidate.serverBaseUrl));
      const outcome = await applyImport(context.vault, plan);
      if (outcome.failed !== undefined) {
        const why = outcome.failed.error instanceof UserFacingError ? outcome.failed.error.message : 'Something went wrong while saving it.';
        // Left open: trying again skips what is already in.
        throw new UserFacingError('import-failed', `${importedMessage(outcome)} Importing "${outcome.failed.label}" failed: ${why}`);
      }
      close(importId);
      // A first check confirms each new one works here and fills in its account name.
      for (const id of outcome.added) void context.checker.checkNow(id).catch(() => undefined);
      return { added: outcome.added.length, updated: outcome.updated.length, unchanged: outcome.unchanged, addedIds: [...outcome.added], message: importedMessage(outcome) };
    },

    cancelImport: async ({ importId }) => close(importId),
  };
}
