/**
 * Document files through electron-store (a `conf` subclass), so the app runs the same code
 * as the tests. main.ts passes the class and the folder (app.getPath('userData')).
 */
import type { Options } from 'electron-store';
import { confDocumentBackend, type ConfLike, type DocumentBackend } from '../services/document-store';

type StoreOptions = Options<Record<string, unknown>>;
export type ElectronStoreClass = new (options: StoreOptions) => ConfLike;

export function electronStoreBackend(Store: ElectronStoreClass, directory: string): DocumentBackend {
  return confDocumentBackend(
    directory,
    // electron-store calls the file `name`, and its types leave out `projectVersion` because it
    // defaults to the app's version; ours is the document format's version, so pass it anyway.
    ({ configName, ...options }) => new Store({ ...options, name: configName } as StoreOptions),
  );
}
