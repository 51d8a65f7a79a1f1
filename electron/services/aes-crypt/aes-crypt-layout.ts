/** The fixed parts of the AES Crypt stream format, version 2 (the one stable Duplicati reads). */
export const MAGIC = Buffer.from('AES', 'latin1');
export const FORMAT_VERSION = 2;
export const BLOCK = 16;
export const IV_LENGTH = 16;
export const KEY_LENGTH = 32;
export const HMAC_LENGTH = 32;
/** Bulk IV and bulk key, encrypted with the header key: 48 bytes, no padding. */
export const KEY_BLOCK_LENGTH = IV_LENGTH + KEY_LENGTH;
/** The "plaintext length mod 16" byte and the HMAC over the ciphertext. */
export const TRAILER_LENGTH = 1 + HMAC_LENGTH;
/** The empty-named extension the format recommends so tools can add extensions in place. */
export const PLACEHOLDER_LENGTH = 128;
