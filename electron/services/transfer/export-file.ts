/** Builds the encrypted export file; there is deliberately no way to get it unencrypted. */
import type { VaultRecord } from '../vault';
import { DEFAULT_SCRYPT_WORK_FACTOR, sealWithPassphrase } from './age-envelope';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from './export-document';
import { ratePassphrase } from './passphrase-rating';

export interface ExportSource {
  readonly record: VaultRecord;
  readonly authId: string;
}

export interface ExportOptions {
  readonly now?: Date;
  /** scrypt's log2 cost; tests lower it, the app keeps age's default. */
  readonly workFactor?: number;
}

export type ExportFileResult =
  | { readonly ok: true; readonly fileText: string; readonly count: number }
  | { readonly ok: false; readonly problem: 'weak-passphrase' | 'nothing-to-export'; readonly message: string };

export async function buildExportFile(sources: readonly ExportSource[], passphrase: string, options: ExportOptions = {}): Promise<ExportFileResult> {
  if (sources.length === 0) return { ok: false, problem: 'nothing-to-export', message: 'Choose at least one AuthID to export.' };
  const rating = await ratePassphrase(passphrase);
  if (!rating.acceptable) return { ok: false, problem: 'weak-passphrase', message: rating.message };
  const document = exportDocument(sources, options.now ?? new Date());
  const fileText = await sealWithPassphrase(`${JSON.stringify(document, null, 2)}\n`, passphrase, options.workFactor ?? DEFAULT_SCRYPT_WORK_FACTOR);
  return { ok: true, fileText, count: sources.length };
}

function exportDocument(sources: readonly ExportSource[], now: Date): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    exportedBy: 'AuthID Manager',
    authIds: sources.map(({ record, authId }) => ({
      label: record.label,
      provider: record.provider,
      server: record.serverBaseUrl,
      kind: record.kind,
      authId,
      created: record.created,
      ...(record.accountName === undefined ? {} : { accountName: record.accountName }),
      ...(record.region === undefined ? {} : { region: record.region }),
      destinations: record.destinations.map(({ name, path, options, host }) => ({ name, path, options: { ...options }, ...(host === undefined ? {} : { host }) })),
    })),
  };
}
