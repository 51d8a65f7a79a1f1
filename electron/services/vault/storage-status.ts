/** How well this machine can protect AuthIDs, decided from the secret box, in plain words. */
import type { SecretBackend, SecretBoxDescription } from './secret-box';
import type { WeakEncoding } from './vault-document';

/** Where the AuthID's ciphertext lives and how well it is protected. */
export type SecretProtection = 'os-encrypted' | 'memory-only' | 'weak-on-disk';

export interface StorageStatusView {
  readonly protection: SecretProtection;
  /** The OS backend, e.g. "macOS Keychain", "Windows DPAPI", "gnome-libsecret", "basic_text". */
  readonly backend: string;
  /** Plain words: what protects the AuthIDs, or why nothing can and what is at stake. */
  readonly explanation: string;
  readonly weakOptInAllowed: boolean;
  readonly weakOptIn: boolean;
  /** Set when a store file was unreadable and moved aside; says where. */
  readonly recoveredFrom?: string;
  /** Set once a save was refused because another copy of the app changed the file: what to do. */
  readonly saveBlocked?: string;
}

const BACKEND_NAMES: Record<SecretBackend, string> = {
  keychain: 'macOS Keychain',
  dpapi: 'Windows DPAPI',
  gnome_libsecret: 'GNOME Keyring (libsecret)',
  kwallet: 'KDE Wallet',
  kwallet5: 'KDE Wallet 5',
  kwallet6: 'KDE Wallet 6',
  basic_text: 'basic_text (no keyring)',
  unknown: 'unknown',
};

/** Only a real keyring counts; `basic_text` uses a key that ships with every copy of Chromium. */
export function canEncrypt(box: SecretBoxDescription): boolean {
  return box.available && box.backend !== 'basic_text' && box.backend !== 'unknown';
}

/** Where new AuthIDs go now. */
export function protectionFor(box: SecretBoxDescription, weakOptIn: boolean): SecretProtection {
  if (canEncrypt(box)) return 'os-encrypted';
  return weakOptIn ? 'weak-on-disk' : 'memory-only';
}

export function weakEncodingFor(box: SecretBoxDescription): WeakEncoding {
  return box.available ? 'basic_text' : 'base64';
}

export interface StorageFacts {
  readonly box: SecretBoxDescription;
  readonly weakOptIn: boolean;
  readonly recoveredFrom?: string;
}

export function storageStatus({ box, weakOptIn, recoveredFrom }: StorageFacts): StorageStatusView {
  const protection = protectionFor(box, weakOptIn);
  const backend = BACKEND_NAMES[box.backend];
  return {
    protection,
    backend,
    explanation: explain(protection, box, backend),
    weakOptInAllowed: protection !== 'os-encrypted',
    weakOptIn,
    ...(recoveredFrom === undefined ? {} : { recoveredFrom }),
  };
}

function explain(protection: SecretProtection, box: SecretBoxDescription, backend: string): string {
  const why = box.available
    ? `this system has no keyring the app can use (the storage backend is ${backend})`
    : 'the system offers no encryption for app secrets right now';
  switch (protection) {
    case 'os-encrypted':
      return `AuthIDs are encrypted with ${backend} before they are written to disk. A copy of the file is useless without your user account's keyring.`;
    case 'memory-only':
      return (
        `AuthIDs are kept in memory only and are never written to disk, because ${why}. ` +
        'When the app quits they are gone: each one then shows as needing re-authorization, and you authorize it again or paste it again. ' +
        'You can choose to store them on disk with weak protection instead.'
      );
    case 'weak-on-disk':
      return (
        `You chose to store AuthIDs on disk although ${why}. ` +
        weakWording(box) +
        'anyone who can read your files can recover them and use your cloud storage. Turn this off to keep them in memory only.'
      );
  }
}

function weakWording(box: SecretBoxDescription): string {
  if (weakEncodingFor(box) === 'base64') return 'They are only base64-encoded, which is no protection at all: ';
  if (box.backend === 'basic_text') {
    return 'They are encrypted with a key that is built into Chromium, which is obfuscation, not protection: ';
  }
  return 'They are encrypted by a system backend the app cannot identify, so treat them as unprotected: ';
}
