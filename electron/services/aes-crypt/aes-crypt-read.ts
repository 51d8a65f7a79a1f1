/**
 * Reads the AES Crypt stream format, version 2, as SharpAESCrypt 2.0.3 writes it, but stricter:
 * no stray bytes after the final HMAC, and a size byte that must agree with the padding.
 * Every failure is an AesCryptError whose message says which part is wrong, never a secret.
 */
import { timingSafeEqual } from 'node:crypto';
import { AesCryptError } from './aes-crypt-error';
import { cbc, headerKey, hmac, passphraseBytes } from './aes-crypt-keys';
import {
  BLOCK,
  FORMAT_VERSION,
  HMAC_LENGTH,
  IV_LENGTH,
  KEY_BLOCK_LENGTH,
  MAGIC,
  TRAILER_LENGTH,
} from './aes-crypt-layout';

const TRUNCATED = 'The file ends too early: it was cut off while being copied or written.';
const DAMAGED_CONTENT =
  'The encrypted contents are damaged or were changed (their HMAC does not match). Restore the file from a copy, or write it again.';

export function decryptAesCrypt(file: Uint8Array, passphrase: string): Buffer {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const key = passphraseBytes(passphrase);
  let offset = readHeader(bytes);
  offset = skipExtensions(bytes, offset);

  const iv = take(bytes, offset, IV_LENGTH);
  const keyBlock = take(bytes, offset + IV_LENGTH, KEY_BLOCK_LENGTH);
  const keyHmac = take(bytes, offset + IV_LENGTH + KEY_BLOCK_LENGTH, HMAC_LENGTH);
  offset += IV_LENGTH + KEY_BLOCK_LENGTH + HMAC_LENGTH;

  const wrapKey = headerKey(iv, key);
  if (!sameBytes(hmac(wrapKey, keyBlock), keyHmac)) {
    throw new AesCryptError(
      'wrong-passphrase',
      'The passphrase is wrong, or the start of the file (its IV or encrypted key) is damaged.',
    );
  }
  const bulk = cbc('decrypt', wrapKey, iv, keyBlock);
  const bulkIv = bulk.subarray(0, IV_LENGTH);
  const bulkKey = bulk.subarray(IV_LENGTH);

  const body = bytes.subarray(offset);
  const cipherLength = body.length - TRAILER_LENGTH;
  if (cipherLength < 0) throw new AesCryptError('truncated', TRUNCATED);
  if (cipherLength % BLOCK !== 0) throw misalignedBody(body, bulkKey);

  const ciphertext = body.subarray(0, cipherLength);
  if (!sameBytes(hmac(bulkKey, ciphertext), body.subarray(cipherLength + 1))) {
    throw new AesCryptError('content-damaged', DAMAGED_CONTENT);
  }
  return unpad(cbc('decrypt', bulkKey, bulkIv, ciphertext), body[cipherLength] ?? 0);
}

function readHeader(bytes: Buffer): number {
  if (bytes.length === 0) throw new AesCryptError('truncated', 'The file is empty.');
  const magic = bytes.subarray(0, MAGIC.length);
  if (!magic.equals(MAGIC.subarray(0, magic.length))) {
    throw new AesCryptError('not-aes-crypt', 'This is not an AES Crypt file (it does not start with "AES").');
  }
  const version = take(bytes, 3, 1)[0];
  if (version !== FORMAT_VERSION) {
    throw new AesCryptError(
      'unsupported-version',
      `This AES Crypt file uses format version ${version}; only version 2 is read (the version stable Duplicati reads).`,
    );
  }
  if (take(bytes, 4, 1)[0] !== 0) {
    throw new AesCryptError('bad-reserved-byte', 'The AES Crypt header is damaged (its reserved byte is not zero).');
  }
  return 5;
}

/** Extensions are not authenticated, so they are only stepped over, never trusted. */
function skipExtensions(bytes: Buffer, start: number): number {
  let offset = start;
  for (;;) {
    const length = take(bytes, offset, 2).readUInt16BE(0);
    offset += 2;
    if (length === 0) return offset;
    if (!take(bytes, offset, length).includes(0)) {
      throw new AesCryptError('bad-extensions', 'The AES Crypt header is damaged (an extension has no name separator).');
    }
    offset += length;
  }
}

/** Stray bytes appended to an intact file can be told from a cut-off file: the HMAC still fits. */
function misalignedBody(body: Buffer, bulkKey: Buffer): AesCryptError {
  for (let extra = 1; extra < BLOCK; extra += 1) {
    const cipherLength = body.length - TRAILER_LENGTH - extra;
    if (cipherLength < 0 || cipherLength % BLOCK !== 0) continue;
    const expected = body.subarray(cipherLength + 1, cipherLength + TRAILER_LENGTH);
    if (sameBytes(hmac(bulkKey, body.subarray(0, cipherLength)), expected)) {
      return new AesCryptError(
        'trailing-bytes',
        `The file has ${extra} unexpected byte${extra === 1 ? '' : 's'} after its end; something appended to it.`,
      );
    }
  }
  return new AesCryptError('truncated', TRUNCATED);
}

/** Version 2 pads the last block with (16 − r) bytes of value (16 − r), where r is the size byte. */
function unpad(padded: Buffer, sizeByte: number): Buffer {
  const badSize = new AesCryptError(
    'bad-size-byte',
    'The file is damaged: its length byte does not match the padding of the last block.',
  );
  if (sizeByte >= BLOCK || (padded.length === 0 && sizeByte !== 0)) throw badSize;
  if (sizeByte === 0) return padded;
  const padding = BLOCK - sizeByte;
  const tail = padded.subarray(padded.length - padding);
  if (!tail.every((byte) => byte === padding)) throw badSize;
  return padded.subarray(0, padded.length - padding);
}

function take(bytes: Buffer, offset: number, length: number): Buffer {
  if (offset + length > bytes.length) throw new AesCryptError('truncated', TRUNCATED);
  return bytes.subarray(offset, offset + length);
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
