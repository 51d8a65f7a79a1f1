/**
 * "Export AuthIDs…": the chosen AuthIDs, encrypted with a passphrase typed twice, into one file
 * the user picks in the system's save dialog once the passphrase is acceptable.
 */
import path from 'node:path';
import type { RequestHandlers } from '../../ipc/contract';
import type { SkippedView } from '../../ipc/transfer-views';
import { UserFacingError } from '../../ipc/user-facing-error';
import { buildExportFile, ratePassphrase, writeFileAtomically, type ExportSource } from '../../services/transfer';
import type { VaultRecord } from '../../services/vault';
import { requireRecord, type AppContext } from '../app-context';
import { fileProblem } from './file-problem';

export type ExportHandlers = Pick<RequestHandlers, 'ratePassphrase' | 'exportAuthIds'>;

export interface ExportHandlerOptions {
  /** scrypt's log2 cost; default age's 18. Tests lower it. */
  readonly scryptWorkFactor?: number;
}

export function exportHandlers(context: Pick<AppContext, 'vault' | 'fileDialogs'>, options: ExportHandlerOptions = {}): ExportHandlers {
  return {
    ratePassphrase: async ({ passphrase }) => {
      const rating = await ratePassphrase(passphrase);
      return { ...rating, suggestions: [...rating.suggestions] };
    },
    exportAuthIds: async ({ passphrase, passphraseAgain, ids }) => {
      if (passphrase !== passphraseAgain) {
        throw new UserFacingError('passphrase-mismatch', 'The two passphrases are not the same. Type it again in both fields.');
      }
      // Refused before the dialog, so the user is not asked where to save something that will not be saved.
      const rating = await ratePassphrase(passphrase);
      if (!rating.acceptable) throw new UserFacingError('export-weak-passphrase', rating.message);
      const records = ids === undefined ? context.vault.list() : [...new Set(ids)].map((id) => requireRecord(context, id));
      if (records.length === 0) throw new UserFacingError('export-nothing', 'There are no AuthIDs to export yet.');
      const { sources, skipped } = await readable(context, records);
      if (sources.length === 0) {
        throw new UserFacingError('export-nothing', 'None of the chosen AuthIDs can be read on this computer, so there is nothing to export. Re-authorize them first.');
      }
      const file = await context.fileDialogs.chooseSaveFile({
        title: `Export ${sources.length === 1 ? '1 AuthID' : `${sources.length} AuthIDs`}`,
        defaultName: `AuthIDs ${new Date().toISOString().slice(0, 10)}.age`,
        filters: [{ name: 'Encrypted export (age)', extensions: ['age'] }],
      });
      if (file === undefined) return { outcome: 'cancelled' };
      if (!path.isAbsolute(file)) throw new UserFacingError('export-file', 'Choose where to save the export file.');
      const built = await buildExportFile(sources, passphrase, options.scryptWorkFactor === undefined ? {} : { workFactor: options.scryptWorkFactor });
      if (!built.ok) throw new UserFacingError(`export-${built.problem}`, built.message);
      const written = await writeFileAtomically(file, built.fileText);
      if (!written.ok) throw fileProblem('export', written.code);
      return { outcome: 'saved', file, exported: built.count, skipped, message: exportedMessage(built.count, path.basename(file), skipped.length) };
    },
  };
}

async function readable(context: Pick<AppContext, 'vault'>, records: readonly VaultRecord[]) {
  const sources: ExportSource[] = [];
  const skipped: SkippedView[] = [];
  for (const record of records) {
    try {
      sources.push({ record, authId: await context.vault.readSecret(record.id) });
    } catch (error) {
      skipped.push({ name: record.label, reason: error instanceof UserFacingError ? error.message : 'It cannot be read on this computer.' });
    }
  }
  return { sources, skipped };
}

function exportedMessage(count: number, fileName: string, skipped: number): string {
  const what = `${count} AuthID${count === 1 ? '' : 's'}`;
  const left = skipped === 0 ? '' : ` ${skipped} could not be read on this computer and ${skipped === 1 ? 'is' : 'are'} not in it.`;
  return `Saved ${what}, encrypted, to ${fileName}.${left} Keep the passphrase apart from the file: anyone who has both can use ${count === 1 ? 'it' : 'them'}.`;
}
