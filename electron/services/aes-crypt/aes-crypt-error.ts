/** Why an AES Crypt file could not be opened or written, in words a user can act on. */
export type AesCryptProblem =
  | 'not-aes-crypt'
  | 'unsupported-version'
  | 'bad-reserved-byte'
  | 'bad-extensions'
  | 'truncated'
  | 'trailing-bytes'
  | 'wrong-passphrase'
  | 'content-damaged'
  | 'bad-size-byte'
  | 'bad-passphrase';

/** Never carries the passphrase or any decrypted byte. */
export class AesCryptError extends Error {
  override readonly name = 'AesCryptError';
  constructor(
    readonly problem: AesCryptProblem,
    message: string,
  ) {
    super(message);
  }
}
