import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it  } from 'vitest';
import { parseAuthId } from '../../../electron/authid-server/authid-format';
import { JsonFileTokenStorage } from '../../../electron/authid-server/storage/json-file-token-storage';
import { SealedTokenStore } from '../../../electron/authid-server/storage/sealed-token-store';
import { seal, unseal, UnsealError } from '../../../electron/authid-server/storage/token-sealing';
import { MemoryTokenStorage } from '../../../electron/authid-server';

const TOKENS = { access_token: 'secret-access', refresh_token: 'secret-refresh', expires_in: 3600 };

describe('sealing', () => {
  it('opens with the password and key id it was sealed under, and with nothing else', async () => {
    const entry = await seal('{"x":1}', 'the-password', 'key-1');
    expect(await unseal(entry, 'the-password', 'key-1')).toBe('{"x":1}');
    await expect(unseal(entry, 'other-password', 'key-1')).rejects.toBeInstanceOf(UnsealError);
    await expect(unseal(entry, 'the-password', 'key-2')).rejects.toBeInstanceOf(UnsealError);
    const flipped = Buffer.from(entry.data, 'base64');
    flipped[0]! ^= 1;
    await expect(unseal({ ...entry, data: flipped.toString('base64') }, 'the-password', 'key-1')).rejects.toBeInstanceOf(UnsealError);
  });

  it('uses a fresh salt and IV every time', async () => {
    const [a, b] = await Promise.all([seal('same', 'pw', 'k'), seal('same', 'pw', 'k')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });
});

describe('sealed token store', () => {
  it('issues v1 AuthIDs that unlock their tokens; a wrong password or unknown key reads as one error', async () => {
    const store = new SealedTokenStore(new MemoryTokenStorage());
    const authId = await store.create('box.com', TOKENS);
    const shape = parseAuthId(authId);
    if (shape.kind !== 'v1') throw new Error('expected v1');
    expect(shape.keyId).toMatch(/^[0-9a-f]{30}$/);
    expect(shape.password).toMatch(/^[A-Za-z0-9!\-_.]{32}$/);
    expect(await store.read(shape.keyId, shape.password)).toEqual({ providerId: 'box.com', tokens: TOKENS });
    await expect(store.read(shape.keyId, 'wrong')).rejects.toBeInstanceOf(UnsealError);
    await expect(store.read('0'.repeat(30), shape.password)).rejects.toBeInstanceOf(UnsealError);
    await expect(store.delete(shape.keyId, 'wrong')).rejects.toBeInstanceOf(UnsealError);
    await store.delete(shape.keyId, shape.password);
    await expect(store.read(shape.keyId, shape.password)).rejects.toBeInstanceOf(UnsealError);
  });
});

describe('JSON file storage', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'authid-server-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('survives a restart, is owner-only and holds no token in clear', async () => {
    const file = join(dir, 'tokens.json');
    const first = new JsonFileTokenStorage(file);
    const authId = await new SealedTokenStore(first).create('onedrivev2', TOKENS);
    const { keyId, password } = parseAuthId(authId) as { keyId: string; password: string };
    await first.close();

    const reopenedStorage = new JsonFileTokenStorage(file);
    const reopened = new SealedTokenStore(reopenedStorage);
    expect((await reopened.read(keyId, password)).tokens).toEqual(TOKENS);
    const text = await readFile(file, 'utf8');
    expect(text).toContain(keyId);
    expect(text).not.toMatch(/secret-access|secret-refresh|onedrivev2/);
    expect(text).not.toContain(password);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);

    await reopened.delete(keyId, password);
    await reopenedStorage.close();
    const last = new JsonFileTokenStorage(file);
    await expect(new SealedTokenStore(last).read(keyId, password)).rejects.toBeInstanceOf(UnsealError);
    await last.close();
  });

  it('serialises concurrent writes without losing one', async () => {
    const storage = new JsonFileTokenStorage(join(dir, 'tokens.json'));
    const store = new SealedTokenStore(storage);
    const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => store.create(`p${i}`, TOKENS)));
    await storage.close();
    const rereadStorage = new JsonFileTokenStorage(join(dir, 'tokens.json'));
    const reread = new SealedTokenStore(rereadStorage);
    for (const [i, authId] of ids.entries()) {
      const { keyId, password } = parseAuthId(authId) as { keyId: string; password: string };
      expect((await reread.read(keyId, password)).providerId).toBe(`p${i}`);
    }
    await rereadStorage.close();
  });
});
