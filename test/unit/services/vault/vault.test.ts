import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../electron/ipc/user-facing-error';
import { VAULT_FILE, dropbox, openTestVault, rawVaultFile, vaultFilesPerTest } from '../../../fixtures/open-test-vault';

const SECRET = '0123456789abcdef0123456789abcd:Pa55-word_with.chars!';
const OTHER = 'v2:dropbox:sl.refresh+token/with=';

const files = vaultFilesPerTest();

describe('vault records on real files', () => {
  it('keeps metadata and the AuthID across a restart, with no plaintext AuthID on disk', async () => {
    const vault = await openTestVault(files.folder, files.box);
    const added = await vault.add(
      dropbox(SECRET, { accountName: 'alice@example.com', destination: { name: 'Photos', path: 'backups/photos', options: { 'authid-extra': 'x' } } }),
    );
    expect(added).toMatchObject({
      label: 'Dropbox · alice@example.com',
      provider: 'dropbox',
      serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com',
      kind: 'v1',
      created: '2025-03-01T12:00:00.000Z',
      protection: 'os-encrypted',
      secret: 'available',
      health: 'not-checked',
      history: [],
      destinations: [{ name: 'Photos', path: 'backups/photos', options: { 'authid-extra': 'x' } }],
    });
    expect(JSON.stringify(added)).not.toContain(SECRET);

    const raw = rawVaultFile(files.folder);
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain('Pa55-word');
    expect(raw).not.toContain(Buffer.from(SECRET).toString('base64'));
    const onDisk = JSON.parse(raw);
    expect(onDisk.__internal__.migrations.version).toBe('1.1.0');
    expect(onDisk.records[0].secret).toEqual({ protection: 'os-encrypted', ciphertext: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    expect(fs.statSync(files.folder.file(VAULT_FILE)).mode & 0o077).toBe(0);

    const reopened = await openTestVault(files.folder, files.box);
    expect(reopened.list()).toEqual([added]);
    expect(await reopened.readSecret(added.id)).toBe(SECRET);
  });

  it('renames, saves destinations by name, and keeps the last 20 checks newest first', async () => {
    const vault = await openTestVault(files.folder, files.box);
    const { id } = await vault.add(dropbox(SECRET));
    vault.rename(id, '  Work Dropbox  ');
    const photos = vault.addDestination(id, { name: 'Photos', path: 'a', options: {} });
    const replaced = vault.addDestination(id, { name: 'Photos', path: 'b', options: { k: 'v' } });
    const docs = vault.addDestination(id, { name: 'Docs', path: 'c', options: {} });
    expect(replaced.id).toBe(photos.id);
    vault.removeDestination(id, docs.id);
    for (let i = 0; i < 25; i += 1) {
      vault.recordCheck(id, { at: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(), health: i % 2 ? 'healthy' : 'rate-limited', reason: `check ${i}` });
    }
    vault.setNextCheck(id, '2025-03-02T12:00:00.000Z');
    vault.setAccountName(id, 'bob@example.com');

    const record = (await openTestVault(files.folder, files.box)).get(id)!;
    expect(record.label).toBe('Work Dropbox');
    expect(record.destinations).toEqual([{ id: photos.id, name: 'Photos', path: 'b', options: { k: 'v' } }]);
    expect(record.history).toHaveLength(20);
    expect(record.history[0]?.reason).toBe('check 24');
    expect(record.history[19]?.reason).toBe('check 5');
    expect(record.lastCheck).toEqual(record.history[0]);
    expect(record).toMatchObject({ health: 'rate-limited', healthReason: 'check 24', nextCheckAt: '2025-03-02T12:00:00.000Z', accountName: 'bob@example.com' });
    expect(vault.setNextCheck(id, undefined)).not.toHaveProperty('nextCheckAt');
  });

  it('derives distinct default labels and refuses empty labels', async () => {
    const vault = await openTestVault(files.folder, files.box);
    const first = await vault.add(dropbox(SECRET));
    const second = await vault.add(dropbox(OTHER));
    const named = await vault.add(dropbox(SECRET, { label: 'Mine' }));
    expect([first.label, second.label, named.label]).toEqual(['Dropbox', 'Dropbox 2', 'Mine']);
    expect(() => vault.rename(first.id, '   ')).toThrow(UserFacingError);
  });

  it('refuses pseudo-AuthIDs and malformed values without writing or echoing them', async () => {
    const vault = await openTestVault(files.folder, files.box);
    for (const bad of ['Server error, you must de-authorize Duplicati', 'Error: invalid_grant', 'two words', '']) {
      const attempt = vault.add(dropbox(bad));
      await expect(attempt).rejects.toBeInstanceOf(UserFacingError);
      await attempt.catch((error: Error) => bad && expect(error.message).not.toContain(bad));
    }
    await expect(vault.add(dropbox('"Server error, you must de-authorize Duplicati"'))).rejects.toThrow(/Remove the app's access in Dropbox/);
    await expect(vault.add(dropbox(SECRET, { serverBaseUrl: 'ftp://example.com' }))).rejects.toMatchObject({ code: 'invalid-server' });
    expect(vault.list()).toEqual([]);
    expect(files.box.encryptions).toBe(0);
  });

  it('re-authorization replaces only the secret and notes that it is unchecked', async () => {
    const vault = await openTestVault(files.folder, files.box);
    const { id } = await vault.add(dropbox(SECRET, { label: 'Keep me', destination: { name: 'D', path: 'p', options: {} } }));
    vault.recordCheck(id, { at: '2025-03-01T12:30:00.000Z', health: 'revoked', reason: 'The AuthID was revoked.' });
    const replaced = await vault.replaceSecret(id, { authId: OTHER, kind: 'v2' });
    expect(replaced).toMatchObject({ label: 'Keep me', kind: 'v2', health: 'not-checked', destinations: [{ name: 'D' }] });
    expect(replaced.history.map((c) => c.health)).toEqual(['not-checked', 'revoked']);
    expect(await vault.readSecret(id)).toBe(OTHER);
    expect(rawVaultFile(files.folder)).not.toContain(OTHER);
  });

  it('removes records, reports changes to listeners until they unsubscribe, and rejects unknown ids', async () => {
    const vault = await openTestVault(files.folder, files.box);
    let changes = 0;
    const unsubscribe = vault.onChange(() => (changes += 1));
    const { id } = await vault.add(dropbox(SECRET));
    vault.rename(id, 'x');
    expect(changes).toBe(2);
    unsubscribe();
    vault.remove(id);
    vault.remove(id);
    expect(changes).toBe(2);
    expect((await openTestVault(files.folder, files.box)).list()).toEqual([]);
    await expect(vault.readSecret(id)).rejects.toMatchObject({ code: 'not-found' });
    expect(() => vault.rename(id, 'y')).toThrow(UserFacingError);
  });

  it('flush waits for an AuthID still being encrypted', async () => {
    const vault = await openTestVault(files.folder, files.box);
    let release = () => {};
    files.box.gate = new Promise((resolve) => (release = resolve));
    void vault.add(dropbox(SECRET));
    let flushed = false;
    const flushing = vault.flush().then(() => (flushed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(flushed).toBe(false);
    expect(vault.list()).toEqual([]);
    release();
    await flushing;
    expect((await openTestVault(files.folder, files.box)).list()).toHaveLength(1);
  });
});

describe('masks', () => {
  it('has the display form from the moment it stores an AuthID, and again after a restart without reading the secret', async () => {
    const vault = await openTestVault(files.folder, files.box);
    const { id } = await vault.add(dropbox(SECRET));
    expect(vault.masked(id)).toBe('0123…:••••••••ars!');
    await vault.replaceSecret(id, { authId: OTHER, kind: 'v2' });
    expect(vault.masked(id)).toBe('v2:dropbox:••••••••ith=');
    await vault.flush();
    const reopened = await openTestVault(files.folder, files.box);
    expect(reopened.masked(id)).toBe('v2:dropbox:••••••••ith=');
    expect(reopened.masked('no-such-record')).toBe('••••••••');
  });
});

describe('secret options an older version stored', () => {
  it('are dropped from the file when the vault opens', async () => {
    const vault = await openTestVault(files.folder, files.box);
    await vault.add(dropbox(SECRET, { destination: { name: 'Photos', path: 'backups', options: { 'fragment-size': '10' } } }));
    await vault.flush();
    const file = files.folder.file(VAULT_FILE);
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as { records: { destinations: { options: Record<string, string> }[] }[] };
    onDisk.records[0]!.destinations[0]!.options = { 'fragment-size': '10', passphrase: 'hunter2-backup-key', 'auth-password': 'proxy-Pw-1' };
    fs.writeFileSync(file, JSON.stringify(onDisk));

    const reopened = await openTestVault(files.folder, files.box);
    expect(reopened.list()[0]!.destinations[0]!.options).toEqual({ 'fragment-size': '10' });
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/hunter2|proxy-Pw-1/);
  });
});

const PCLOUD_TOKEN = 'pcloudAccessToken1234567890';

type OnDisk = {
  __internal__: { migrations: { version: string } };
  records: { provider: string; destinations: { options: Record<string, string>; host?: string }[] }[];
};

/** A vault with a pCloud and a Dropbox destination, rewritten as format 1.0.0 wrote them. */
async function oldVaultFile(): Promise<void> {
  const vault = await openTestVault(files.folder, files.box);
  await vault.add(
    dropbox(PCLOUD_TOKEN, {
      provider: 'pcloud',
      kind: 'access-token-only',
      serverBaseUrl: 'https://oauth-service.duplicati.com',
      region: 'eapi.pcloud.com',
      destination: { name: 'US', path: 'Backups', options: { 'read-write-timeout': '30s' } },
    }),
  );
  await vault.add(dropbox(SECRET, { destination: { name: 'Photos', path: 'photos', options: { host: 'not-a-pcloud-thing' } } }));
  await vault.flush();
  const file = files.folder.file(VAULT_FILE);
  const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as OnDisk;
  onDisk.__internal__.migrations.version = '1.0.0';
  onDisk.records.find((r) => r.provider === 'pcloud')!.destinations[0]!.options = { host: 'api.pcloud.com', 'read-write-timeout': '30s' };
  fs.writeFileSync(file, JSON.stringify(onDisk));
}

describe('pCloud destinations from vault format 1.0.0', () => {
  it('get their region host as a field, not an option, in memory and on disk', async () => {
    await oldVaultFile();
    const reopened = await openTestVault(files.folder, files.box);
    const pcloud = reopened.list().find((r) => r.provider === 'pcloud')!;
    expect(pcloud.destinations).toEqual([expect.objectContaining({ name: 'US', host: 'api.pcloud.com', options: { 'read-write-timeout': '30s' } })]);
    // Only pCloud had the pretend option: another backend's option of that name stays an option.
    const other = reopened.list().find((r) => r.provider === 'dropbox')!;
    expect(other.destinations[0]).toMatchObject({ options: { host: 'not-a-pcloud-thing' } });
    expect(other.destinations[0]!.host).toBeUndefined();

    const onDisk = JSON.parse(fs.readFileSync(files.folder.file(VAULT_FILE), 'utf8')) as OnDisk;
    expect(onDisk.__internal__.migrations.version).toBe('1.1.0');
    expect(onDisk.records.find((r) => r.provider === 'pcloud')!.destinations[0]).toMatchObject({ host: 'api.pcloud.com', options: { 'read-write-timeout': '30s' } });
  });

  it('are saved with the host field from now on', async () => {
    const vault = await openTestVault(files.folder, files.box);
    const record = await vault.add(dropbox(PCLOUD_TOKEN, { provider: 'pcloud', kind: 'access-token-only', serverBaseUrl: 'https://oauth-service.duplicati.com' }));
    const saved = vault.addDestination(record.id, { name: 'EU', path: 'Backups', options: {}, host: 'eapi.pcloud.com' });
    expect(saved).toMatchObject({ host: 'eapi.pcloud.com', options: {} });
    await vault.flush();
    expect((await openTestVault(files.folder, files.box)).list()[0]!.destinations[0]).toMatchObject({ host: 'eapi.pcloud.com', options: {} });
  });
});
