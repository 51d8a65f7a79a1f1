import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { SealedEntry, TokenStorage } from './token-storage';

const fileSchema = z.record(
  z.string(),
  z.object({ salt: z.string(), iv: z.string(), tag: z.string(), data: z.string() }),
);

/**
 * Sealed entries in one JSON file (owner-only), rewritten whole through a temporary file and a
 * rename so a crash never leaves half a file. Writes are serialised.
 */
export class JsonFileTokenStorage implements TokenStorage {
  #entries: Map<string, SealedEntry> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly path: string) {}

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

  async #load(): Promise<Map<string, SealedEntry>> {
    if (this.#entries) return this.#entries;
    let text: string | undefined;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    this.#entries ??= new Map(Object.entries(text === undefined ? {} : fileSchema.parse(JSON.parse(text))));
    return this.#entries;
  }

  #write(change: (entries: Map<string, SealedEntry>) => boolean): Promise<boolean> {
    const run = this.#queue.then(async () => {
      const entries = await this.#load();
      if (!change(entries)) return false;
      const temporary = `${this.path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(Object.fromEntries(entries)), { mode: 0o600 });
      await rename(temporary, this.path);
      return true;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
