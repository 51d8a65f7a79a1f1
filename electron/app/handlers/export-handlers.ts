/** "Export AuthIDs…": the chosen AuthIDs, encrypted with a passphrase typed twice, into one file. */
import path from 'node:path';
import type { ExportResultView, PassphraseRatingView, SkippedView } from '../../ipc/transfer-views';
import type { TransferRequestArgs } from '../../ipc/transfer-requests';
import { UserFacingError } from '../../ipc/user-facing-error';
import { buildExportFile, ratePassphrase, writeFileAtomically, type ExportSource } from '../../services/transfer';
import type { VaultRecord } from '../../services/vault/vault-record';
import { requireRecord, type AppContext } from '../app-context';
import { fileProblem } from './file-problem';

export interface ExportHandlers {
  ratePassphrase(input: TransferRequestArgs<'ratePassphrase'>): Promise<PassphraseRatingView>;
  exportAuthIds(input: TransferRequestArgs<'exportAuthIds'>): Promise<ExportResultView>;
}

export interface ExportHandlerOptions {
  /** scrypt's log2 cost; default age's 18. Tests lower it. */
  readonly scryptWorkFactor?: number;
}

export function exportHandlers(context: Pick<AppContext, 'vault'>, options: ExportHandlerOptions = {}): ExportHandlers {
  return {
    ratePassphrase: async ({ passphrase }) => {
      const rating = await ratePassphrase(passphrase);
      return { ...rating, suggestions: [...rating.suggestions] };
    },
    exportAuthIds: async ({ path: file, passphrase, passphraseAgain, ids }) => {
      if (!path.isAbsolute(file)) throw new UserFacingError('export-file', 'Choose where to save the export file.');
      if (passphrase !== passphraseAgain) {
        throw new UserFacingError('passphrase-mismatch', 'The two passphrases are not the same. Type it again in both fields.');
      }
      const records = ids === undefined ? context.vault.list() : [...new Set(ids)].map((id) => requireRecord(context, id));
      if (records.length === 0) throw new UserFacingError('export-nothing', 'There are no AuthIDs to export yet.');
      const { sources, skipped } = await readable(context, records);
      if (sources.length === 0) {
        throw new UserFacingError('export-nothing', 'None of the chosen AuthIDs can be read on this computer, so there is nothing to export. Re-authorize them first.');
      }
      const built = await buildExportFile(sources, passphrase, options.scryptWorkFactor === undefined ? {} : { workFactor: options.scryptWorkFactor });
      if (!built.ok) throw new UserFacingError(`export-${built.problem}`, built.message);
      const written = await writeFileAtomically(file, built.fileText);
      if (!written.ok) throw fileProblem('export', written.code);
      return { exported: built.count, skipped, message: exportedMessage(built.count, path.basename(file), skipped.length) };
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
