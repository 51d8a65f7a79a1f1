/**
 * The vault: one record per AuthID, metadata in a document file, the AuthID itself only as
 * OS-encrypted ciphertext — or, where the OS cannot encrypt, in memory (or, if the user
 * opted in, weakly protected on disk).
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { HIDDEN_AUTHID, maskAuthId, type CheckView } from '../authids';
import { canEncrypt, protectionFor, storageStatus, weakEncodingFor, type SecretProtection, type StorageStatusView } from './storage-status';
import { UserFacingError } from '../errors';
import { changedElsewhereMessage, DocumentChangedElsewhere, openDocument, writeFailure, type DocumentBackend, type DocumentStore } from '../document-store';
import type { SecretSink } from '../logging';
import type { SecretBox, SecretBoxDescription } from './secret-box';
import { sealOsEncrypted, sealWeak, unseal, type OnDiskSecret } from './secret-sealing';
import { assertStorableAuthId } from './storable-authid';
import { HISTORY_LIMIT, VAULT_SPEC, checkSchema, storedRecordSchema, type StoredRecord, type StoredSecret } from './vault-document';
import { validDestination, validLabel, validServerBaseUrl, withoutStoredSecretOptions } from './vault-input';
import {
  LOST_REASON,
  UNREADABLE_REASON,
  defaultLabel,
  toVaultRecord,
  type NewAuthId,
  type NewDestination,
  type NewSecret,
  type SecretAvailability,
  type VaultDestination,
  type VaultRecord,
} from './vault-record';
import { createListenerSet } from '../listeners';
import { systemClock, type Clock } from '../time';

export interface VaultDeps {
  readonly backend: DocumentBackend;
  readonly secretBox: SecretBox;
  readonly clock?: Pick<Clock, 'now'>;
  /** Makes local ids for records and destinations. */
  readonly ids?: () => string;
  /** Check results reach the file at most this often; default 1000 ms (see `saveLater`). */
  readonly checkWriteDelayMs?: number;
  /** Told every AuthID the vault stores or decrypts, so logs can scrub exactly those. */
  readonly secrets?: SecretSink;
}

export interface Vault {
  list(): VaultRecord[];
  get(id: string): VaultRecord | undefined;
  add(input: NewAuthId): Promise<VaultRecord>;
  /** Re-authorization: a new AuthID for the same record; label, destinations and history stay. */
  replaceSecret(id: string, secret: NewSecret): Promise<VaultRecord>;
  rename(id: string, label: string): VaultRecord;
  /** Does nothing when the record is already gone. */
  remove(id: string): void;
  /** The plaintext AuthID, only for reveal, copy and refresh. */
  readSecret(id: string): Promise<string>;
  /**
   * The AuthID's display form, made whenever the vault had the plaintext in hand (stored,
   * opened at load, read): showing the list never decrypts. Bullets only when it never had it.
   */
  masked(id: string): string;
  recordCheck(id: string, check: CheckView): VaultRecord;
  setNextCheck(id: string, at: string | undefined): VaultRecord;
  setAccountName(id: string, accountName: string): VaultRecord;
  /** Saves a destination; one with the same name is replaced (it keeps its id). */
  addDestination(id: string, destination: NewDestination): VaultDestination;
  removeDestination(id: string, destinationId: string): VaultRecord;
  status(): StorageStatusView;
  /** Only where the OS cannot encrypt; turning it off removes the weak ciphertexts from disk. */
  setWeakOptIn(enabled: boolean): Promise<StorageStatusView>;
  /** Called after every change, including a secret becoming unreadable. */
  onChange(listener: () => void): () => void;
  /** Waits for changes still being made (e.g. an AuthID being encrypted). */
  flush(): Promise<void>;
}

interface Entry {
  stored: StoredRecord;
  /** The plaintext, for AuthIDs kept in memory only. */
  memory?: string;
  /** The on-disk ciphertext failed to decrypt the last time it was tried. */
  unreadable?: boolean;
  /** The display form of the last plaintext seen; never the plaintext. */
  mask?: string;
}

export async function openVault(deps: VaultDeps): Promise<Vault> {
  const clock = deps.clock ?? systemClock;
  const opened = openDocument(deps.backend, VAULT_SPEC, clock);
  const box = await deps.secretBox.describe();
  const vault = new OpenVault(
    {
      secretBox: deps.secretBox,
      box,
      store: opened.store,
      clock,
      ids: deps.ids ?? randomUUID,
      recoveredFrom: opened.recoveredFrom,
      checkWriteDelayMs: deps.checkWriteDelayMs ?? 1000,
      secrets: deps.secrets,
    },
    opened.document,
  );
  await vault.load(opened.document.records);
  return vault;
}

type VaultDocument = (typeof VAULT_SPEC)['defaults'];

interface OpenVaultParts {
  readonly secretBox: SecretBox;
  readonly box: SecretBoxDescription;
  readonly store: DocumentStore<typeof VAULT_SPEC.defaults>;
  readonly clock: Pick<Clock, 'now'>;
  readonly ids: () => string;
  readonly recoveredFrom: string | undefined;
  readonly checkWriteDelayMs: number;
  readonly secrets: SecretSink | undefined;
}

const notFound = () => new UserFacingError('not-found', 'This AuthID is no longer in the list.');

function availability(entry: Entry): SecretAvailability {
  if (entry.stored.secret.protection === 'memory-only') return entry.memory === undefined ? 'lost' : 'available';
  return entry.unreadable ? 'unreadable' : 'available';
}

class OpenVault implements Vault {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = createListenerSet();
  private readonly pending = new Set<Promise<unknown>>();

  private weakOptIn: boolean;
  /** Set once the file changed under us: every later save is refused too, so the window keeps saying so. */
  private saveBlocked: string | undefined;
  private later: ReturnType<typeof setTimeout> | undefined;
  private laterFailure: unknown;

  constructor(
    private readonly parts: OpenVaultParts,
    /** What the file holds now: where memory goes back to when a write fails. */
    private saved: VaultDocument,
  ) {
    this.weakOptIn = saved.weakOptIn;
  }

  /** Tries every stored secret once: marks what no longer decrypts, moves the rest where they belong now. */
  async load(records: readonly StoredRecord[]): Promise<void> {
    let changed = false;
    for (const stored of records) {
      if (this.entries.has(stored.id)) continue;
      // Secret options a pasted URL carried before they were refused: off the disk at the next write.
      const cleaned = withoutStoredSecretOptions(stored);
      if (cleaned !== undefined) changed = true;
      this.entries.set(stored.id, { stored: cleaned ?? stored });
    }
    for (const entry of this.entries.values()) {
      const { secret } = entry.stored;
      if (secret.protection === 'memory-only') continue;
      const opened = await this.tryUnseal(entry, secret);
      if (opened === undefined) continue;
      const now = this.protection();
      // A keyring ciphertext stays as it is while the keyring is not in use: it may come back.
      if (secret.protection === 'os-encrypted' && now !== 'os-encrypted') continue;
      if (secret.protection === now && !opened.shouldReEncrypt) continue;
      changed = (await this.place(entry, opened.plain, secret)) || changed;
    }
    if (changed) this.save();
  }

  list(): VaultRecord[] {
    return [...this.entries.values()].map((entry) => toVaultRecord(entry.stored, availability(entry)));
  }

  get(id: string): VaultRecord | undefined {
    const entry = this.entries.get(id);
    return entry && toVaultRecord(entry.stored, availability(entry));
  }

  add(input: NewAuthId): Promise<VaultRecord> {
    return this.track(async () => {
      assertStorableAuthId(input.authId, input.provider);
      const label = input.label === undefined ? undefined : validLabel(input.label);
      const destination = input.destination && validDestination(input.destination);
      const serverBaseUrl = validServerBaseUrl(input.serverBaseUrl);
      const sealed = await this.seal(input.authId);
      const stored = storedRecordSchema.parse({
        id: this.parts.ids(),
        label: label ?? defaultLabel(input.defaultLabel, input.accountName, this.list().map((r) => r.label)),
        provider: input.provider,
        serverBaseUrl,
        kind: input.kind,
        created: new Date(this.parts.clock.now()).toISOString(),
        ...(input.accountName === undefined ? {} : { accountName: input.accountName }),
        ...(input.region === undefined ? {} : { region: input.region }),
        history: [],
        destinations: destination ? [{ id: this.parts.ids(), ...destination }] : [],
        secret: sealed.secret,
      } satisfies StoredRecord);
      this.entries.set(stored.id, { stored, mask: maskAuthId(input.authId), ...(sealed.memory === undefined ? {} : { memory: sealed.memory }) });
      this.save();
      return this.record(stored.id);
    });
  }

  replaceSecret(id: string, secret: NewSecret): Promise<VaultRecord> {
    return this.track(async () => {
      assertStorableAuthId(secret.authId, this.entry(id).stored.provider);
      const sealed = await this.seal(secret.authId);
      const entry = this.entry(id);
      const check: CheckView = { at: new Date(this.parts.clock.now()).toISOString(), health: 'not-checked', reason: 'A new AuthID was saved; it has not been checked yet.' };
      this.replace(entry, {
        ...entry.stored,
        kind: secret.kind,
        ...(secret.accountName === undefined ? {} : { accountName: secret.accountName }),
        ...(secret.region === undefined ? {} : { region: secret.region }),
        history: [check, ...entry.stored.history].slice(0, HISTORY_LIMIT),
        secret: sealed.secret,
      });
      this.setMemory(entry, sealed.memory);
      entry.unreadable = false;
      this.save();
      // Only once saved: a failed write keeps the old secret, so it keeps the old mask.
      entry.mask = maskAuthId(secret.authId);
      return this.record(id);
    });
  }

  rename(id: string, label: string): VaultRecord {
    return this.update(id, { label: validLabel(label) });
  }

  remove(id: string): void {
    if (this.entries.has(id)) this.save(id);
  }

  async readSecret(id: string): Promise<string> {
    const entry = this.entry(id);
    if (entry.memory !== undefined) return entry.memory;
    const { secret } = entry.stored;
    if (secret.protection === 'memory-only') throw new UserFacingError('needs-reauthorization', LOST_REASON);
    const opened = await this.tryUnseal(entry, secret);
    if (opened === undefined) throw new UserFacingError('needs-reauthorization', UNREADABLE_REASON);
    if (opened.shouldReEncrypt && this.protection() === secret.protection) {
      // Best effort: the current ciphertext still decrypts if re-encrypting fails.
      await this.track(async () => {
        if (await this.place(entry, opened.plain, secret)) this.save();
      }).catch(() => {});
    }
    return opened.plain;
  }

  masked(id: string): string {
    return this.entries.get(id)?.mask ?? HIDDEN_AUTHID;
  }

  recordCheck(id: string, check: CheckView): VaultRecord {
    const parsed = checkSchema.parse({ ...check, at: new Date(check.at).toISOString() });
    const entry = this.entry(id);
    this.replace(entry, { ...entry.stored, history: [parsed, ...entry.stored.history].slice(0, HISTORY_LIMIT) });
    this.saveLater();
    return this.record(id);
  }

  setNextCheck(id: string, at: string | undefined): VaultRecord {
    const entry = this.entry(id);
    const stored = { ...entry.stored };
    if (at === undefined) delete stored.nextCheckAt;
    else stored.nextCheckAt = new Date(at).toISOString();
    this.replace(entry, stored);
    this.saveLater();
    return this.record(id);
  }

  setAccountName(id: string, accountName: string): VaultRecord {
    return this.update(id, { accountName: accountName.slice(0, 320) });
  }

  addDestination(id: string, destination: NewDestination): VaultDestination {
    const valid = validDestination(destination);
    const { destinations } = this.entry(id).stored;
    const existing = destinations.find((d) => d.name === valid.name);
    const saved = { id: existing?.id ?? this.parts.ids(), ...valid };
    this.update(id, {
      destinations: existing ? destinations.map((d) => (d === existing ? saved : d)) : [...destinations, saved],
    });
    return { ...saved, options: { ...saved.options } };
  }

  removeDestination(id: string, destinationId: string): VaultRecord {
    return this.update(id, { destinations: this.entry(id).stored.destinations.filter((d) => d.id !== destinationId) });
  }

  status(): StorageStatusView {
    const { box, recoveredFrom } = this.parts;
    const status = storageStatus({ box, weakOptIn: this.weakOptIn, ...(recoveredFrom === undefined ? {} : { recoveredFrom }) });
    return this.saveBlocked === undefined ? status : { ...status, saveBlocked: this.saveBlocked };
  }

  setWeakOptIn(enabled: boolean): Promise<StorageStatusView> {
    return this.track(async () => {
      if (canEncrypt(this.parts.box)) {
        throw new UserFacingError('weak-storage-not-needed', 'AuthIDs are already encrypted by the system keyring; weak storage is not needed.');
      }
      if (enabled === this.weakOptIn) return this.status();
      this.weakOptIn = enabled;
      for (const entry of this.entries.values()) {
        const { secret } = entry.stored;
        if (enabled && secret.protection === 'memory-only' && entry.memory !== undefined) {
          await this.place(entry, entry.memory, secret);
        } else if (!enabled && secret.protection === 'weak-on-disk') {
          // Keep it for this session if it still opens; either way its ciphertext leaves the disk.
          const plain = entry.memory ?? (await this.tryUnseal(entry, secret))?.plain;
          this.replace(entry, { ...entry.stored, secret: { protection: 'memory-only' } });
          this.setMemory(entry, plain);
        }
      }
      this.save();
      return this.status();
    });
  }

  onChange(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  /** Waits for changes under way and writes check results still waiting; rejects if that write failed. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    if (this.later !== undefined) this.writeLater();
    const failure = this.laterFailure;
    this.laterFailure = undefined;
    if (failure !== undefined) throw failure;
  }

  private protection(): SecretProtection {
    return protectionFor(this.parts.box, this.weakOptIn);
  }

  private async seal(plain: string): Promise<{ secret: StoredSecret; memory?: string }> {
    this.parts.secrets?.remember(plain);
    switch (this.protection()) {
      case 'os-encrypted':
        return { secret: await sealOsEncrypted(this.parts.secretBox, plain) };
      case 'weak-on-disk':
        return { secret: await sealWeak(this.parts.secretBox, weakEncodingFor(this.parts.box), plain) };
      case 'memory-only':
        return { secret: { protection: 'memory-only' }, memory: plain };
    }
  }

  /** Re-seals for where secrets go now, unless the record's secret changed meanwhile. */
  private async place(entry: Entry, plain: string, expected: StoredSecret): Promise<boolean> {
    const sealed = await this.seal(plain);
    if (!isDeepStrictEqual(entry.stored.secret, expected)) return false;
    this.replace(entry, { ...entry.stored, secret: sealed.secret });
    this.setMemory(entry, sealed.memory);
    return true;
  }

  private async tryUnseal(entry: Entry, secret: OnDiskSecret) {
    try {
      const opened = await unseal(this.parts.secretBox, secret);
      this.parts.secrets?.remember(opened.plain);
      entry.mask = maskAuthId(opened.plain);
      if (entry.unreadable) {
        entry.unreadable = false;
        this.emit();
      }
      return opened;
    } catch {
      if (!entry.unreadable) {
        entry.unreadable = true;
        this.emit();
      }
      return undefined;
    }
  }

  private setMemory(entry: Entry, plain: string | undefined): void {
    if (plain === undefined) delete entry.memory;
    else entry.memory = plain;
  }

  private update(id: string, change: Partial<StoredRecord>): VaultRecord {
    const entry = this.entry(id);
    this.replace(entry, { ...entry.stored, ...change });
    this.save();
    return this.record(id);
  }

  /** Checked before it replaces the record, so memory never holds what the file would refuse. */
  private replace(entry: Entry, next: StoredRecord): void {
    entry.stored = storedRecordSchema.parse(next);
  }

  private entry(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw notFound();
    return entry;
  }

  private record(id: string): VaultRecord {
    const entry = this.entry(id);
    return toVaultRecord(entry.stored, availability(entry));
  }

  /**
   * Writes the file (without `removing`, which leaves memory only once that worked). If the write
   * fails, memory goes back to what the file holds, so the two never disagree.
   */
  private save(removing?: string): void {
    this.cancelLater();
    const records = [...this.entries.values()].map((entry) => entry.stored).filter((stored) => stored.id !== removing);
    const next: VaultDocument = { records, weakOptIn: this.weakOptIn };
    try {
      this.parts.store.write(next);
    } catch (error) {
      this.rollBack();
      if (error instanceof DocumentChangedElsewhere && this.saveBlocked === undefined) {
        this.saveBlocked = changedElsewhereMessage(this.parts.store.path);
        this.emit();
      }
      throw writeFailure(this.parts.store.path, error);
    }
    if (removing !== undefined) this.entries.delete(removing);
    this.saved = next;
    this.emit();
  }

  /**
   * Check results come in bursts (Check all, a day's schedule) and each save rewrites the whole
   * file, so they are kept in memory and shown at once, and written together at most once per
   * `checkWriteDelayMs`. Any other change writes them along with itself; quitting flushes them.
   * At worst a crash loses the last second of check results, never an AuthID or a user's edit.
   */
  private saveLater(): void {
    this.emit();
    if (this.later !== undefined) return;
    this.later = setTimeout(() => this.writeLater(), this.parts.checkWriteDelayMs);
  }

  private writeLater(): void {
    try {
      this.save();
    } catch (error) {
      // Memory went back to what the file holds; show that, and let flush() report it.
      this.laterFailure = error;
      this.emit();
    }
  }

  private cancelLater(): void {
    if (this.later !== undefined) clearTimeout(this.later);
    this.later = undefined;
  }

  private rollBack(): void {
    const previous = new Map(this.entries);
    this.entries.clear();
    for (const stored of this.saved.records) this.entries.set(stored.id, { ...(previous.get(stored.id) ?? {}), stored });
    this.weakOptIn = this.saved.weakOptIn;
  }

  private emit(): void {
    this.listeners.emit();
  }

  private track<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    this.pending.add(running);
    void running.finally(() => this.pending.delete(running)).catch(() => {});
    return running;
  }
}
