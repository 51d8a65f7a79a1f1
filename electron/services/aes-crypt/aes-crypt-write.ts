/**
 * Writes the AES Crypt stream format, version 2, the way SharpAESCrypt 2.0.3 can read it back:
 * a CREATED_BY extension and the 128-byte placeholder, PKCS#7-style padding only when the length
 * is not a multiple of 16, the length byte, and both HMACs.
 */
import { randomBytes } from 'node:crypto';
import { cbc, headerKey, hmac, passphraseBytes } from './aes-crypt-keys';
import {
  BLOCK,
  FORMAT_VERSION,
  IV_LENGTH,
  KEY_LENGTH,
  MAGIC,
  PLACEHOLDER_LENGTH,
  TRAILER_LENGTH,
  HMAC_LENGTH,
  KEY_BLOCK_LENGTH,
} from './aes-crypt-layout';

export interface AesCryptWriteOptions {
  /** Recorded in the CREATED_BY extension (not authenticated, for people looking at the file). */
  readonly createdBy: string;
  /** Only tests pass this, to check what is drawn where. */
  readonly random?: (size: number) => Buffer;
}

export function encryptAesCrypt(plaintext: Uint8Array, passphrase: string, options: AesCryptWriteOptions): Buffer {
  const random = options.random ?? randomBytes;
  const iv = random(IV_LENGTH);
  const bulkIv = random(IV_LENGTH);
  const bulkKey = random(KEY_LENGTH);

  const wrapKey = headerKey(iv, passphraseBytes(passphrase));
  const keyBlock = cbc('encrypt', wrapKey, iv, Buffer.concat([bulkIv, bulkKey]));
  const ciphertext = cbc('encrypt', bulkKey, bulkIv, pad(plaintext));

  return Buffer.concat([
    MAGIC,
    Buffer.from([FORMAT_VERSION, 0]),
    extensions(options.createdBy),
    iv,
    keyBlock,
    hmac(wrapKey, keyBlock),
    ciphertext,
    Buffer.from([plaintext.length % BLOCK]),
    hmac(bulkKey, ciphertext),
  ]);
}

/** The exact length of what encryptAesCrypt writes for `plaintextLength` bytes. */
export function aesCryptLength(plaintextLength: number, createdBy: string): number {
  const header = MAGIC.length + 2 + extensions(createdBy).length + IV_LENGTH + KEY_BLOCK_LENGTH + HMAC_LENGTH;
  return header + BLOCK * Math.ceil(plaintextLength / BLOCK) + TRAILER_LENGTH;
}

function pad(plaintext: Uint8Array): Buffer {
  const remainder = plaintext.length % BLOCK;
  if (remainder === 0) return Buffer.from(plaintext);
  const padding = BLOCK - remainder;
  return Buffer.concat([plaintext, Buffer.alloc(padding, padding)]);
}

function extensions(createdBy: string): Buffer {
  const created = Buffer.from(`CREATED_BY\0${createdBy}`, 'utf8');
  const length = (size: number) => {
    const field = Buffer.alloc(2);
    field.writeUInt16BE(size);
    return field;
  };
  return Buffer.concat([
    length(created.length),
    created,
    length(PLACEHOLDER_LENGTH),
    Buffer.alloc(PLACEHOLDER_LENGTH),
    length(0),
  ]);
}
