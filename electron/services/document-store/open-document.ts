import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Clock } from '../time';
import type { DocumentBackend, DocumentSpec, DocumentStore } from './document-store';
import { salvageDocument } from './salvage-document';

export interface OpenedDocument<T> {
  readonly store: DocumentStore<T>;
  readonly document: T;
  /** Set when the file was unreadable: where it was moved to. */
  readonly recoveredFrom?: string;
}

/**
 * Opens a document; if its file is not JSON or breaks the schema, moves the file aside as
 * `<name>.corrupt-<timestamp>.json`, starts a fresh file with whatever still parses, and
 * says where the old one went.
 */
export function openDocument<S extends z.ZodObject>(
  backend: DocumentBackend,
  spec: DocumentSpec<S>,
  clock: Pick<Clock, 'now'>,
): OpenedDocument<z.output<S>> {
  try {
    const store = backend.open(spec);
    return { store, document: store.read() };
  } catch (error) {
    const file = backend.pathOf(spec.name);
    if (!fs.existsSync(file)) throw error;
    const salvaged = salvageDocument(spec.schema, spec.defaults, readJson(file));
    const aside = path.join(path.dirname(file), `${spec.name}.corrupt-${fileTimestamp(new Date(clock.now()))}.json`);
    fs.renameSync(file, aside);
    const store = backend.open(spec);
    store.write(salvaged);
    return { store, document: store.read(), recoveredFrom: aside };
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** An ISO time that is safe in file names on every OS. */
function fileTimestamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}
