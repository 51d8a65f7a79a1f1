// The encrypted secrets file through the real app core: vault, settings and reference files on
// real files, the secrets file written in a temp folder and opened again with the app's own AES
// Crypt reader (the reader is checked against SharpAESCrypt's files in test/unit/aes-crypt/),
// a recording clipboard and a stand-in for the save dialog (Electron's cannot run here).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/app/app-core';
import { UserFacingError } from '../../../electron/ipc/user-facing-error';
import { AesCryptError, decryptAesCrypt } from '../../../electron/services/aes-crypt';
import { createClipboardGuard } from '../../../electron/services/clipboard/clipboard-guard';
import { createSecretsFileStore } from '../../../electron/services/duplicati-secrets';
import { openSecretReferences, openSecretsFileLocation, openSecretsFileReferences } from '../../../electron/services/secret-references';
import { openSettings } from '../../../electron/services/settings/settings';
import { openVault, type Vault } from '../../../electron/services/vault/vault';
import { fileDialogsStandIn, type FileDialogsStandIn } from '../../fixtures/app/file-dialogs-stand-in';
import { memoryAutostart, recordingClipboard, recordingNotifier } from '../../fixtures/app/recording-ports';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import { memoryStore, type MemorySecretStore } from '../../fixtures/memory-secret-store';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';

const SERVER = 'https://duplicati-oauth-handler.appspot.com';
const authIdFor = (n: number) => `0123456789abcdef0123456789ab${String(n).padStart(2, '0')}:Secret-${n}_with.chars!xyz`;

let folder: TempFolder;
let place: string;
let vault: Vault;
let box: FakeSecretBox;
let dialogs: FileDialogsStandIn;
let clipboard: ReturnType<typeof recordingClipboard>;
let core: AppCore;
let keychain: MemorySecretStore;

async function startCore(): Promise<void> {
  vault = await openVault({ backend: folder.backend(), secretBox: box });
  clipboard = recordingClipboard();
  dialogs = fileDialogsStandIn();
  core = createAppCore({
    vault,
    settings: openSettings({ backend: folder.backend(), autostart: memoryAutostart() }),
    clipboard: createClipboardGuard({ clipboard }),
    checker: { checkNow: async () => ({ at: new Date().toISOString(), health: 'healthy', reason: 'ok' }), checkAll: async () => undefined },
    loginWindow: { open: async () => Promise.reject(new Error('no window in this test')) },
    browser: { open: async () => undefined },
    notifier: recordingNotifier(),
    emit: () => undefined,
    showRecord: () => undefined,
    fileDialogs: dialogs,
    keychain: { store: keychain, references: openSecretReferences(folder.backend()) },
    secretsFile: {
      box,
      references: openSecretsFileReferences(folder.backend()),
      location: openSecretsFileLocation(folder.backend()),
      createdBy: 'AuthID Manager test',
    },
  });
  await core.ready();
}

const addRecord = async (n: number, label = `AuthID ${n}`) => {
  const authId = authIdFor(n);
  registerSecret(authId);
  return (await vault.add({ label, defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId, serverBaseUrl: SERVER })).id;
};
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as UserFacingError);

/** Sets up a file at `file`; returns the passphrase as the one-time setting shows it. */
async function setUp(file: string): Promise<string> {
  dialogs.answer = file;
  const answer = await core.handlers.chooseSecretsFile(undefined);
  if (answer.outcome !== 'created') throw new Error('the file was not created');
  const passphrase = new URL(answer.once.optionText.slice('--secret-provider='.length)).searchParams.get('passphrase');
  if (passphrase === null) throw new Error('no passphrase in the setting');
  return passphrase;
}

/** What Duplicati's file-secret provider gets: the file decrypted, then parsed as a JSON object. */
async function asDuplicatiReadsIt(file: string, passphrase: string): Promise<Record<string, string>> {
  return JSON.parse(decryptAesCrypt(await readFile(file), passphrase).toString('utf8')) as Record<string, string>;
}

beforeEach(async () => {
  folder = tempFolder();
  place = await mkdtemp(path.join(os.tmpdir(), 'duplicati-secrets-'));
  box = new FakeSecretBox();
  keychain = memoryStore();
  await startCore();
});
afterEach(async () => {
  await core.dispose();
  await vault.flush();
  folder.remove();
  await rm(place, { recursive: true, force: true });
});

const wrongPassphraseError = async (file: string) => {
  const bytes = await readFile(file);
  try {
    decryptAesCrypt(bytes, 'not-the-passphrase-of-this-file');
  } catch (error) {
    return error;
  }
  return null;
};

describe('setting up the secrets file', () => {
  it('main asks where, writes an AES Crypt file that opens with the shown passphrase and fails cleanly with a wrong one', async () => {
    const file = path.join(place, 'authids.json.aes');
    const passphrase = await setUp(file);
    expect(dialogs.asked).toEqual([{ kind: 'save', request: expect.objectContaining({ defaultName: 'authids.json.aes' }) }]);
    expect(passphrase).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await asDuplicatiReadsIt(file, passphrase)).toEqual({});
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const wrong = await wrongPassphraseError(file);
    expect(wrong).toBeInstanceOf(AesCryptError);
    expect((wrong as AesCryptError).problem).toBe('wrong-passphrase');
    expect((wrong as AesCryptError).message).not.toContain('{}');
  });

  it('the setting is exact: file-secret URL with the encoded path, and the Docker variable', async () => {
    const file = path.join(place, 'my secrets', 'authids (home).json.aes');
    await mkdir(path.dirname(file));
    dialogs.answer = file;
    const answer = await core.handlers.chooseSecretsFile(undefined);
    if (answer.outcome !== 'created') throw new Error('the file was not created');
    const encodedPath = file.split('/').map(encodeURIComponent).join('/');
    expect(answer.once.optionText).toMatch(new RegExp(`^--secret-provider=file-secret://${escapeRegExp(encodedPath)}\\?passphrase=[A-Za-z0-9_-]{43}$`));
    expect(answer.once.environmentLine).toBe(answer.once.optionText.replace('--secret-provider=', 'DUPLICATI__SECRET_PROVIDER='));
    expect(answer.file).toMatchObject({ configured: true, path: file, sharedCount: 0 });
    expect(answer.file.maskedOptionText).toBe(`--secret-provider=file-secret://${encodedPath}?passphrase=…`);
  });

  it('the passphrase reaches the window only in the one answer: never in the status, the app state or a record’s view', async () => {
    const id = await addRecord(1);
    const passphrase = await setUp(path.join(place, 'authids.json.aes'));
    await core.handlers.shareViaSecretsFile({ id, name: 'authid_one' });
    const seen = JSON.stringify([
      await core.handlers.secretsFileStatus(undefined),
      await core.handlers.getState(undefined),
      await core.handlers.secretsFileShareStatus({ id }),
      await core.handlers.keychainStatus({ id }),
    ]);
    expect(seen).not.toContain(passphrase);
    expect(JSON.stringify(readFolder())).not.toContain(passphrase);
  });

  it('copying the setting again puts the passphrase on the clipboard and clears it like an AuthID', async () => {
    const passphrase = await setUp(path.join(place, 'authids.json.aes'));
    const copied = await core.handlers.copySecretsFileSetting({ form: 'environment' });
    expect(clipboard.writes.at(-1)).toMatch(/^DUPLICATI__SECRET_PROVIDER=file-secret:\/\//);
    expect(clipboard.writes.at(-1)).toContain(`passphrase=${passphrase}`);
    expect(copied.clearsAt).not.toBeNull();
  });

  it('without a keyring that encrypts, no file is made and the window says why', async () => {
    box.description = { available: true, backend: 'basic_text' };
    expect(await core.handlers.secretsFileStatus(undefined)).toMatchObject({ configured: false, canSetUp: false, problem: expect.stringContaining('no keyring') });
    dialogs.answer = path.join(place, 'authids.json.aes');
    const refused = await refusal(core.handlers.chooseSecretsFile(undefined));
    expect(refused?.message).toContain('Set up your desktop keyring first');
    await expect(stat(dialogs.answer)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a cancelled dialog changes nothing', async () => {
    dialogs.answer = undefined;
    expect(await core.handlers.chooseSecretsFile(undefined)).toMatchObject({ outcome: 'cancelled', file: { configured: false } });
  });
});

describe('sharing AuthIDs through the file', () => {
  it('shared: the file holds name → AuthID, the URL holds $name; stopped or removed: the entry is gone', async () => {
    const file = path.join(place, 'authids.json.aes');
    const passphrase = await setUp(file);
    const one = await addRecord(1, 'Family photos');
    const two = await addRecord(2, 'Work laptop');
    const suggested = await core.handlers.secretsFileShareStatus({ id: one });
    expect(suggested).toMatchObject({ usable: true, shared: false, name: 'authid_family_photos' });
    expect((await core.handlers.shareViaSecretsFile({ id: one, name: suggested.name })).stored?.state).toBe('same');
    await core.handlers.shareViaSecretsFile({ id: two, name: 'authid_work' });
    expect(await asDuplicatiReadsIt(file, passphrase)).toEqual({ authid_family_photos: authIdFor(1), authid_work: authIdFor(2) });

    await core.handlers.copyUrl({ id: one, path: 'Backups', options: {} });
    expect(clipboard.writes.at(-1)).toMatch(/^dropbox:\/\/Backups\?authid=\$authid_family_photos(&|$)/);
    expect(clipboard.writes.at(-1)).not.toContain(authIdFor(1));

    await core.handlers.stopSecretsFileSharing({ id: two });
    expect(await asDuplicatiReadsIt(file, passphrase)).toEqual({ authid_family_photos: authIdFor(1) });
    await core.handlers.forget({ id: one });
    await expect.poll(() => asDuplicatiReadsIt(file, passphrase), { timeout: 10_000 }).toEqual({});
  });

  it('the revoke plan names the file’s entry', async () => {
    await setUp(path.join(place, 'authids.json.aes'));
    const id = await addRecord(1);
    await core.handlers.shareViaSecretsFile({ id, name: 'authid_one' });
    const plan = await core.handlers.planRevoke({ id });
    expect(plan.steps).toContain('Delete “authid_one” from the encrypted secrets file; backups that use $authid_one stop working too.');
  });

  it('concurrent changes from the app and from another writer lose no entry', async () => {
    const file = path.join(place, 'authids.json.aes');
    const passphrase = await setUp(file);
    const ids = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => addRecord(n)));
    const other = createSecretsFileStore({ path: file, passphrase: async () => passphrase, createdBy: 'another writer' });
    await Promise.all([
      ...ids.map((id, n) => core.handlers.shareViaSecretsFile({ id, name: `authid_${n + 1}` })),
      ...[1, 2, 3].map((n) => other.set(`other_${n}`, `value-from-another-writer-${n}`)),
    ]);
    const read = await asDuplicatiReadsIt(file, passphrase);
    expect(Object.keys(read).sort()).toEqual(['authid_1', 'authid_2', 'authid_3', 'authid_4', 'authid_5', 'authid_6', 'other_1', 'other_2', 'other_3']);
    ids.forEach((_, n) => expect(read[`authid_${n + 1}`]).toBe(authIdFor(n + 1)));
  });

  it('moving to a new file writes every shared AuthID there under a new passphrase and deletes the old file', async () => {
    const first = path.join(place, 'first.json.aes');
    const oldPassphrase = await setUp(first);
    const id = await addRecord(1);
    await core.handlers.shareViaSecretsFile({ id, name: 'authid_one' });
    const second = path.join(place, 'second.json.aes');
    const newPassphrase = await setUp(second);
    expect(newPassphrase).not.toBe(oldPassphrase);
    expect(await asDuplicatiReadsIt(second, newPassphrase)).toEqual({ authid_one: authIdFor(1) });
    await expect(stat(first)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('one name for both places: the keychain’s name is suggested, a different one refused, and the URL keeps $name', async () => {
    const file = path.join(place, 'authids.json.aes');
    const passphrase = await setUp(file);
    const id = await addRecord(1, 'Family photos');
    await core.handlers.shareViaKeychain({ id, name: 'authid_photos' });
    expect(await core.handlers.secretsFileShareStatus({ id })).toMatchObject({ shared: false, name: 'authid_photos' });
    expect((await refusal(core.handlers.shareViaSecretsFile({ id, name: 'authid_other' })))?.message).toBe(
      'This AuthID is already shared as “authid_photos”, and its URLs can name only one secret. Use “authid_photos” here too.',
    );
    await core.handlers.shareViaSecretsFile({ id, name: 'authid_photos' });
    expect(keychain.items.get('authid_photos')).toBe(authIdFor(1));
    expect(await asDuplicatiReadsIt(file, passphrase)).toEqual({ authid_photos: authIdFor(1) });

    await core.handlers.stopKeychainSharing({ id });
    await core.handlers.copyUrl({ id, path: 'Backups', options: {} });
    expect(clipboard.writes.at(-1)).toMatch(/authid=\$authid_photos(&|$)/);
    const other = await addRecord(2);
    expect((await refusal(core.handlers.shareViaSecretsFile({ id: other, name: 'AUTHID_PHOTOS' })))?.message).toContain('Another AuthID already uses');
  });

  it('after a restart the app still writes the file (the passphrase unsealed from the keyring)', async () => {
    const file = path.join(place, 'authids.json.aes');
    const passphrase = await setUp(file);
    await core.dispose();
    await vault.flush();
    await startCore();
    const id = await addRecord(1);
    await core.handlers.shareViaSecretsFile({ id, name: 'authid_one' });
    expect(await asDuplicatiReadsIt(file, passphrase)).toEqual({ authid_one: authIdFor(1) });
  });
});

/** Every document the app keeps in its own folder, as text. */
function readFolder(): string[] {
  return readdirSync(folder.directory).map((name) => readFileSync(path.join(folder.directory, name), 'utf8'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
