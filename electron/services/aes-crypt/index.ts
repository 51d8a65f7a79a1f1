// The AES Crypt stream format, version 2: what Duplicati's file-secret provider decrypts.
export { decryptAesCrypt } from './aes-crypt-read';
export { encryptAesCrypt, aesCryptLength, type AesCryptWriteOptions } from './aes-crypt-write';
export { AesCryptError, type AesCryptProblem } from './aes-crypt-error';
