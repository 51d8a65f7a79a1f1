import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aesCryptLength, decryptAesCrypt, encryptAesCrypt } from '../../../../electron/services/aes-crypt';
import { cbc, headerKey } from '../../../../electron/services/aes-crypt/aes-crypt-keys';
import { SAMPLES } from '../../../fixtures/aescrypt/samples';

const CREATED_BY = 'AuthID Manager';
/** 5 header + CREATED_BY (2 + 11 + 14) + placeholder (2 + 128) + end (2) + IV, key block, HMAC (96). */
const OVERHEAD_BEFORE_CIPHERTEXT = 5 + 27 + 130 + 2 + 96;

describe('encryptAesCrypt', () => {
  it('reproduces SharpAESCrypt’s bytes from the IV on when given the same IV and keys', () => {
    // The sample's own randomness, recovered: IV1 is in clear, the bulk IV and key decrypt from the key block.
    for (const sample of SAMPLES) {
      const iv = sample.encrypted.subarray(220, 236);
      const bulk = cbc('decrypt', headerKey(iv, Buffer.from(sample.passphrase, 'utf16le')), iv, sample.encrypted.subarray(236, 284));
      const draws = [iv, bulk.subarray(0, 16), bulk.subarray(16)];
      const written = encryptAesCrypt(sample.plaintext, sample.passphrase, {
        createdBy: CREATED_BY,
        random: (size) => {
          const next = draws.shift()!;
          expect(next.length).toBe(size);
          return Buffer.from(next);
        },
      });
      expect(written.subarray(OVERHEAD_BEFORE_CIPHERTEXT - 96).equals(sample.encrypted.subarray(220))).toBe(true);
    }
  });

  it('writes version 2, a zero reserved byte and the extensions SharpAESCrypt skips', () => {
    const written = encryptAesCrypt(Buffer.from('{}'), 'p', { createdBy: CREATED_BY });
    expect(written.subarray(0, 5)).toEqual(Buffer.from([0x41, 0x45, 0x53, 0x02, 0x00]));
    expect(written.readUInt16BE(5)).toBe(25);
    expect(written.subarray(7, 32).toString('utf8')).toBe('CREATED_BY\0AuthID Manager');
    expect(written.readUInt16BE(32)).toBe(0x80);
    expect(written.subarray(34, 162).every((byte) => byte === 0)).toBe(true);
    expect(written.readUInt16BE(162)).toBe(0);
  });

  it.each([0, 1, 15, 16, 17, 134, 15_200])('%i bytes: the size formula, the size byte and the padding', (n) => {
    const plaintext = Buffer.alloc(n, 0x61);
    const written = encryptAesCrypt(plaintext, 'pass', { createdBy: CREATED_BY });
    const blocks = Math.ceil(n / 16);
    expect(written.length).toBe(OVERHEAD_BEFORE_CIPHERTEXT + 16 * blocks + 33);
    expect(aesCryptLength(n, CREATED_BY)).toBe(written.length);
    expect(written[written.length - 33]).toBe(n % 16);
    expect(decryptAesCrypt(written, 'pass').equals(plaintext)).toBe(true);
  });

  it('draws a new IV and keys every time', () => {
    const a = encryptAesCrypt(Buffer.from('same'), 'same', { createdBy: CREATED_BY });
    const b = encryptAesCrypt(Buffer.from('same'), 'same', { createdBy: CREATED_BY });
    expect(a.subarray(164, 180).equals(b.subarray(164, 180))).toBe(false);
    expect(a.subarray(-32).equals(b.subarray(-32))).toBe(false);
  });

  it('refuses passphrases SharpAESCrypt would hash differently, without echoing them', () => {
    expect(() => encryptAesCrypt(Buffer.from('x'), '', { createdBy: CREATED_BY })).toThrow('The passphrase is empty.');
    expect(() => encryptAesCrypt(Buffer.from('x'), 'ab\ud800cd', { createdBy: CREATED_BY })).toThrow(/lone surrogate/);
  });

  it('round-trips arbitrary plaintexts and passphrases, including characters outside the BMP', () => {
    const passphrases = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
      fc.constantFrom('🔑𝄞', '日本語のパスワード', 'p'),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), passphrases, (plaintext, passphrase) => {
        const written = encryptAesCrypt(plaintext, passphrase, { createdBy: CREATED_BY });
        expect(written[3]).toBe(2);
        expect(written.length).toBe(aesCryptLength(plaintext.length, CREATED_BY));
        expect(decryptAesCrypt(written, passphrase).equals(Buffer.from(plaintext))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
