/**
 * Stands in for Electron's safeStorage outside Electron: AES-256-GCM with a random key held in
 * memory, so encrypting and decrypting cost what real authenticated encryption costs.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DecryptedSecret, SecretBox, SecretBoxDescription } from '../../../electron/services/vault/secret-box';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SoftwareSecretBox implements SecretBox {
  private readonly key = randomBytes(32);

  async describe(): Promise<SecretBoxDescription> {
    return { available: true, backend: 'gnome_libsecret' };
  }

  async encrypt(plain: string): Promise<Uint8Array> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]);
  }

  async decrypt(sealed: Uint8Array): Promise<DecryptedSecret> {
    const bytes = Buffer.from(sealed);
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    return { plain: plain.toString('utf8'), shouldReEncrypt: false };
  }
}
