/**
 * Attack and accident on the token file (sealed v1 entries): another local user plants a
 * symlink or a world-readable file where the server writes its temporary file (the name used to
 * be predictable: `<file>.<pid>.tmp`), or a second server on the same data folder overwrites the
 * first one's entries. The file must be written through a fresh, exclusive, owner-only temporary
 * file, flushed to disk with its folder, by one writer at a time.
 */
import { chmod, lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi  } from 'vitest';
import { parseAuthId } from '../../../../electron/authid-server/authid-format';
import { JsonFileTokenStorage } from '../../../../electron/authid-server/storage/json-file-token-storage';
import { SealedTokenStore } from '../../../../electron/authid-server/storage/sealed-token-store';

const TOKENS = { access_token: 'secret-access', refresh_token: 'secret-refresh', expires_in: 3600 };
const posix = process.platform !== 'win32';

let dir: string;
let file: string;
const opened: JsonFileTokenStorage[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'token-file-attack-'));
  file = join(dir, 'tokens.json');
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const storage of opened.splice(0)) await (storage as { close?: () => Promise<void> }).close?.();
  await rm(dir, { recursive: true, force: true });
});

function storageAt(path: string): JsonFileTokenStorage {
  const storage = new JsonFileTokenStorage(path);
  opened.push(storage);
  return storage;
}

/** Every name the old code could have used for its temporary file in this process. */
const predictableTemporary = (): string => `${file}.${process.pid}.tmp`;

describe.runIf(posix)('the temporary file', () => {
  it('a symlink planted at the old predictable name is never written through', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'someone else’s file');
    await symlink(victim, predictableTemporary());
    await new SealedTokenStore(storageAt(file)).create('onedrivev2', TOKENS);
    expect(await readFile(victim, 'utf8')).toBe('someone else’s file');
    expect((await lstat(file)).isSymbolicLink()).toBe(false);
  });

  it('a world-readable file planted there does not make the token file world-readable', async () => {
    await writeFile(predictableTemporary(), '');
    await chmod(predictableTemporary(), 0o666);
    await new SealedTokenStore(storageAt(file)).create('onedrivev2', TOKENS);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('no temporary file is left behind', async () => {
    const store = new SealedTokenStore(storageAt(file));
    await Promise.all([1, 2, 3].map((i) => store.create(`p${i}`, TOKENS)));
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

it('a second writer on the same file loses none of the first one’s entries', async () => {
  const first = storageAt(file);
  const second = storageAt(file);
  const kept: string[] = [];
  const create = async (storage: JsonFileTokenStorage, provider: string): Promise<void> => {
    try {
      kept.push(await new SealedTokenStore(storage).create(provider, TOKENS));
    } catch {
      // Refusing a second writer is fine; losing an entry it reported as stored is not.
    }
  };
  // Both have read the file before either writes, as two running servers would have.
  await Promise.allSettled([first.get('x'), second.get('x')]);
  await create(first, 'one');
  await create(second, 'two');
  await create(first, 'three');
  expect(kept.length).toBeGreaterThanOrEqual(2);
  for (const storage of [first, second]) await (storage as { close?: () => Promise<void> }).close?.();

  const reader = new SealedTokenStore(storageAt(file));
  for (const authId of kept) {
    const { keyId, password } = parseAuthId(authId) as { keyId: string; password: string };
    await expect(reader.read(keyId, password)).resolves.toBeDefined();
  }
});

it('each write is flushed: the file’s data and its folder', async () => {
  // Durability cannot be observed without cutting the power; what can be checked is that the
  // write asks the operating system to flush both, in that order, before it reports success.
  const probe = await open(join(dir, 'probe'), 'w');
  const prototype = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const sync = vi.spyOn(prototype, 'sync');
  await new SealedTokenStore(storageAt(file)).create('onedrivev2', TOKENS);
  expect(sync.mock.calls.length).toBeGreaterThanOrEqual(posix ? 2 : 1);
});
