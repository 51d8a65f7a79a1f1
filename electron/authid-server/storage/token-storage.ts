/** One v1 AuthID's provider token response, encrypted under a key derived from its password. */
export interface SealedEntry {
  readonly salt: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

/**
 * Where sealed entries live, by key id: the port the app's encrypted vault implements to keep
 * the built-in server's entries, and a file for the standalone server. Implementations never
 * see a password or a token, only ciphertext that the AuthID's password opens.
 */
export interface TokenStorage {
  get(keyId: string): Promise<SealedEntry | undefined>;
  set(keyId: string, entry: SealedEntry): Promise<void>;
  /** True when an entry was deleted. */
  delete(keyId: string): Promise<boolean>;
  /** Called before the server listens (e.g. to take a lock); failing it stops the start. */
  open?(): Promise<void>;
  /** Called when a server that created this storage closes. */
  close?(): Promise<void>;
}

export class MemoryTokenStorage implements TokenStorage {
  readonly #entries = new Map<string, SealedEntry>();

  async get(keyId: string): Promise<SealedEntry | undefined> {
    return this.#entries.get(keyId);
  }

  async set(keyId: string, entry: SealedEntry): Promise<void> {
    this.#entries.set(keyId, entry);
  }

  async delete(keyId: string): Promise<boolean> {
    return this.#entries.delete(keyId);
  }
}
