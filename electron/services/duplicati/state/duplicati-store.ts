/**
 * Keeps the Duplicati connection's state through the OS secret box, like the vault. Where the OS
 * cannot really encrypt (no secret box, or Chromium's built-in `basic_text` key), secrets stay in
 * memory for this run and only the address reaches the file. Writes run one after another, so a
 * rotated refresh cookie is never overwritten by an older one.
 */
import { Buffer } from 'node:buffer';
import { openDocument, type DocumentBackend, type DocumentStore } from '../../document-store';
import type { SecretBox } from '../../vault';
import type { Clock } from '../../time';
import { DUPLICATI_SPEC, UNDO_LIMIT, type DuplicatiDocument, type Sealed, type StoredUndoEntry } from './duplicati-document';

export interface DuplicatiStoreDeps {
  readonly secretBox: SecretBox;
  /** Omitted: nothing is written anywhere. */
  readonly backend?: DocumentBackend;
  readonly clock: Pick<Clock, 'now'>;
}

type SecretSlot = 'session' | 'password' | 'knowledge';

/** A ciphertext on disk, or the plaintext itself while it may live in memory only. */
type Kept = { readonly sealed: Sealed } | { readonly memory: string };

export type UndoBackupEntry = Omit<StoredUndoEntry['backups'][number], 'previous'>;
export type UndoEntry = Omit<StoredUndoEntry, 'backups'> & { readonly backups: readonly UndoBackupEntry[] };

export class DuplicatiStore {
  private queue: Promise<void> = Promise.resolve();
  private readonly slots = new Map<SecretSlot, Kept>();
  private undo: (UndoEntry & { readonly previous: ReadonlyMap<string, Kept> })[] = [];
  private address: string | null;

  private constructor(
    private readonly box: SecretBox,
    private readonly file: DocumentStore<DuplicatiDocument> | undefined,
    readonly keptOnDisk: boolean,
    document: DuplicatiDocument,
  ) {
    this.address = document.baseUrl;
    if (!keptOnDisk) return;
    for (const slot of ['session', 'password', 'knowledge'] as const) {
      const sealed = document[slot];
      if (sealed !== null) this.slots.set(slot, { sealed });
    }
    this.undo = document.undo.map(({ backups, ...entry }) => ({
      ...entry,
      backups: backups.map(({ previous: _previous, ...rest }) => rest),
      previous: new Map(backups.map((b) => [b.backupId, { sealed: b.previous }])),
    }));
  }

  static async open(deps: DuplicatiStoreDeps): Promise<DuplicatiStore> {
    const description = await deps.secretBox.describe();
    const keptOnDisk = deps.backend !== undefined && description.available && description.backend !== 'basic_text';
    const opened = deps.backend === undefined ? undefined : openDocument(deps.backend, DUPLICATI_SPEC, deps.clock);
    return new DuplicatiStore(deps.secretBox, opened?.store, keptOnDisk, opened?.document ?? DUPLICATI_SPEC.defaults);
  }

  get baseUrl(): string | undefined {
    return this.address ?? undefined;
  }

  setBaseUrl(baseUrl: string): Promise<void> {
    this.address = baseUrl;
    return this.enqueue(async () => undefined);
  }

  has(slot: SecretSlot): boolean {
    return this.slots.has(slot);
  }

  /** The slot's plaintext; undefined when empty or no longer decryptable. */
  async read(slot: SecretSlot): Promise<string | undefined> {
    const kept = this.slots.get(slot);
    return kept === undefined ? undefined : this.open(kept);
  }

  write(slot: SecretSlot, plain: string | undefined): Promise<void> {
    return this.enqueue(async () => {
      if (plain === undefined) this.slots.delete(slot);
      else this.slots.set(slot, await this.keep(plain));
    });
  }

  undoEntries(): readonly UndoEntry[] {
    return this.undo.map(({ previous: _previous, ...entry }) => entry);
  }

  /** Starts the Undo record of an update, before anything is written; the oldest beyond the limit are dropped. */
  startUndo(entry: Omit<UndoEntry, 'backups'>): Promise<void> {
    return this.enqueue(async () => {
      this.undo = [{ ...entry, backups: [], previous: new Map() }, ...this.undo.filter((e) => e.id !== entry.id)].slice(0, UNDO_LIMIT);
    });
  }

  /** Keeps one backup's previous configuration (encrypted) before the app writes the new one. */
  addUndoBackup(undoId: string, backup: UndoBackupEntry, previous: string): Promise<void> {
    return this.enqueue(async () => {
      const kept = await this.keep(previous);
      this.undo = this.undo.map((entry) =>
        entry.id !== undoId
          ? entry
          : { ...entry, backups: [...entry.backups.filter((b) => b.backupId !== backup.backupId), backup], previous: new Map([...entry.previous, [backup.backupId, kept]]) },
      );
    });
  }

  setUndoBackup(undoId: string, backupId: string, change: Partial<Pick<UndoBackupEntry, 'state' | 'updatedDigest'>>): Promise<void> {
    return this.enqueue(async () => {
      this.undo = this.undo.map((entry) =>
        entry.id !== undoId ? entry : { ...entry, backups: entry.backups.map((b) => (b.backupId === backupId ? { ...b, ...change } : b)) },
      );
    });
  }

  removeUndo(undoId: string): Promise<void> {
    return this.enqueue(async () => {
      this.undo = this.undo.filter((entry) => entry.id !== undoId);
    });
  }

  /** The previous configuration kept for one backup of an update, as written then. */
  async previousOf(undoId: string, backupId: string): Promise<string | undefined> {
    const kept = this.undo.find((entry) => entry.id === undoId)?.previous.get(backupId);
    return kept === undefined ? undefined : this.open(kept);
  }

  /** Resolves when every write so far has reached the file. */
  flush(): Promise<void> {
    return this.queue;
  }

  private async keep(plain: string): Promise<Kept> {
    if (!this.keptOnDisk) return { memory: plain };
    return { sealed: { ciphertext: Buffer.from(await this.box.encrypt(plain)).toString('base64') } };
  }

  private async open(kept: Kept): Promise<string | undefined> {
    if ('memory' in kept) return kept.memory;
    try {
      return (await this.box.decrypt(new Uint8Array(Buffer.from(kept.sealed.ciphertext, 'base64')))).plain;
    } catch {
      return undefined;
    }
  }

  private enqueue(change: () => Promise<void>): Promise<void> {
    const next = this.queue.then(change).then(() => this.save());
    // A failed write must not stop later ones; the caller still sees its own failure.
    this.queue = next.catch(() => undefined);
    return next;
  }

  private save(): void {
    this.file?.write({
      baseUrl: this.address,
      session: this.sealedOf('session'),
      password: this.sealedOf('password'),
      knowledge: this.sealedOf('knowledge'),
      undo: !this.keptOnDisk
        ? []
        : this.undo.map(({ previous, ...entry }) => ({
            ...entry,
            backups: entry.backups.map((b) => {
              const kept = previous.get(b.backupId);
              return { ...b, previous: kept !== undefined && 'sealed' in kept ? kept.sealed : { ciphertext: '' } };
            }),
          })),
    });
  }

  private sealedOf(slot: SecretSlot): Sealed | null {
    const kept = this.slots.get(slot);
    return kept !== undefined && 'sealed' in kept ? kept.sealed : null;
  }
}
