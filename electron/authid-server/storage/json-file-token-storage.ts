import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import { readOwnFile, writeFileDurably } from './durable-write';
import type { SealedEntry, TokenStorage } from './token-storage';

const fileSchema = z.record(
  z.string(),
  z.object({ salt: z.string(), iv: z.string(), tag: z.string(), data: z.string() }),
);

/** A held lock counts as abandoned when its holder has not renewed it for this long (a crash). */
const STALE_LOCK_MS = 10_000;

/** Another process (a second server on the same data folder) holds the token file. */
class TokenFileInUseError extends Error {
  constructor(path: string) {
    super(`The token file ${path} is in use by another AuthID server. Stop that one, or give this one its own data folder.`);
  }
}

/**
 * Sealed entries in one JSON file, with one writer: the first use takes a lock next to the file
 * (renewed while held, so a crashed holder's lock goes stale) and keeps it until `close()`, so a
 * second server on the same file is refused instead of overwriting the first one's entries.
 * Every change rewrites the file durably (random exclusive temp file, 0600, fsync, rename, fsync
 * of the folder); changes within the process are serialised.
 */
export class JsonFileTokenStorage implements TokenStorage {
  #entries: Map<string, SealedEntry> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #opening: Promise<void> | undefined;
  #release: (() => Promise<void>) | undefined;
  #lockLost = false;

  constructor(private readonly path: string) {}

  open(): Promise<void> {
    this.#opening ??= this.#lock().catch((error: unknown) => {
      this.#opening = undefined;
      throw error;
    });
    return this.#opening;
  }

  async close(): Promise<void> {
    await this.#queue;
    const release = this.#release;
    this.#release = undefined;
    this.#opening = undefined;
    this.#entries = undefined;
    if (release && !this.#lockLost) await release();
  }

  async get(keyId: string): Promise<SealedEntry | undefined> {
    return (await this.#load()).get(keyId);
  }

  set(keyId: string, entry: SealedEntry): Promise<void> {
    return this.#write((entries) => {
      entries.set(keyId, entry);
      return true;
    }).then(() => undefined);
  }

  delete(keyId: string): Promise<boolean> {
    return this.#write((entries) => entries.delete(keyId));
  }

  async #lock(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    try {
      this.#release = await lockfile.lock(this.path, {
        realpath: false,
        stale: STALE_LOCK_MS,
        update: STALE_LOCK_MS / 2,
        // Another process broke the lock (after a long stall here): stop writing rather than race it.
        onCompromised: () => {
          this.#lockLost = true;
        },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new TokenFileInUseError(this.path);
      throw error;
    }
  }

  async #load(): Promise<Map<string, SealedEntry>> {
    await this.open();
    if (this.#entries) return this.#entries;
    let text: string | undefined;
    try {
      text = await readOwnFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    this.#entries ??= new Map(Object.entries(text === undefined ? {} : fileSchema.parse(JSON.parse(text))));
    return this.#entries;
  }

  #write(change: (entries: Map<string, SealedEntry>) => boolean): Promise<boolean> {
    const run = this.#queue.then(async () => {
      const entries = await this.#load();
      if (this.#lockLost) throw new TokenFileInUseError(this.path);
      const next = new Map(entries);
      if (!change(next)) return false;
      await writeFileDurably(this.path, JSON.stringify(Object.fromEntries(next)));
      this.#entries = next;
      return true;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
