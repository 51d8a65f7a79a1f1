/** A settings or vault file the disk refuses to replace, as when it is full or read-only. */
import { mkdirSync, rmSync } from 'node:fs';
import type { RealApp } from '../../fixtures/app/real-app';

/** Every later write of `document` (e.g. 'vault', 'settings') fails: a folder now stands where its file was. */
export function refuseWrites(app: Pick<RealApp, 'folder'>, document: string): void {
  const file = app.folder.file(`${document}.json`);
  rmSync(file, { force: true });
  mkdirSync(file);
}
