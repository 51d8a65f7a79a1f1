/** Key derivation and the two primitives both directions share, on node:crypto only. */
import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto';
import { AesCryptError } from './aes-crypt-error';
import { IV_LENGTH, KEY_LENGTH } from './aes-crypt-layout';

const KEY_ROUNDS = 8192;
/** In `u` mode a proper surrogate pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * SharpAESCrypt hashes the passphrase as UTF-16LE code units, so an unpaired surrogate (which
 * .NET would turn into U+FFFD first) would give a key Duplicati cannot reproduce: refuse it.
 */
export function passphraseBytes(passphrase: string): Buffer {
  if (passphrase.length === 0) throw new AesCryptError('bad-passphrase', 'The passphrase is empty.');
  if (LONE_SURROGATE.test(passphrase)) {
    throw new AesCryptError('bad-passphrase', 'The passphrase contains a broken Unicode character (a lone surrogate).');
  }
  return Buffer.from(passphrase, 'utf16le');
}

/** key₀ = IV ‖ 16 zero bytes; 8,192 times key = SHA-256(key ‖ passphrase). */
export function headerKey(iv: Uint8Array, passphrase: Buffer): Buffer {
  // One buffer, key in front of the passphrase, each digest written back over the key.
  const buffer = Buffer.alloc(KEY_LENGTH + passphrase.length);
  Buffer.from(iv).copy(buffer, 0, 0, IV_LENGTH);
  passphrase.copy(buffer, KEY_LENGTH);
  for (let round = 0; round < KEY_ROUNDS; round += 1) {
    createHash('sha256').update(buffer).digest().copy(buffer, 0);
  }
  return buffer.subarray(0, KEY_LENGTH);
}

export function hmac(key: Uint8Array, data: Uint8Array): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** AES-256-CBC over whole blocks; the format does its own padding. */
export function cbc(direction: 'encrypt' | 'decrypt', key: Uint8Array, iv: Uint8Array, data: Uint8Array): Buffer {
  const cipher =
    direction === 'encrypt' ? createCipheriv('aes-256-cbc', key, iv) : createDecipheriv('aes-256-cbc', key, iv);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}
