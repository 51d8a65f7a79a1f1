/** Sharing AuthIDs with Duplicati through the encrypted secrets file (see docs/keychain-references.md). */
import { z } from 'zod';
import type { SecretsFileChosenView, SecretsFileShareView, SecretsFileView } from './secrets-file-views';
import type { CopyResultView } from './views';
import { request } from './request';

const id = z.string().min(1).max(64);

export const SECRETS_FILE_REQUESTS = {
  secretsFileStatus: request<SecretsFileView>()(z.undefined()),
  /** Main opens the save dialog itself; the window never names a path. Makes a new passphrase. */
  chooseSecretsFile: request<SecretsFileChosenView>()(z.undefined()),
  /** The setting holds the passphrase: copied, then cleared like an AuthID. */
  copySecretsFileSetting: request<CopyResultView>()(z.strictObject({ form: z.enum(['option', 'environment']) })),
  secretsFileShareStatus: request<SecretsFileShareView>()(z.strictObject({ id })),
  shareViaSecretsFile: request<SecretsFileShareView>()(z.strictObject({ id, name: z.string().trim().min(1).max(200) })),
  stopSecretsFileSharing: request<SecretsFileShareView>()(z.strictObject({ id })),
  repairSecretsFileSecret: request<SecretsFileShareView>()(z.strictObject({ id })),
} as const;
