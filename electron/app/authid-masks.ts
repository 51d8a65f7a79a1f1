/**
 * The masked form of every AuthID, worked out once per secret: showing the list must not decrypt
 * every AuthID on every change. Only the masked text is kept; plaintext never stays here.
 */
import { maskAuthId } from '../services/authids/authid-mask';
import type { Vault } from '../services/vault/vault';

const HIDDEN = '••••••••';

export interface AuthIdMasks {
  masked(id: string): string;
  /** Works out the masks still missing; resolves true when any was added. */
  fill(): Promise<boolean>;
  /** The record's secret changed (re-authorized): mask it again. */
  forget(id: string): void;
}

export function createAuthIdMasks(vault: Pick<Vault, 'list' | 'readSecret'>): AuthIdMasks {
  const masks = new Map<string, string>();
  return {
    masked: (id) => masks.get(id) ?? HIDDEN,
    async fill() {
      const missing = vault.list().filter((record) => record.secret === 'available' && !masks.has(record.id));
      const found = await Promise.all(
        missing.map(async (record) => {
          try {
            masks.set(record.id, maskAuthId(await vault.readSecret(record.id)));
            return true;
          } catch {
            return false; // Shown hidden; the vault marks the record as needing re-authorization.
          }
        }),
      );
      const live = new Set(vault.list().map((record) => record.id));
      for (const id of masks.keys()) if (!live.has(id)) masks.delete(id);
      return found.includes(true);
    },
    forget: (id) => {
      masks.delete(id);
    },
  };
}
