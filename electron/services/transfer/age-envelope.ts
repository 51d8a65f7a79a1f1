/**
 * The age file format (age-encryption.org/v1) with a passphrase (scrypt) recipient, through the
 * `age-encryption` package, so the `age` command-line tool and every other implementation can
 * open what the app writes and the app can open what they write. Written ASCII-armored, so
 * that the file survives being mailed or pasted; both forms are read.
 *
 * scrypt runs synchronously in this package: at the default work factor one encryption or
 * decryption keeps the calling thread busy for about a second on a desktop, by design.
 */
import { Decrypter, Encrypter, armor } from 'age-encryption';

/** age's own default (2^18); the `age` tool uses the same. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;

const BINARY_MAGIC = 'age-encryption.org/';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

export async function sealWithPassphrase(plain: string, passphrase: string, workFactor = DEFAULT_SCRYPT_WORK_FACTOR): Promise<string> {
  const encrypter = new Encrypter();
  encrypter.setScryptWorkFactor(workFactor);
  encrypter.setPassphrase(passphrase);
  return armor.encode(await encrypter.encrypt(plain));
}

export type AgeFileReading =
  | { readonly kind: 'age'; readonly file: Uint8Array }
  /** Armored, but the armor itself is broken (cut short, edited). */
  | { readonly kind: 'damaged' }
  | { readonly kind: 'not-age' };

/** Tells an age file (binary or armored) from anything else. */
export function readAgeFile(bytes: Uint8Array): AgeFileReading {
  if (startsWithText(bytes, BINARY_MAGIC)) return { kind: 'age', file: bytes };
  const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '').replace(/\r\n/g, '\n').trim();
  if (!text.startsWith(ARMOR_BEGIN)) return { kind: 'not-age' };
  try {
    return { kind: 'age', file: armor.decode(`${text}\n`) };
  } catch {
    return { kind: 'damaged' };
  }
}

export type AgeOpening =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'wrong-passphrase' | 'damaged' | 'not-a-passphrase-file' };

export async function openWithPassphrase(file: Uint8Array, passphrase: string): Promise<AgeOpening> {
  if (!hasScryptStanza(file)) return { ok: false, problem: 'not-a-passphrase-file' };
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    return { ok: true, text: await decrypter.decrypt(file, 'text') };
  } catch (error) {
    // The scrypt identity finds no file key when the passphrase (or the stanza) is wrong; every
    // other failure is a header or payload that does not authenticate: cut short or altered.
    const noKey = error instanceof Error && /no identity matched/i.test(error.message);
    return { ok: false, problem: noKey ? 'wrong-passphrase' : 'damaged' };
  }
}

/** The header is text up to the `---` MAC line; a passphrase file has one `-> scrypt` stanza. */
function hasScryptStanza(file: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(file.subarray(0, 4096));
  const end = head.indexOf('\n---');
  return /\n-> scrypt /.test(end < 0 ? head : head.slice(0, end));
}

function startsWithText(bytes: Uint8Array, text: string): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, text.length)) === text;
}
