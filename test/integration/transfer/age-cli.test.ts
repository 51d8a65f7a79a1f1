// The export file against an independent implementation of the age format: Debian's `age`
// command decrypts what the app wrote (at the app's real scrypt cost), and a file the `age`
// command encrypted imports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { buildExportFile, EXPORT_FORMAT, readImportFile, type ExportSource } from '../../../electron/services/transfer';
import type { VaultRecord } from '../../../electron/services/vault/vault-record';
import { requireAge, runAge } from '../../fixtures/age-cli/age-cli';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';

const PASSPHRASE = 'violet tundra ledger marble oyster';
const OTHER_PASSPHRASE = 'quarry-lantern-pepper-nomad-thistle';
const V1 = '0123456789abcdef0123456789abcdef:Pa55-word_with.chars!';
for (const secret of [PASSPHRASE, OTHER_PASSPHRASE, V1]) registerSecret(secret);

// Each test runs scrypt at age's real cost (2^18) once in each implementation: about a second each
// on a desktop, but the app's is pure JavaScript and many times slower on a crowded CI machine.
const SCRYPT_AT_REAL_COST_MS = 120_000;

let folder: string;
beforeAll(() => {
  requireAge();
  folder = mkdtempSync(path.join(tmpdir(), 'authid-age-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const record: VaultRecord = {
  id: 'r1',
  label: 'Photos',
  provider: 'dropbox',
  serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com',
  kind: 'v1',
  created: '2025-03-01T12:00:00.000Z',
  accountName: 'alice@example.com',
  history: [],
  destinations: [{ id: 'd1', name: 'Laptop', path: 'Backups/Laptop', options: {} }],
  protection: 'os-encrypted',
  secret: 'available',
  health: 'healthy',
  healthReason: 'ok',
};
const source: ExportSource = { record, authId: V1 };

describe('the age command', () => {
  it('decrypts the exported file, written at the default scrypt cost, to the documented JSON', async () => {
    const result = await buildExportFile([source], PASSPHRASE);
    if (!result.ok) throw new Error(result.message);
    expect(result.fileText).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);
    const exported = path.join(folder, 'authids.age');
    const decrypted = path.join(folder, 'authids.json');
    writeFileSync(exported, result.fileText);

    const run = await runAge(['--decrypt', '--output', decrypted, exported], PASSPHRASE);
    expect(run.code, run.terminal).toBe(0);
    expect(run.terminal).toContain('Enter passphrase');
    expect(JSON.parse(readFileSync(decrypted, 'utf8'))).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      authIds: [{ label: 'Photos', provider: 'dropbox', server: record.serverBaseUrl, kind: 'v1', authId: V1, accountName: 'alice@example.com', destinations: [{ name: 'Laptop', path: 'Backups/Laptop', options: {} }] }],
    });
  }, SCRYPT_AT_REAL_COST_MS);

  it('encrypts a file (binary, at its own default cost) that the app imports', async () => {
    const plain = path.join(folder, 'by-hand.json');
    const encrypted = path.join(folder, 'by-hand.age');
    const document = { format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), exportedBy: 'a text editor', authIds: [{ label: 'Edited', provider: 'dropbox', server: record.serverBaseUrl, kind: 'v1', authId: V1, destinations: [] }] };
    writeFileSync(plain, JSON.stringify(document));

    const run = await runAge(['--passphrase', '--output', encrypted, plain], OTHER_PASSPHRASE);
    expect(run.code, run.terminal).toBe(0);
    const bytes = readFileSync(encrypted);
    expect(bytes.subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');

    const reading = await readImportFile(bytes, { passphrase: OTHER_PASSPHRASE });
    expect(reading.ok && reading.candidates.map((c) => [c.label, c.authId])).toEqual([['Edited', V1]]);
  }, SCRYPT_AT_REAL_COST_MS);
});
