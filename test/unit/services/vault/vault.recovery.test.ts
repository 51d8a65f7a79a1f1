import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VAULT_FILE, dropbox, openTestVault, rawVaultFile, vaultFilesPerTest } from '../../../fixtures/open-test-vault';

const ALICE = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:alice-password-123';
const BOB = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:bob-password-4567';
const AT = '2025-03-01T12:00:00.000Z';
const ASIDE = 'vault.corrupt-2025-03-01T12-00-00-000Z.json';

const files = vaultFilesPerTest();

describe('an unreadable vault file', () => {
  it('that is not JSON is moved aside, the user is told, and the vault starts empty', async () => {
    fs.writeFileSync(files.folder.file(VAULT_FILE), '{"records": [ {"id": "trunc');
    const vault = await openTestVault(files.folder, files.box, AT);
    expect(vault.status().recoveredFrom).toBe(files.folder.file(ASIDE));
    expect(fs.readFileSync(files.folder.file(ASIDE), 'utf8')).toBe('{"records": [ {"id": "trunc');
    expect(vault.list()).toEqual([]);
    await vault.add(dropbox(ALICE));
    expect((await openTestVault(files.folder, files.box)).status().recoveredFrom).toBeUndefined();
  });

  it('keeps every record that still fits the schema and drops the rest', async () => {
    const first = await openTestVault(files.folder, files.box);
    const alice = await first.add(dropbox(ALICE, { label: 'Alice' }));
    const bob = await first.add(dropbox(BOB, { label: 'Bob' }));
    const onDisk = JSON.parse(rawVaultFile(files.folder));
    onDisk.records[0].provider = 'not-a-provider';
    onDisk.records.push({ id: 'junk' }, 42);
    onDisk.weakOptIn = 'yes';
    fs.writeFileSync(files.folder.file(VAULT_FILE), JSON.stringify(onDisk));

    const vault = await openTestVault(files.folder, files.box, AT);
    expect(vault.status().recoveredFrom).toBe(files.folder.file(ASIDE));
    expect(vault.list().map((r) => r.id)).toEqual([bob.id]);
    expect(await vault.readSecret(bob.id)).toBe(BOB);
    expect(vault.status().weakOptIn).toBe(false);
    expect(JSON.parse(fs.readFileSync(files.folder.file(ASIDE), 'utf8')).records[0].id).toBe(alice.id);
    // The fresh file passes the schema: a restart opens it without recovery.
    expect((await openTestVault(files.folder, files.box)).list().map((r) => r.label)).toEqual(['Bob']);
  });
});
