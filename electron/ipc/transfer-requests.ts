/**
 * The export, import and revoke-at-provider requests, spread into `REQUESTS` in contract.ts.
 * No payload names a file: main asks the user with its own save and open dialogs, so the window
 * cannot make the app write or read a path the user did not pick.
 */
import { z } from 'zod';
import { request } from './request';
import type * as T from './transfer-views';

const id = z.string().min(1).max(64);
// Longer than the rating accepts, so an over-long passphrase gets the rating's own message.
const passphrase = z.string().max(4096);

export const TRANSFER_REQUESTS = {
  ratePassphrase: request<T.PassphraseRatingView>()(z.strictObject({ passphrase })),
  /** Asks where to save once the passphrase is acceptable. */
  exportAuthIds: request<T.ExportAnswerView>()(
    z.strictObject({ passphrase, passphraseAgain: passphrase, ids: z.array(id).max(10_000).optional() }),
  ),
  /** Opens the system's open dialog and reads the chosen file; nothing is decrypted yet. */
  chooseImportFile: request<T.ImportFileView>()(z.undefined()),
  openImport: request<T.ImportPreviewView>()(z.strictObject({ fileId: id, passphrase: passphrase.optional() })),
  applyImport: request<T.ImportResultView>()(z.strictObject({ importId: id, keys: z.array(z.string().min(1).max(32)).max(10_000) })),
  cancelImport: request<void>()(z.strictObject({ importId: id })),
  revokeAtProvider: request<T.ProviderRevokeResultView>()(z.strictObject({ id })),
} as const;
