/** The vault's SecretBox on Electron's async safeStorage (the module is passed in by main.ts). */
import { Buffer } from 'node:buffer';
import type { SafeStorage } from 'electron';
import type { SecretBackend, SecretBox } from '../services/vault';

export type AsyncSafeStorage = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export function safeStorageSecretBox(safeStorage: AsyncSafeStorage, platform: NodeJS.Platform): SecretBox {
  const backend = (): SecretBackend => {
    switch (platform) {
      case 'darwin':
        return 'keychain';
      case 'win32':
        return 'dpapi';
      case 'linux':
        return safeStorage.getSelectedStorageBackend();
      default:
        return 'unknown';
    }
  };
  return {
    async describe() {
      // Asked first: it initializes the async encryptor, after which Linux knows its backend.
      const available = await safeStorage.isAsyncEncryptionAvailable();
      return { available, backend: backend() };
    },
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    async decrypt(cipher) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(cipher));
      return { plain: result, shouldReEncrypt };
    },
  };
}
