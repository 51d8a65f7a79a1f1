/** SharpAESCrypt 2.0.3's own files (copied from shared/conformance/aescrypt) and where each part sits. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../../fixtures/aescrypt');

export interface Sample {
  readonly name: string;
  readonly passphrase: string;
  readonly encrypted: Buffer;
  readonly plaintext: Buffer;
}

export const SAMPLES: readonly Sample[] = [
  ['secrets-1', 'correct horse battery staple'],
  ['secrets-2', 'p'],
  ['secrets-3', 'Z\u00fcrich-\u00c6\u00f8\u00e5-\u65e5\u672c'],
].map(([name, passphrase]) => ({
  name: name!,
  passphrase: passphrase!,
  encrypted: readFileSync(path.join(dir, `${name}.json.aes`)),
  plaintext: readFileSync(path.join(dir, `${name}.json`)),
}));

/** Byte ranges [start, end) of the parts a reader must check, per the fixture README. */
export function regions(size: number): Record<string, readonly [number, number]> {
  return {
    magic: [0, 3],
    version: [3, 4],
    reserved: [4, 5],
    iv: [220, 236],
    'key block': [236, 284],
    'key HMAC': [284, 316],
    ciphertext: [316, size - 33],
    'size byte': [size - 33, size - 32],
    'final HMAC': [size - 32, size],
  };
}
