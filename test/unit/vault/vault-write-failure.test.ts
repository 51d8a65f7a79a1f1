// A vault file the disk will not replace: every change is refused with a message that says
// what to check, and memory stays exactly what the file holds.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { UserFacingError } from '../../../electron/ipc/user-facing-error';
import { tempFolder, type TempFolder } from '../document-store/temp-conf-backend';
import { FakeSecretBox } from './fake-secret-box';
import { VAULT_FILE, dropbox, openTestVault } from './open-test-vault';

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
  test('refuses rename, add, destination and remove with a clear message; memory keeps the saved state', async () => {
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
      () => vault.recordCheck(kept.id, { at: new Date().toISOString(), health: 'healthy', reason: 'ok' }),
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
});
