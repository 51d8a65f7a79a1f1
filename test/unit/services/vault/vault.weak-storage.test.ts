import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOST_REASON } from '../../../../electron/services/vault/vault-record';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';
import { dropbox, openTestVault, rawVaultFile } from '../../../fixtures/open-test-vault';

const SECRET = 'cccccccccccccccccccccccccccccc:weak-password-89';

let folder: TempFolder;
let box: FakeSecretBox;
beforeEach(() => {
  folder = tempFolder();
  box = new FakeSecretBox();
  box.description = { available: true, backend: 'basic_text' };
});
afterEach(() => folder.remove());

const secretsOnDisk = () => (JSON.parse(rawVaultFile(folder)) as { records: { secret: unknown }[] }).records.map((r) => r.secret);

describe('where the OS cannot encrypt (basic_text)', () => {
  it('keeps AuthIDs in memory only, says so, and after a restart asks for re-authorization', async () => {
    const vault = await openTestVault(folder, box);
    expect(vault.status()).toMatchObject({ protection: 'memory-only', backend: 'basic_text (no keyring)', weakOptInAllowed: true, weakOptIn: false });
    expect(vault.status().explanation).toMatch(/memory only.*never written to disk/);
    expect(vault.status().explanation).toMatch(/quits.*re-authorization/);

    const { id } = await vault.add(dropbox(SECRET, { label: 'Weak' }));
    expect(vault.get(id)).toMatchObject({ protection: 'memory-only', secret: 'available' });
    expect(await vault.readSecret(id)).toBe(SECRET);
    expect(secretsOnDisk()).toEqual([{ protection: 'memory-only' }]);
    expect(box.encryptions).toBe(0);

    const restarted = await openTestVault(folder, box);
    expect(restarted.get(id)).toMatchObject({ label: 'Weak', secret: 'lost', health: 'needs-reauthorization', healthReason: LOST_REASON });
    await expect(restarted.readSecret(id)).rejects.toMatchObject({ code: 'needs-reauthorization' });
  });

  it('an explicit opt-in stores them weakly on disk and the status keeps saying so', async () => {
    const vault = await openTestVault(folder, box);
    const { id } = await vault.add(dropbox(SECRET));
    const status = await vault.setWeakOptIn(true);
    expect(status).toMatchObject({ protection: 'weak-on-disk', weakOptIn: true, weakOptInAllowed: true });
    expect(status.explanation).toMatch(/key that is built into Chromium.*not protection.*anyone who can read your files/);
    expect(vault.get(id)).toMatchObject({ protection: 'weak-on-disk', secret: 'available' });
    expect(secretsOnDisk()).toEqual([{ protection: 'weak-on-disk', encoding: 'basic_text', ciphertext: expect.any(String) }]);
    expect(rawVaultFile(folder)).not.toContain(SECRET);

    const restarted = await openTestVault(folder, box);
    expect(restarted.status()).toMatchObject({ protection: 'weak-on-disk', weakOptIn: true });
    expect(await restarted.readSecret(id)).toBe(SECRET);
    const another = await restarted.add(dropbox('v2:dropbox:second'));
    expect(another.protection).toBe('weak-on-disk');
  });

  it('turning the opt-in off removes the weak ciphertexts from disk but keeps the AuthIDs for the session', async () => {
    const vault = await openTestVault(folder, box);
    await vault.setWeakOptIn(true);
    const { id } = await vault.add(dropbox(SECRET));
    const restarted = await openTestVault(folder, box);
    expect((await restarted.setWeakOptIn(false)).protection).toBe('memory-only');
    expect(secretsOnDisk()).toEqual([{ protection: 'memory-only' }]);
    expect(rawVaultFile(folder)).not.toContain('ciphertext');
    expect(await restarted.readSecret(id)).toBe(SECRET);
    expect((await openTestVault(folder, box)).get(id)?.secret).toBe('lost');
  });

  it('with no encryption at all, weak storage is plain base64 and the wording says so', async () => {
    box.description = { available: false, backend: 'unknown' };
    const vault = await openTestVault(folder, box);
    expect(vault.status().explanation).toMatch(/offers no encryption/);
    await vault.add(dropbox(SECRET));
    const status = await vault.setWeakOptIn(true);
    expect(status.explanation).toMatch(/only base64-encoded, which is no protection at all/);
    expect(secretsOnDisk()).toEqual([{ protection: 'weak-on-disk', encoding: 'base64', ciphertext: Buffer.from(SECRET).toString('base64') }]);
    expect(box.encryptions).toBe(0);
  });

  it('moves weakly stored AuthIDs into the keyring once one is available', async () => {
    const vault = await openTestVault(folder, box);
    await vault.setWeakOptIn(true);
    const { id } = await vault.add(dropbox(SECRET));
    box.description = { available: true, backend: 'gnome_libsecret' };
    const withKeyring = await openTestVault(folder, box);
    expect(withKeyring.status()).toMatchObject({ protection: 'os-encrypted', weakOptInAllowed: false });
    expect(withKeyring.get(id)?.protection).toBe('os-encrypted');
    expect(secretsOnDisk()).toEqual([{ protection: 'os-encrypted', ciphertext: expect.any(String) }]);
    expect(await withKeyring.readSecret(id)).toBe(SECRET);
    await expect(withKeyring.setWeakOptIn(true)).rejects.toMatchObject({ code: 'weak-storage-not-needed' });
  });
});
