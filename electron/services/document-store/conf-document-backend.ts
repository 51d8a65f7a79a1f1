/**
 * The document backend built on `conf`, shared by the app (electron-store is a `conf`
 * subclass) and the tests (plain `conf` on a temporary folder), so both run the same code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Options as ConfOptions } from 'conf';
import { DocumentChangedElsewhere, type DocumentBackend, type DocumentSpec, type DocumentStore } from './document-store';

type Document = Record<string, unknown>;

/** The options this backend passes; both `conf` and electron-store understand them. */
export type ConfDocumentOptions = Required<
  Pick<
    ConfOptions<Document>,
    'cwd' | 'configName' | 'schema' | 'defaults' | 'projectVersion' | 'migrations' | 'clearInvalidConfig' | 'configFileMode'
  >
>;

/** What the backend needs from a constructed store. */
export interface ConfLike {
  readonly path: string;
  store: Document;
}

export type CreateConf = (options: ConfDocumentOptions) => ConfLike;

export function confDocumentBackend(directory: string, createConf: CreateConf): DocumentBackend {
  return {
    pathOf: (name) => path.join(directory, `${name}.json`),
    open: <S extends z.ZodObject>(spec: DocumentSpec<S>): DocumentStore<z.output<S>> => {
      const jsonSchema = z.toJSONSchema(spec.schema, { io: 'input' }) as { properties: ConfDocumentOptions['schema'] };
      const conf = createConf({
        cwd: directory,
        configName: spec.name,
        schema: jsonSchema.properties,
        defaults: spec.defaults,
        projectVersion: spec.version,
        // Always given (even empty) so conf records the format version in the file.
        migrations: { ...spec.migrations },
        // Throw instead of silently emptying the file: openDocument moves it aside first.
        clearInvalidConfig: false,
        configFileMode: 0o600,
      });
      // What the file held when this store last read or wrote it.
      let seen = fingerprint(conf.path);
      return {
        path: conf.path,
        read: () => {
          const now = fingerprint(conf.path);
          // conf has checked the JSON schema; zod types it and drops conf's own bookkeeping key.
          const document = spec.schema.parse(conf.store);
          seen = now;
          return document;
        },
        write: (document) => {
          const now = fingerprint(conf.path);
          // Unreadable (gone, a folder in its place): the write itself says what is wrong.
          if (now !== undefined && seen !== undefined && now !== seen) throw new DocumentChangedElsewhere(conf.path);
          conf.store = spec.schema.parse(document);
          seen = fingerprint(conf.path);
        },
      };
    },
  };
}

/** A hash of the file's bytes, or undefined when it cannot be read. */
function fingerprint(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('base64');
  } catch {
    return undefined;
  }
}
