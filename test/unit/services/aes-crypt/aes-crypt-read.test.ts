import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AesCryptError, decryptAesCrypt, type AesCryptProblem } from '../../../../electron/services/aes-crypt';
import { regions, SAMPLES, type Sample } from '../../../fixtures/aescrypt/samples';

function problemOf(run: () => unknown): AesCryptProblem | 'no error' {
  try {
    run();
  } catch (error) {
    if (error instanceof AesCryptError) return error.problem;
    throw error;
  }
  return 'no error';
}

function flipped(bytes: Buffer, index: number, bit: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[index]! ^= 1 << bit;
  return copy;
}

/** First, middle and last byte of a region: a flip anywhere in it is caught by the same check. */
function probeBytes([start, end]: readonly [number, number]): number[] {
  return [...new Set([start, Math.floor((start + end - 1) / 2), end - 1])];
}

const EXPECTED: Record<string, AesCryptProblem> = {
  magic: 'not-aes-crypt',
  version: 'unsupported-version',
  reserved: 'bad-reserved-byte',
  iv: 'wrong-passphrase',
  'key block': 'wrong-passphrase',
  'key HMAC': 'wrong-passphrase',
  ciphertext: 'content-damaged',
  'size byte': 'bad-size-byte',
  'final HMAC': 'content-damaged',
};

describe('decryptAesCrypt on SharpAESCrypt 2.0.3 files', () => {
  it.each(SAMPLES)('$name opens to the exact plaintext bytes', ({ encrypted, plaintext, passphrase }) => {
    const opened = decryptAesCrypt(encrypted, passphrase);
    expect(opened.equals(plaintext)).toBe(true);
  });

  it('the copies are the files the README describes', () => {
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(SAMPLES.map((sample) => sha(sample.encrypted).slice(0, 16))).toEqual([
      'b3a80f5c575f4f17',
      '68f45fbe9d5e9822',
      '27379dd5a60c5225',
    ]);
  });

  it.each(SAMPLES)('$name: a wrong passphrase fails as one', ({ encrypted, passphrase }) => {
    expect(problemOf(() => decryptAesCrypt(encrypted, `${passphrase}x`))).toBe('wrong-passphrase');
    expect(problemOf(() => decryptAesCrypt(encrypted, passphrase.toUpperCase()))).toBe('wrong-passphrase');
  });

  it('does not normalise the passphrase (NFD is another passphrase)', () => {
    const sample = SAMPLES[2]!;
    expect(problemOf(() => decryptAesCrypt(sample.encrypted, sample.passphrase.normalize('NFD')))).toBe(
      'wrong-passphrase',
    );
  });

  it('the messages say what is wrong and never contain the passphrase', () => {
    const sample = SAMPLES[0]!;
    const messages = Object.entries(regions(sample.encrypted.length)).map(([, range]) => {
      try {
        decryptAesCrypt(flipped(sample.encrypted, range[0], 0), sample.passphrase);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    });
    expect(new Set(messages).size).toBe(6); // magic, version, reserved, header (3), content (2), size
    for (const message of messages) expect(message).not.toContain(sample.passphrase);
    expect(messages[0]).toMatch(/not an AES Crypt file/);
    expect(messages[3]).toMatch(/passphrase is wrong/);
  });
});

describe.each(SAMPLES)('a flipped bit in $name', (sample: Sample) => {
  const size = sample.encrypted.length;
  it.each(Object.keys(EXPECTED))('in the %s fails cleanly', (region) => {
    const range = regions(size)[region]!;
    const outcomes = new Map<string, number>();
    for (const index of probeBytes(range)) {
      for (let bit = 0; bit < 8; bit += 1) {
        const damaged = flipped(sample.encrypted, index, bit);
        const outcome = problemOf(() => decryptAesCrypt(damaged, sample.passphrase));
        const key = outcome === 'no error' ? sizeByteCleared(sample, damaged, index) : outcome;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    }
    expect([...outcomes.keys()].filter((key) => key !== 'size byte cleared')).toEqual([EXPECTED[region]]);
  });
});

/**
 * Version 2 does not authenticate the size byte. The one flip no reader can see is the one that
 * turns a power-of-two size byte into 0: the padding then reads as plaintext. It must be exactly
 * that, or the test fails; the file-secret store rejects the result (padding bytes are not JSON).
 */
function sizeByteCleared(sample: Sample, damaged: Buffer, index: number): string {
  expect(index).toBe(damaged.length - 33);
  expect(damaged[index]).toBe(0);
  const opened = decryptAesCrypt(damaged, sample.passphrase);
  const padding = 16 - (sample.plaintext.length % 16);
  expect(opened.equals(Buffer.concat([sample.plaintext, Buffer.alloc(padding, padding)]))).toBe(true);
  return 'size byte cleared';
}

describe('the length of the file', () => {
  const sample = SAMPLES[1]!;

  it('every shorter prefix fails: cut-off, or (when cut at a block edge) damaged content', () => {
    const seen = new Set<AesCryptProblem | 'no error'>();
    for (let length = 0; length < sample.encrypted.length; length += 1) {
      const problem = problemOf(() => decryptAesCrypt(sample.encrypted.subarray(0, length), sample.passphrase));
      seen.add(problem);
      const cipherLength = length - 316 - 33;
      const atBlockEdge = cipherLength >= 0 && cipherLength % 16 === 0;
      expect(problem, `cut to ${length} bytes`).toBe(atBlockEdge ? 'content-damaged' : 'truncated');
    }
    expect(seen).toEqual(new Set(['truncated', 'content-damaged']));
  });

  it('one byte cut off says the file ends too early', () => {
    expect(() => decryptAesCrypt(sample.encrypted.subarray(0, -1), sample.passphrase)).toThrow(/ends too early/);
  });

  it.each([1, 7, 15])('%i stray bytes after the end are refused (SharpAESCrypt accepts up to 15)', (extra) => {
    const padded = Buffer.concat([sample.encrypted, Buffer.alloc(extra, 0x41)]);
    expect(() => decryptAesCrypt(padded, sample.passphrase)).toThrow(
      new RegExp(`${extra} unexpected byte${extra === 1 ? '' : 's'} after its end`),
    );
  });

  it('a whole block of stray bytes still fails (as damaged content)', () => {
    const padded = Buffer.concat([sample.encrypted, Buffer.alloc(16)]);
    expect(problemOf(() => decryptAesCrypt(padded, sample.passphrase))).toBe('content-damaged');
  });

  it('an empty file and a text file are told apart', () => {
    expect(() => decryptAesCrypt(Buffer.alloc(0), 'p')).toThrow('The file is empty.');
    expect(problemOf(() => decryptAesCrypt(Buffer.from('{"a":"b"}'), 'p'))).toBe('not-aes-crypt');
  });

  it('versions other than 2 are named in the message', () => {
    const v3 = Buffer.from(sample.encrypted);
    v3[3] = 3;
    expect(() => decryptAesCrypt(v3, sample.passphrase)).toThrow(/format version 3; only version 2/);
  });
});
