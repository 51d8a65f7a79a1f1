/**
 * What the window sees of the encrypted secrets file. Never an AuthID; the passphrase only in
 * `SecretsFileSettingOnce`, the answer to the request that created the file.
 */
import type { KeychainStatusView } from './keychain-views';

export interface SecretsFileView {
  /** False until the user chose where the file goes. */
  readonly configured: boolean;
  /** Where this machine writes it. */
  readonly path?: string;
  /** Whether a file can be set up here: its passphrase needs a keyring that encrypts. */
  readonly canSetUp: boolean;
  /** Why it cannot be set up, or what is wrong with the file now (missing folder, keyring changed). */
  readonly problem?: string;
  /** How many AuthIDs Duplicati reads from it. */
  readonly sharedCount: number;
  /** `--secret-provider=file-secret:///…?passphrase=…`, the passphrase left out. */
  readonly maskedOptionText?: string;
  /** `DUPLICATI__SECRET_PROVIDER=…`, the passphrase left out. */
  readonly maskedEnvironmentLine?: string;
}

/** The setting with its passphrase, shown once right after the file was made. */
export interface SecretsFileSettingOnce {
  readonly optionText: string;
  readonly environmentLine: string;
}

export type SecretsFileChosenView =
  | { readonly outcome: 'cancelled'; readonly file: SecretsFileView }
  | { readonly outcome: 'created'; readonly file: SecretsFileView; readonly once: SecretsFileSettingOnce };

/** A record's sharing through the file: the same shape as through the keychain. */
export type SecretsFileShareView = KeychainStatusView;
