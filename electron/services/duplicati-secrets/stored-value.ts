/** Checks a value against what a store can keep so that Duplicati reads it back unchanged. */
import { SecretStoreError } from './secret-store';

export interface ValueLimits {
  /** Where the value goes, for the message: "the Windows Credential Manager". */
  readonly storeName: string;
  /** Bytes in the store's own encoding, when the store has a limit. */
  readonly maxBytes?: { readonly limit: number; readonly measure: (value: string) => number };
  /** Duplicati trims and refuses line breaks for some stores (the macOS Keychain). */
  readonly singleLineTrimmed?: boolean;
}

export function assertStorableValue(value: string, limits: ValueLimits): void {
  if (value.length === 0) throw new SecretStoreError('bad-value', 'An empty value cannot be stored: Duplicati refuses empty secrets.');
  if (limits.singleLineTrimmed === true && (/[\r\n\0]/.test(value) || value.trim() !== value)) {
    throw new SecretStoreError(
      'bad-value',
      `This value has line breaks or surrounding spaces, which Duplicati would not read back unchanged from ${limits.storeName}.`,
    );
  }
  const size = limits.maxBytes;
  if (size !== undefined && size.measure(value) > size.limit) {
    throw new SecretStoreError(
      'too-long',
      `This AuthID is too long for ${limits.storeName} (at most ${size.limit} bytes). Use the encrypted secrets file for it instead.`,
    );
  }
}
