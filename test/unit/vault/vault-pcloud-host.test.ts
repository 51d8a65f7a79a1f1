// pCloud's region host is a destination's own field. Vault files of format 1.0.0 kept it as a
// pretend option named "host"; opening one moves it into the field, on disk too.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder, type TempFolder } from '../document-store/temp-conf-backend';
import { FakeSecretBox } from './fake-secret-box';
import { VAULT_FILE, dropbox, openTestVault } from './open-test-vault';

const PCLOUD_TOKEN = 'pcloudAccessToken1234567890';
const DROPBOX_AUTHID = '0123456789abcdef0123456789abcd:Pa55-word_with.chars!';

let folder: TempFolder;
let box: FakeSecretBox;
beforeEach(() => {
  folder = tempFolder();
  box = new FakeSecretBox();
});
afterEach(() => folder.remove());

type OnDisk = {
  __internal__: { migrations: { version: string } };
  records: { provider: string; destinations: { options: Record<string, string>; host?: string }[] }[];
};

/** A vault with a pCloud and a Dropbox destination, rewritten as format 1.0.0 wrote them. */
async function oldVaultFile(): Promise<void> {
  const vault = await openTestVault(folder, box);
  await vault.add(
    dropbox(PCLOUD_TOKEN, {
      provider: 'pcloud',
      kind: 'access-token-only',
      serverBaseUrl: 'https://oauth-service.duplicati.com',
      region: 'eapi.pcloud.com',
      destination: { name: 'US', path: 'Backups', options: { 'read-write-timeout': '30s' } },
    }),
  );
  await vault.add(dropbox(DROPBOX_AUTHID, { destination: { name: 'Photos', path: 'photos', options: { host: 'not-a-pcloud-thing' } } }));
  await vault.flush();
  const file = folder.file(VAULT_FILE);
  const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as OnDisk;
  onDisk.__internal__.migrations.version = '1.0.0';
  onDisk.records.find((r) => r.provider === 'pcloud')!.destinations[0]!.options = { host: 'api.pcloud.com', 'read-write-timeout': '30s' };
  fs.writeFileSync(file, JSON.stringify(onDisk));
}

describe('pCloud destinations from vault format 1.0.0', () => {
  it('get their region host as a field, not an option, in memory and on disk', async () => {
    await oldVaultFile();
    const reopened = await openTestVault(folder, box);
    const pcloud = reopened.list().find((r) => r.provider === 'pcloud')!;
    expect(pcloud.destinations).toEqual([expect.objectContaining({ name: 'US', host: 'api.pcloud.com', options: { 'read-write-timeout': '30s' } })]);
    // Only pCloud had the pretend option: another backend's option of that name stays an option.
    const other = reopened.list().find((r) => r.provider === 'dropbox')!;
    expect(other.destinations[0]).toMatchObject({ options: { host: 'not-a-pcloud-thing' } });
    expect(other.destinations[0]!.host).toBeUndefined();

    const onDisk = JSON.parse(fs.readFileSync(folder.file(VAULT_FILE), 'utf8')) as OnDisk;
    expect(onDisk.__internal__.migrations.version).toBe('1.1.0');
    expect(onDisk.records.find((r) => r.provider === 'pcloud')!.destinations[0]).toMatchObject({ host: 'api.pcloud.com', options: { 'read-write-timeout': '30s' } });
  });

  it('are saved with the host field from now on', async () => {
    const vault = await openTestVault(folder, box);
    const record = await vault.add(dropbox(PCLOUD_TOKEN, { provider: 'pcloud', kind: 'access-token-only', serverBaseUrl: 'https://oauth-service.duplicati.com' }));
    const saved = vault.addDestination(record.id, { name: 'EU', path: 'Backups', options: {}, host: 'eapi.pcloud.com' });
    expect(saved).toMatchObject({ host: 'eapi.pcloud.com', options: {} });
    await vault.flush();
    expect((await openTestVault(folder, box)).list()[0]!.destinations[0]).toMatchObject({ host: 'eapi.pcloud.com', options: {} });
  });
});
