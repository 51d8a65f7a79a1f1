import { describe, expect, it } from 'vitest';
import { UNREADABLE_REASON } from '../../../../electron/services/vault/vault-record';
import { dropbox, openTestVault, rawVaultFile, vaultFilesPerTest } from '../../../fixtures/open-test-vault';

const ALICE = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:alice-password-123';
const BOB = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:bob-password-4567';

const files = vaultFilesPerTest();

async function twoRecords() {
  const vault = await openTestVault(files.folder, files.box);
  const alice = await vault.add(dropbox(ALICE, { label: 'Alice' }));
  const bob = await vault.add(dropbox(BOB, { label: 'Bob' }));
  vault.recordCheck(bob.id, { at: '2025-03-01T12:00:00.000Z', health: 'healthy', reason: 'Refreshed.' });
  await vault.flush();
  return { alice: alice.id, bob: bob.id };
}

describe('a secret that no longer decrypts', () => {
  it('marks only that record as needing re-authorization and keeps its ciphertext', async () => {
    const ids = await twoRecords();
    const before = rawVaultFile(files.folder);
    files.box.refuse(ALICE);

    const vault = await openTestVault(files.folder, files.box);
    expect(vault.get(ids.alice)).toMatchObject({ secret: 'unreadable', health: 'needs-reauthorization', healthReason: UNREADABLE_REASON });
    expect(vault.get(ids.bob)).toMatchObject({ secret: 'available', health: 'healthy' });
    await expect(vault.readSecret(ids.alice)).rejects.toMatchObject({ code: 'needs-reauthorization', message: UNREADABLE_REASON });
    expect(await vault.readSecret(ids.bob)).toBe(BOB);
    expect(rawVaultFile(files.folder)).toBe(before);

    // The keyring comes back (e.g. unlocked): the record recovers and says so.
    files.box.allow(ALICE);
    let changes = 0;
    vault.onChange(() => (changes += 1));
    expect(await vault.readSecret(ids.alice)).toBe(ALICE);
    expect(vault.get(ids.alice)).toMatchObject({ secret: 'available', health: 'not-checked' });
    expect(changes).toBe(1);
  });

  it('after the keyring is replaced, re-authorization stores a new secret and keeps the record', async () => {
    const ids = await twoRecords();
    files.box.replaceKeyring();
    const vault = await openTestVault(files.folder, files.box);
    expect(vault.list().map((r) => r.health)).toEqual(['needs-reauthorization', 'needs-reauthorization']);
    await vault.replaceSecret(ids.alice, { authId: ALICE, kind: 'v1' });
    expect(vault.get(ids.alice)).toMatchObject({ label: 'Alice', secret: 'available' });
    expect(await (await openTestVault(files.folder, files.box)).readSecret(ids.alice)).toBe(ALICE);
  });

  it('re-encrypts and saves when the box asks for it, at start and on read', async () => {
    const ids = await twoRecords();
    files.box.rotateKey();
    const encryptionsBefore = files.box.encryptions;
    const vault = await openTestVault(files.folder, files.box);
    expect(files.box.encryptions).toBe(encryptionsBefore + 2);
    const onDisk = JSON.parse(rawVaultFile(files.folder)) as { records: { secret: { ciphertext: string } }[] };
    for (const record of onDisk.records) expect(Buffer.from(record.secret.ciphertext, 'base64')[0]).toBe(2);

    files.box.rotateKey();
    expect(await vault.readSecret(ids.bob)).toBe(BOB);
    await vault.flush();
    expect(files.box.encryptions).toBe(encryptionsBefore + 3);
    expect(await (await openTestVault(files.folder, files.box)).readSecret(ids.alice)).toBe(ALICE);
  });
});
