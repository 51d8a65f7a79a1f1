import { newKeyId, newPassword, v1AuthId } from '../authid-format';
import type { TokenResponse } from '../token-response';
import { seal, unseal, UnsealError } from './token-sealing';
import type { TokenStorage } from './token-storage';

/** What a v1 AuthID unlocks. */
export interface StoredTokens {
  readonly providerId: string;
  readonly tokens: TokenResponse;
}

/** v1 AuthIDs: the provider's token response sealed under the AuthID's password. */
export class SealedTokenStore {
  constructor(private readonly storage: TokenStorage) {}

  /** Stores the response under a new key id and returns the v1 AuthID that unlocks it. */
  async create(providerId: string, tokens: TokenResponse): Promise<string> {
    let keyId = newKeyId();
    while ((await this.storage.get(keyId)) !== undefined) keyId = newKeyId();
    const password = newPassword();
    await this.storage.set(keyId, await seal(JSON.stringify({ providerId, tokens }), password, keyId));
    return v1AuthId(keyId, password);
  }

  /** Throws UnsealError for an unknown key id or a wrong password alike. */
  async read(keyId: string, password: string): Promise<StoredTokens> {
    const entry = await this.storage.get(keyId);
    if (!entry) throw new UnsealError();
    return JSON.parse(await unseal(entry, password, keyId)) as StoredTokens;
  }

  async update(keyId: string, password: string, stored: StoredTokens): Promise<void> {
    await this.storage.set(keyId, await seal(JSON.stringify(stored), password, keyId));
  }

  /** Deletes after checking the password; throws UnsealError like `read`. */
  async delete(keyId: string, password: string): Promise<void> {
    await this.read(keyId, password);
    await this.storage.delete(keyId);
  }
}
