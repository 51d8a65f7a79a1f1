/** Sharing an AuthID with Duplicati through the system keychain (see docs/keychain-references.md). */
import { z } from 'zod';
import type { KeychainDefaultView, KeychainStatusView } from './keychain-views';
import type { CopyResultView } from './views';
import { request } from './request';

const id = z.string().min(1).max(64);

export const KEYCHAIN_REQUESTS = {
  /** Whether the keychain works here, this AuthID's name there, and (when shared) whether it still holds the AuthID. */
  keychainStatus: request<KeychainStatusView>()(z.strictObject({ id })),
  shareViaKeychain: request<KeychainStatusView>()(z.strictObject({ id, name: z.string().trim().min(1).max(200) })),
  /** Deletes the stored copy; the URLs carry the AuthID itself again. */
  stopKeychainSharing: request<KeychainStatusView>()(z.strictObject({ id })),
  repairKeychainSecret: request<KeychainStatusView>()(z.strictObject({ id })),
  /** The `--secret-provider=…` line Duplicati needs once; it holds no secret. */
  copyKeychainSetting: request<CopyResultView>()(z.undefined()),
  /** Whether new AuthIDs from a login are shared through the keychain (on by default where it works). */
  keychainDefault: request<KeychainDefaultView>()(z.undefined()),
  setKeychainDefault: request<KeychainDefaultView>()(z.strictObject({ shareNewAuthIds: z.boolean() })),
} as const;
