/** Real document files in a fresh temporary folder, through plain `conf` (what electron-store builds on). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { confDocumentBackend } from '../../../electron/services/document-store/conf-document-backend';
import type { DocumentBackend } from '../../../electron/services/document-store/document-store';

export interface TempFolder {
  readonly directory: string;
  /** A new backend on the same folder, like the app after a restart. */
  backend(): DocumentBackend;
  file(name: string): string;
  remove(): void;
}

export function tempFolder(): TempFolder {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'authid-manager-'));
  return {
    directory,
    backend: () => confDocumentBackend(directory, (options) => new Conf<Record<string, unknown>>(options)),
    file: (name) => path.join(directory, name),
    remove: () => fs.rmSync(directory, { recursive: true, force: true }),
  };
}
