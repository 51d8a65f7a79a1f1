/**
 * The runner's TokenStorage kept in the app's folder: one document of sealed entries, each
 * OS-encrypted where the OS can, written through the document store (whole file, atomically,
 * refused if another copy of the app changed it) before the AuthID that opens it is handed out.
 */
import { Buffer } from 'node:buffer';
import type { SealedEntry, TokenStorage } from '../../authid-server';
import { openDocument, type DocumentBackend, type DocumentStore } from '../document-store';
import type { Clock } from '../time';
import { canEncrypt, type SecretBox } from '../vault';
import { BUILT_IN_TOKENS_SPEC, type StoredTokenEntry } from './built-in-documents';

type TokensDocument = (typeof BUILT_IN_TOKENS_SPEC)['defaults'];

export async function openEncryptedTokenStorage(backend: DocumentBackend, secretBox: SecretBox, clock: Pick<Clock, 'now'>): Promise<TokenStorage> {
  const opened = openDocument(backend, BUILT_IN_TOKENS_SPEC, clock);
  const encrypts = canEncrypt(await secretBox.describe());
  return new EncryptedTokenStorage(opened.store, opened.document, secretBox, encrypts);
}

class EncryptedTokenStorage implements TokenStorage {
  constructor(
    private readonly store: DocumentStore<TokensDocument>,
    private document: TokensDocument,
    private readonly box: SecretBox,
    private readonly encrypts: boolean,
  ) {}

  async get(keyId: string): Promise<SealedEntry | undefined> {
    const stored = Object.hasOwn(this.document.entries, keyId) ? this.document.entries[keyId] : undefined;
    if (stored === undefined) return undefined;
    if (stored.protection === 'sealed-only') return stored.entry;
    const { plain } = await this.box.decrypt(new Uint8Array(Buffer.from(stored.ciphertext, 'base64')));
    return JSON.parse(plain) as SealedEntry;
  }

  async set(keyId: string, entry: SealedEntry): Promise<void> {
    const stored: StoredTokenEntry = this.encrypts
      ? { protection: 'os-encrypted', ciphertext: Buffer.from(await this.box.encrypt(JSON.stringify(entry))).toString('base64') }
      : { protection: 'sealed-only', entry: { ...entry } };
    this.save({ ...this.document.entries, [keyId]: stored });
  }

  async delete(keyId: string): Promise<boolean> {
    if (!Object.hasOwn(this.document.entries, keyId)) return false;
    this.save(Object.fromEntries(Object.entries(this.document.entries).filter(([id]) => id !== keyId)));
    return true;
  }

  private save(entries: TokensDocument['entries']): void {
    const next = { entries };
    this.store.write(next);
    this.document = next;
  }
}
