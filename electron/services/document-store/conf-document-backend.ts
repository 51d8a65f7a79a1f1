/**
 * The document backend built on `conf`, shared by the app (electron-store is a `conf`
 * subclass) and the tests (plain `conf` on a temporary folder), so both run the same code.
 * zod is the one validator: conf gets no JSON schema, so each record is checked once per read
 * and once per write instead of twice.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Options as ConfOptions } from 'conf';
import { DocumentChangedElsewhere, type DocumentBackend, type DocumentSpec, type DocumentStore } from './document-store';

type Document = Record<string, unknown>;

/** The options this backend passes; both `conf` and electron-store understand them. */
export type ConfDocumentOptions = Required<
  Pick<ConfOptions<Document>, 'cwd' | 'configName' | 'defaults' | 'projectVersion' | 'migrations' | 'clearInvalidConfig' | 'configFileMode'>
>;

/** What the backend needs from a constructed store. */
export interface ConfLike {
  readonly path: string;
  store: Document;
}

export type CreateConf = (options: ConfDocumentOptions) => ConfLike;

export function confDocumentBackend(directory: string, createConf: CreateConf): DocumentBackend {
  const pathOf = (name: string): string => path.join(directory, `${name}.json`);
  return {
    pathOf,
    open: <S extends z.ZodObject>(spec: DocumentSpec<S>): DocumentStore<z.output<S>> => {
      const file = pathOf(spec.name);
      let conf: ConfLike | undefined;
      const started = (): ConfLike =>
        (conf ??= createConf({
          cwd: directory,
          configName: spec.name,
          defaults: spec.defaults,
          projectVersion: spec.version,
          // Always given (even empty) so conf records the format version in the file.
          migrations: { ...spec.migrations },
          // Throw instead of silently emptying the file: openDocument moves it aside first.
          clearInvalidConfig: false,
          configFileMode: 0o600,
        }));
      // What the file held when this store last read or wrote it.
      let seen = fileFingerprint(file);
      return {
        path: file,
        read: () => {
          let bytes = readIfPresent(file);
          let document = bytes === undefined ? undefined : currentDocument(bytes, spec);
          if (document === undefined) {
            // conf creates or migrates the file as it starts.
            document = started().store;
            bytes = readIfPresent(file);
          }
          seen = fingerprint(bytes);
          // zod types the document and drops conf's own bookkeeping key.
          return spec.schema.parse(document);
        },
        write: (document) => {
          const now = fileFingerprint(file);
          // Unreadable (gone, a folder in its place): the write itself says what is wrong.
          if (now !== undefined && seen !== undefined && now !== seen) throw new DocumentChangedElsewhere(file);
          started().store = spec.schema.parse(document);
          seen = fileFingerprint(file);
        },
      };
    },
  };
}

/** The file's bytes, or undefined when there is no file; other failures throw. */
function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const fingerprint = (bytes: Buffer | undefined): string | undefined =>
  bytes === undefined ? undefined : createHash('sha256').update(bytes).digest('base64');

/** The fingerprint of the file, or undefined when it cannot be read. */
function fileFingerprint(file: string): string | undefined {
  try {
    return fingerprint(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Where conf keeps the format version a file was last migrated to. */
function formatVersion(document: Document): unknown {
  const internal = document.__internal__ as { migrations?: { version?: unknown } } | undefined;
  return internal?.migrations?.version;
}

/**
 * The file's document, read once, when it is already at this format version: then conf's
 * start-up would only re-read it (it parses the whole file four times while checking defaults
 * and migrations), so conf is started at the first write instead. Undefined when conf has work
 * to do (an older format). Throws when the file is not JSON.
 */
function currentDocument(bytes: Buffer, spec: DocumentSpec<z.ZodObject>): Document | undefined {
  const parsed: unknown = JSON.parse(bytes.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  if (formatVersion(parsed as Document) !== spec.version) return undefined;
  // What conf would do first: fill in top-level fields the file lacks from the defaults.
  return { ...spec.defaults, ...parsed };
}
