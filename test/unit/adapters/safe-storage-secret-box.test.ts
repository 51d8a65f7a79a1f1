import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeStorageSecretBox, type AsyncSafeStorage } from '../../../electron/adapters/safe-storage-secret-box';
import { openVault } from '../../../electron/services/vault/vault';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';

type Backend = ReturnType<AsyncSafeStorage['getSelectedStorageBackend']>;

/** A stand-in for Electron's safeStorage: real AES-GCM, a Linux backend name, a call log. */
function standInSafeStorage(backend: Backend = 'gnome_libsecret', available = true) {
  const key = crypto.randomBytes(32);
  const calls: string[] = [];
  let rotated = false;
  const safeStorage: AsyncSafeStorage = {
    isAsyncEncryptionAvailable: async () => {
      calls.push('isAsyncEncryptionAvailable');
      return available;
    },
    getSelectedStorageBackend: () => {
      calls.push('getSelectedStorageBackend');
      return backend;
    },
    encryptStringAsync: async (plain) => {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
    },
    decryptStringAsync: async (encrypted) => {
      if (!Buffer.isBuffer(encrypted)) throw new TypeError('safeStorage wants a Buffer');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, encrypted.subarray(3, 15));
      decipher.setAuthTag(encrypted.subarray(15, 31));
      const result = Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
      return { result, shouldReEncrypt: rotated };
    },
  };
  return { safeStorage, calls, rotate: () => (rotated = true) };
}

let folder: TempFolder;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe('safeStorageSecretBox', () => {
  it('names the backend per platform, asking Linux only after the async encryptor is ready', async () => {
    const linux = standInSafeStorage('kwallet6');
    expect(await safeStorageSecretBox(linux.safeStorage, 'linux').describe()).toEqual({ available: true, backend: 'kwallet6' });
    expect(linux.calls).toEqual(['isAsyncEncryptionAvailable', 'getSelectedStorageBackend']);

    const mac = standInSafeStorage();
    expect(await safeStorageSecretBox(mac.safeStorage, 'darwin').describe()).toEqual({ available: true, backend: 'keychain' });
    expect(mac.calls).toEqual(['isAsyncEncryptionAvailable']);
    expect((await safeStorageSecretBox(mac.safeStorage, 'win32').describe()).backend).toBe('dpapi');
    expect((await safeStorageSecretBox(standInSafeStorage('basic_text', false).safeStorage, 'freebsd').describe())).toEqual({
      available: false,
      backend: 'unknown',
    });
  });

  it('encrypts and decrypts through safeStorage and passes on shouldReEncrypt', async () => {
    const standIn = standInSafeStorage();
    const box = safeStorageSecretBox(standIn.safeStorage, 'linux');
    const cipher = await box.encrypt('v2:dropbox:token');
    expect(Buffer.from(cipher).toString('latin1')).not.toContain('v2:dropbox:token');
    expect(await box.decrypt(new Uint8Array(cipher))).toEqual({ plain: 'v2:dropbox:token', shouldReEncrypt: false });
    standIn.rotate();
    expect((await box.decrypt(cipher)).shouldReEncrypt).toBe(true);
  });

  it('lets the vault keep an AuthID across a restart with only ciphertext in the file', async () => {
    const standIn = standInSafeStorage();
    const open = () => openVault({ backend: folder.backend(), secretBox: safeStorageSecretBox(standIn.safeStorage, 'linux') });
    const { id } = await (await open()).add({
      defaultLabel: 'pCloud',
      provider: 'pcloud',
      serverBaseUrl: 'https://oauth-service.duplicati.com',
      kind: 'access-token-only',
      authId: 'pcloud-access-token-XYZ',
      region: 'eapi.pcloud.com',
    });
    const reopened = await open();
    expect(reopened.status().protection).toBe('os-encrypted');
    expect(reopened.get(id)).toMatchObject({ region: 'eapi.pcloud.com', secret: 'available' });
    expect(await reopened.readSecret(id)).toBe('pcloud-access-token-XYZ');
  });
});
