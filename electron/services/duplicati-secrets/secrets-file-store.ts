/**
 * Duplicati's `file-secret` store: an AES Crypt (version 2) file holding a JSON object of
 * name → AuthID. Every change locks the file (across processes and machines sharing a folder),
 * reads it again, applies only that change and rewrites it atomically, so no entry is lost to a
 * concurrent writer and Duplicati never reads a half-written file.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AesCryptError, decryptAesCrypt, encryptAesCrypt } from '../aes-crypt';
import { SecretStoreError, probeBy, type SecretStore } from './secret-store';
import {
  keyFor,
  parseSecretsDocument,
  serializeSecretsDocument,
  withSecret,
  withoutSecret,
  type SecretsDocument,
} from './secrets-document';
import { assertStorableValue } from './stored-value';
import { writeFileAtomically } from './write-file-atomically';

export interface SecretsFileStoreOptions {
  readonly path: string;
  readonly passphrase: () => Promise<string>;
  /** Written into the file's CREATED_BY extension, e.g. "AuthID Manager 0.1.0". */
  readonly createdBy: string;
  /** How long a change waits for another writer before giving up. */
  readonly lockWaitMs?: number;
}

const DISPLAY_NAME = 'the encrypted secrets file';

export interface SecretsFileStore extends SecretStore {
  /** Writes a file holding exactly these entries (a new file, or one whose passphrase changed). */
  replaceAll(entries: ReadonlyMap<string, string>): Promise<void>;
}

export function createSecretsFileStore(options: SecretsFileStoreOptions): SecretsFileStore {
  const file = options.path;
  let queue: Promise<unknown> = Promise.resolve();
  /** One change at a time from this store; the lock file orders it against everyone else. */
  const serialized = <T>(change: () => Promise<T>): Promise<T> => {
    const next = queue.then(change, change);
    queue = next.catch(() => undefined);
    return next;
  };

  const read = async (): Promise<SecretsDocument | null> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw fileError(error, file);
    }
    try {
      return parseSecretsDocument(decryptAesCrypt(bytes, await options.passphrase()));
    } catch (error) {
      if (error instanceof AesCryptError) {
        throw new SecretStoreError('damaged', `The secrets file ${file} cannot be opened: ${error.message}`);
      }
      throw error;
    }
  };

  const write = async (document: SecretsDocument) => {
    const plaintext = serializeSecretsDocument(document);
    await writeFileAtomically(file, encryptAesCrypt(plaintext, await options.passphrase(), { createdBy: options.createdBy }));
  };
  const change = (apply: (document: SecretsDocument) => SecretsDocument | null) =>
    serialized(() =>
      withLock(file, options.lockWaitMs ?? 15_000, async () => {
        const next = apply((await read()) ?? new Map());
        if (next === null) return false;
        await write(next);
        return true;
      }),
    );

  return {
    kind: 'file-secret',
    displayName: DISPLAY_NAME,
    async set(name, value) {
      assertStorableValue(value, { storeName: DISPLAY_NAME });
      await change((document) => withSecret(document, name, value));
    },
    async get(name) {
      const document = await read();
      const key = document === null ? undefined : keyFor(document, name);
      return key === undefined ? null : (document?.get(key) ?? null);
    },
    async replaceAll(entries) {
      for (const value of entries.values()) assertStorableValue(value, { storeName: DISPLAY_NAME });
      await serialized(() => withLock(file, options.lockWaitMs ?? 15_000, () => write(new Map(entries))));
    },
    delete: (name) => change((document) => (keyFor(document, name) === undefined ? null : withoutSecret(document, name))),
    probe: () =>
      probeBy(async () => {
        await folderOf(file);
        const document = await read();
        return document === null ? 'The file will be created with the first AuthID written to it.' : undefined;
      }),
  };
}

async function withLock<T>(file: string, waitMs: number, work: () => Promise<T>): Promise<T> {
  await folderOf(file);
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      stale: 10_000,
      retries: { retries: Math.ceil(waitMs / 100), minTimeout: 20, maxTimeout: 100, factor: 1.3, randomize: true },
      // The default throws from a timer, which would take the whole app down.
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new SecretStoreError(
        'failed',
        `Another program has been changing the secrets file ${file} for too long (its lock ${file}.lock stays). Try again in a moment.`,
      );
    }
    throw fileError(error, file);
  }
  try {
    const result = await work();
    if (compromised !== undefined) throw new SecretStoreError('failed', `The lock on ${file} was taken over while the file was written; try again.`);
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}

async function folderOf(file: string): Promise<void> {
  if (!path.isAbsolute(file)) throw new SecretStoreError('bad-path', `The secrets file needs a full path, not “${file}”.`);
  const folder = path.dirname(file);
  const info = await stat(folder).catch(() => null);
  if (info === null || !info.isDirectory()) {
    throw new SecretStoreError(
      'unavailable',
      `The folder ${folder} does not exist (is the drive or network share mounted?). Connect it, or choose another place for the secrets file.`,
    );
  }
}

function fileError(error: unknown, file: string): SecretStoreError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new SecretStoreError('denied', `The app may not read or write ${file}. Check the file’s and the folder’s permissions.`);
  }
  return new SecretStoreError('failed', `The secrets file ${file} could not be used (${code ?? 'unknown error'}).`);
}
