/** Turns an AuthID into what the vault file holds for it, and back. */
import { Buffer } from 'node:buffer';
import type { DecryptedSecret, SecretBox } from './secret-box';
import type { StoredSecret, WeakEncoding } from './vault-document';

export type OnDiskSecret = Exclude<StoredSecret, { protection: 'memory-only' }>;

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export async function sealOsEncrypted(box: SecretBox, plain: string): Promise<OnDiskSecret> {
  return { protection: 'os-encrypted', ciphertext: toBase64(await box.encrypt(plain)) };
}

export async function sealWeak(box: SecretBox, encoding: WeakEncoding, plain: string): Promise<OnDiskSecret> {
  const bytes = encoding === 'basic_text' ? await box.encrypt(plain) : new TextEncoder().encode(plain);
  return { protection: 'weak-on-disk', encoding, ciphertext: toBase64(bytes) };
}

/** Throws when the ciphertext no longer decrypts (e.g. the keyring changed). */
export async function unseal(box: SecretBox, secret: OnDiskSecret): Promise<DecryptedSecret> {
  const bytes = fromBase64(secret.ciphertext);
  if (secret.protection === 'weak-on-disk' && secret.encoding === 'base64') {
    return { plain: new TextDecoder('utf-8', { fatal: true }).decode(bytes), shouldReEncrypt: false };
  }
  return box.decrypt(bytes);
}
