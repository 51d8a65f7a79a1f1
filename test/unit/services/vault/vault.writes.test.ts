// When and how the vault writes its file: a disk that refuses a write gets a message that says
// what to check and memory stays what the file holds; check results are written in batches.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi  } from 'vitest';
import { UserFacingError } from '../../../../electron/ipc/user-facing-error';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';
import { VAULT_FILE, dropbox, openTestVault } from '../../../fixtures/open-test-vault';

const SECRET = '0123456789abcdef0123456789abcd:Pa55-word_with.chars!';
const OTHER = '0123456789abcdef0123456789abce:An0ther-word_with.chars';

let folder: TempFolder;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

/** A folder where the file was: the next atomic replace fails, as on a full or read-only disk. */
function refuseWrites(): void {
  fs.rmSync(folder.file(VAULT_FILE), { force: true });
  fs.mkdirSync(folder.file(VAULT_FILE));
}

describe('a vault whose file cannot be written', () => {
  it('refuses rename, add, destination and remove with a clear message; memory keeps the saved state', async () => {
    const vault = await openTestVault(folder, new FakeSecretBox());
    const kept = await vault.add(dropbox(SECRET, { label: 'Photos' }));
    const before = JSON.stringify(vault.list());
    let changes = 0;
    vault.onChange(() => void (changes += 1));
    refuseWrites();

    const attempts = [
      () => vault.rename(kept.id, 'Renamed'),
      () => vault.addDestination(kept.id, { name: 'Laptop', path: 'Backups', options: {} }),
      () => vault.remove(kept.id),
    ];
    for (const attempt of attempts) {
      const error = (() => {
        try {
          attempt();
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as UserFacingError).message).toMatch(/^Nothing was changed: .*vault\.json could not be saved/);
    }
    await expect(vault.add(dropbox(OTHER, { label: 'Other' }))).rejects.toMatchObject({ code: 'save-failed' });

    expect(JSON.stringify(vault.list())).toBe(before);
    expect(changes).toBe(0);
    expect(await vault.readSecret(kept.id)).toBe(SECRET);
  });

  it('a check result that cannot be written is dropped from memory again, and flush says why', async () => {
    const vault = await openTestVault(folder, new FakeSecretBox());
    const kept = await vault.add(dropbox(SECRET, { label: 'Photos' }));
    refuseWrites();
    expect(vault.recordCheck(kept.id, { at: new Date().toISOString(), health: 'healthy', reason: 'ok' }).health).toBe('healthy');
    await expect(vault.flush()).rejects.toMatchObject({ code: 'save-failed' });
    expect(vault.get(kept.id)!.health).toBe('not-checked');
  });
});

describe('check results', () => {
  it('are shown at once and written together after the batch window', async () => {
    const vault = await openTestVault(folder, new FakeSecretBox(), undefined, 200);
    const kept = await vault.add(dropbox(SECRET, { label: 'Photos' }));
    const saved = fs.readFileSync(folder.file(VAULT_FILE), 'utf8');
    for (let i = 0; i < 30; i += 1) vault.recordCheck(kept.id, { at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), health: 'healthy', reason: `check ${i}` });
    vault.setNextCheck(kept.id, '2026-01-02T00:00:00.000Z');
    expect(vault.get(kept.id)!.history[0]!.reason).toBe('check 29');
    expect(fs.readFileSync(folder.file(VAULT_FILE), 'utf8')).toBe(saved);
    await vi.waitFor(() => expect(fs.readFileSync(folder.file(VAULT_FILE), 'utf8')).toContain('check 29'), { timeout: 10_000 });
    expect(fs.readFileSync(folder.file(VAULT_FILE), 'utf8')).toContain('2026-01-02T00:00:00.000Z');
  });

  it('go out with the next user change at once', async () => {
    const vault = await openTestVault(folder, new FakeSecretBox(), undefined, 60_000);
    const kept = await vault.add(dropbox(SECRET, { label: 'Photos' }));
    vault.recordCheck(kept.id, { at: new Date().toISOString(), health: 'revoked', reason: 'gone' });
    vault.rename(kept.id, 'Holiday');
    const text = fs.readFileSync(folder.file(VAULT_FILE), 'utf8');
    expect(text).toContain('Holiday');
    expect(text).toContain('gone');
  });
});

describe('two copies of the app on one vault folder', () => {
  it("the one that read first refuses to overwrite the other's save, says why, and keeps refusing", async () => {
    const box = new FakeSecretBox();
    const first = await openTestVault(folder, box);
    const second = await openTestVault(folder, box);
    await first.add(dropbox(SECRET, { label: 'Saved by the first copy' }));
    let told = 0;
    second.onChange(() => (told += 1));

    const refused = await second.add(dropbox(OTHER, { label: 'Saved by the second copy' })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserFacingError);
    expect(refused).toMatchObject({ code: 'changed-elsewhere' });
    expect((refused as Error).message).toMatch(/^Nothing was saved: .*vault\.json was changed by another program since AuthID Manager read it/);
    expect(second.status().saveBlocked).toContain('Quit every other copy, then restart AuthID Manager.');
    expect(told).toBeGreaterThan(0);
    expect(second.list()).toEqual([]);
    await expect(second.add(dropbox(OTHER, { label: 'Tried again' }))).rejects.toMatchObject({ code: 'changed-elsewhere' });

    const reopened = await openTestVault(folder, box);
    expect(reopened.list().map((r) => r.label)).toEqual(['Saved by the first copy']);
    expect(reopened.status()).not.toHaveProperty('saveBlocked');
  });
});
