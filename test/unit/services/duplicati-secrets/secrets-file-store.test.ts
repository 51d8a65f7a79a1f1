import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptAesCrypt, encryptAesCrypt } from '../../../../electron/services/aes-crypt';
import {
  createSecretsFileStore,
  newSecretsFilePassphrase,
  type SecretStore,
} from '../../../../electron/services/duplicati-secrets';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { SAMPLES } from '../../../fixtures/aescrypt/samples';
import { storeProblemOf } from '../../../fixtures/store-problem';

const AUTHID = 'f1e2d3c4b5a6978812345678901234:Q2x.-_abcdefghijABCDEFGHIJ0123456';
registerSecret(AUTHID);

let dir: string;
let file: string;
let passphrase: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'secrets-file-'));
  file = path.join(dir, 'authids.json.aes');
  passphrase = newSecretsFilePassphrase();
  registerSecret(passphrase);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const storeAt = (at = file, secret = () => passphrase): SecretStore =>
  createSecretsFileStore({ path: at, passphrase: async () => secret(), createdBy: 'AuthID Manager test' });

/** What Duplicati's provider gets: the file decrypted, then parsed as a JSON object. */
async function asDuplicatiReadsIt(at = file): Promise<Record<string, string>> {
  return JSON.parse(decryptAesCrypt(await readFile(at), passphrase).toString('utf8')) as Record<string, string>;
}

describe('the secrets file', () => {
  it('holds a JSON object of name → AuthID in AES Crypt version 2, readable only by its owner', async () => {
    const store = storeAt();
    await store.set('authid-photos', AUTHID);
    await store.set('authid-mail', 'v2:onedrivev2:token');
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5)).toEqual(Buffer.from('AES\x02\x00', 'latin1'));
    expect(await asDuplicatiReadsIt()).toEqual({ 'authid-photos': AUTHID, 'authid-mail': 'v2:onedrivev2:token' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['authids.json.aes']);
    expect(await store.get('AUTHID-PHOTOS')).toBe(AUTHID);
    expect(await store.get('authid-none')).toBeNull();
  });

  it('an update replaces the value under any case, leaving one key per name', async () => {
    const store = storeAt();
    await store.set('AuthID-Photos', 'old');
    await store.set('authid-photos', AUTHID);
    expect(await asDuplicatiReadsIt()).toEqual({ 'authid-photos': AUTHID });
  });

  it('delete removes the name and keeps a non-empty file (Duplicati refuses an empty one)', async () => {
    const store = storeAt();
    await store.set('authid-photos', AUTHID);
    expect(await store.delete('AUTHID-photos')).toBe(true);
    expect(await store.delete('authid-photos')).toBe(false);
    expect(await asDuplicatiReadsIt()).toEqual({});
  });

  it('nothing is written for a delete of a name it does not hold, nor for a file that does not exist', async () => {
    expect(await storeAt().delete('authid-x')).toBe(false);
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
  });

  it('keeps what another tool added between two changes (each change re-reads the file)', async () => {
    const store = storeAt();
    await store.set('authid-a', 'A');
    // duplicati-secret-tool, say, adds its own entry.
    const current = await asDuplicatiReadsIt();
    await writeFile(file, encryptAesCrypt(Buffer.from(JSON.stringify({ ...current, 'server-key': 'S' })), passphrase, { createdBy: 'other' }));
    await store.set('authid-b', 'B');
    expect(await asDuplicatiReadsIt()).toEqual({ 'authid-a': 'A', 'server-key': 'S', 'authid-b': 'B' });
  });

  it('loses no entry when two stores on the same file change it at once', async () => {
    const [one, two] = [storeAt(), storeAt()];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? one : two).set(`authid-${i}`, `value-${i}`)),
    );
    const expected = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`authid-${i}`, `value-${i}`]));
    expect(await asDuplicatiReadsIt()).toEqual(expected);
    expect(await readdir(dir)).toEqual(['authids.json.aes']);
  });

  it('loses no entry when other processes change it at the same time', async () => {
    const writer = path.join(import.meta.dirname, 'secrets-file-writer.ts');
    const run = (prefix: string) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', writer, file, prefix, '4'], { stdio: ['pipe', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`writer ${prefix} exited with ${code}`))));
        child.stdin.end(passphrase);
      });
    const store = storeAt();
    const [a, b] = await Promise.all([run('p1'), run('p2'), ...Array.from({ length: 4 }, (_, i) => store.set(`main-${i}`, `value-of-main-${i}`))]);
    expect([a, b]).toEqual(['done\n', 'done\n']);
    const names = Object.keys(await asDuplicatiReadsIt()).sort();
    expect(names).toEqual(['main', 'p1', 'p2'].flatMap((prefix) => Array.from({ length: 4 }, (_, i) => `${prefix}-${i}`)).sort());
  }, 60_000);

  it('a wrong passphrase or a damaged file is reported, and not overwritten', async () => {
    await storeAt().set('authid-a', 'A');
    const before = await readFile(file);
    const wrong = storeAt(file, () => 'not the passphrase');
    expect(await storeProblemOf(wrong.get('authid-a'))).toMatch(/^damaged: The secrets file .* cannot be opened: The passphrase is wrong/);
    expect(await storeProblemOf(wrong.set('authid-b', 'B'))).toMatch(/^damaged:/);
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('refuses a file whose size byte was cleared (the one damage version 2 cannot see itself)', async () => {
    const sample = SAMPLES[1]!; // "{}" padded with fourteen 0x0e bytes
    const damaged = Buffer.from(sample.encrypted);
    damaged[damaged.length - 33] = 0;
    const at = path.join(dir, 'cleared.json.aes');
    await writeFile(at, damaged);
    const store = storeAt(at, () => sample.passphrase);
    expect(await storeProblemOf(store.get('x'))).toMatch(/^damaged: .*not a JSON object/);
  });

  it('a missing folder (an unmounted share) is explained, and probing says so too', async () => {
    const store = storeAt(path.join(dir, 'not-mounted', 'authids.json.aes'));
    expect(await storeProblemOf(store.set('authid-a', AUTHID))).toMatch(/^unavailable: The folder .*not-mounted does not exist \(is the drive or network share mounted\?\)/);
    expect(await store.probe()).toMatchObject({ usable: false, problem: 'unavailable' });
  });

  it('probing a new file says it will be created; an empty value is refused', async () => {
    const store = storeAt();
    expect(await store.probe()).toEqual({ usable: true, note: 'The file will be created with the first AuthID written to it.' });
    expect(await storeProblemOf(store.set('authid-a', ''))).toMatch(/^bad-value: An empty value/);
  });
});
