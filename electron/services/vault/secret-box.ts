/**
 * The port to the OS's secret encryption (Electron's async safeStorage in the app).
 * `backend` names what actually protects the key; only some of them really encrypt.
 */
export type SecretBackend =
  | 'basic_text'
  | 'gnome_libsecret'
  | 'kwallet'
  | 'kwallet5'
  | 'kwallet6'
  | 'keychain'
  | 'dpapi'
  | 'unknown';

export interface SecretBoxDescription {
  readonly available: boolean;
  readonly backend: SecretBackend;
}

export interface DecryptedSecret {
  readonly plain: string;
  /** The key was rotated or a better one is available: encrypt again and save. */
  readonly shouldReEncrypt: boolean;
}

export interface SecretBox {
  describe(): Promise<SecretBoxDescription>;
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(cipher: Uint8Array): Promise<DecryptedSecret>;
}
