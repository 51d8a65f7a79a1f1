/**
 * The payload schemas of the export, import and revoke-at-provider requests, ready to join
 * `REQUESTS` in contract.ts (with their answers from transfer-views.ts) once the window calls
 * them. File paths come from the main process's own save/open dialog.
 */
import { z } from 'zod';

const id = z.string().min(1).max(64);
const filePath = z.string().min(1).max(4096);
// Longer than the rating accepts, so an over-long passphrase gets the rating's own message.
const passphrase = z.string().max(4096);

export const TRANSFER_REQUEST_INPUTS = {
  ratePassphrase: z.strictObject({ passphrase }),
  exportAuthIds: z.strictObject({ path: filePath, passphrase, passphraseAgain: passphrase, ids: z.array(id).max(10_000).optional() }),
  openImport: z.strictObject({ path: filePath, passphrase: passphrase.optional() }),
  applyImport: z.strictObject({ importId: id, keys: z.array(z.string().min(1).max(32)).max(10_000) }),
  cancelImport: z.strictObject({ importId: id }),
  revokeAtProvider: z.strictObject({ id }),
} as const;

export type TransferRequestName = keyof typeof TRANSFER_REQUEST_INPUTS;
export type TransferRequestArgs<N extends TransferRequestName> = z.output<(typeof TRANSFER_REQUEST_INPUTS)[N]>;
