import { createCipheriv, createDecipheriv, randomBytes, scrypt, type BinaryLike } from 'node:crypto';
import type { SealedEntry } from './token-storage';

const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

/** The password did not open the entry (wrong password, or the entry was tampered with). */
export class UnsealError extends Error {
  constructor() {
    super('Invalid key or password');
  }
}

function deriveKey(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password as BinaryLike, salt, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** AES-256-GCM under a scrypt key from `password`; fresh salt and IV each time; `keyId` bound as associated data. */
export async function seal(plaintext: string, password: string, keyId: string): Promise<SealedEntry> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(password, salt), iv);
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

export async function unseal(entry: SealedEntry, password: string, keyId: string): Promise<string> {
  try {
    const decipher = createDecipheriv('aes-256-gcm', await deriveKey(password, Buffer.from(entry.salt, 'base64')), Buffer.from(entry.iv, 'base64'));
    decipher.setAAD(Buffer.from(keyId, 'utf8'));
    decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(entry.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new UnsealError();
  }
}
