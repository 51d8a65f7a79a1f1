/**
 * Ports for a JSON document kept in one file: read and replace the whole document, with a
 * schema (zod, turned into the store's JSON schema) and a format version with migrations.
 */
import type { z } from 'zod';

/**
 * One document file: read it whole, replace it whole (atomically). A write refuses, with
 * `DocumentChangedElsewhere`, when the file changed since this store last read or wrote it:
 * another copy of the app on the same folder would otherwise lose what it saved.
 */
export interface DocumentStore<T> {
  /** Where the file lives; for messages to the user. */
  readonly path: string;
  read(): T;
  write(document: T): void;
}

/** The file was changed by someone else (a second instance, another program) since it was read. */
export class DocumentChangedElsewhere extends Error {
  constructor(readonly path: string) {
    super(`${path} changed since it was read`);
    this.name = 'DocumentChangedElsewhere';
  }
}

/** The store as a migration sees it (conf's own API, keys with dot notation). */
export interface MigratingDocument {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  has(key: string): boolean;
}
export type DocumentMigration = (document: MigratingDocument) => void;

export interface DocumentSpec<S extends z.ZodObject> {
  /** File name without extension. */
  readonly name: string;
  /** Version of the document format (semver); migrations run when it grows. */
  readonly version: string;
  readonly schema: S;
  readonly defaults: z.output<S>;
  /** Keyed by the format version that introduced the change, e.g. `'2.0.0'`. */
  readonly migrations?: Readonly<Record<string, DocumentMigration>>;
}

/** Opens document files in one folder. */
export interface DocumentBackend {
  /** Where the document called `name` lives, whether or not it exists yet. */
  pathOf(name: string): string;
  /** Opens the document; throws when the file is not JSON or breaks the schema. */
  open<S extends z.ZodObject>(spec: DocumentSpec<S>): DocumentStore<z.output<S>>;
}
