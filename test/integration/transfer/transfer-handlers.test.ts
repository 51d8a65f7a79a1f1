// The app-level export and import requests with real parts: AuthIDs from real logins (this
// project's AuthID server in front of oidc-provider), a vault and settings on real files, export
// files on disk. Nothing in the vault may change when a file is refused.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it  } from 'vitest';
import type { Checker } from '../../../electron/app/app-context';
import { exportHandlers, type ExportHandlers } from '../../../electron/app/handlers/export-handlers';
import { importHandlers, type ImportHandlers } from '../../../electron/app/handlers/import-handlers';
import { UserFacingError } from '../../../electron/ipc/user-facing-error';
import { openSettings, type SettingsService } from '../../../electron/services/settings/settings';
import type { Vault } from '../../../electron/services/vault/vault';
import { fileDialogsStandIn, type FileDialogsStandIn } from '../../fixtures/app/file-dialogs-stand-in';
import { memoryAutostart } from '../../fixtures/app/recording-ports';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';
import { openTestVault } from '../../fixtures/open-test-vault';

const PASSPHRASE = 'quarry-lantern-pepper-nomad-thistle';
registerSecret(PASSPHRASE);

let stack: AuthIdStack;
const logins = new Map<string, string>();
let folder: TempFolder;
let vault: Vault;
let settings: SettingsService;
let checked: string[];
let exporting: ExportHandlers;
let importing: ImportHandlers;
let dialogs: FileDialogsStandIn;

beforeAll(async () => {
  stack = await startAuthIdStack();
  for (const provider of ['googledrive', 'dropbox', 'onedrivev2']) {
    logins.set(provider, (await stack.completeLogin(`${stack.baseUrl}/login?id=${provider}`)).authId!);
  }
});
afterAll(() => stack?.close());

beforeEach(async () => {
  folder = tempFolder();
  vault = await openTestVault(folder, new FakeSecretBox());
  settings = openSettings({ backend: folder.backend(), autostart: memoryAutostart() });
  await settings.addServer(stack.baseUrl);
  checked = [];
  const checker: Checker = {
    checkNow: async (id) => {
      checked.push(id);
      return { at: new Date().toISOString(), health: 'healthy', reason: 'ok' };
    },
    checkAll: async () => undefined,
  };
  dialogs = fileDialogsStandIn();
  exporting = exportHandlers({ vault, fileDialogs: dialogs }, { scryptWorkFactor: 10 });
  importing = importHandlers({ vault, settings, checker, fileDialogs: dialogs });
  await seedThree();
});
afterEach(async () => {
  await vault.flush();
  folder.remove();
});

async function seedThree(): Promise<void> {
  const photos = await vault.add({ label: 'Photos', defaultLabel: 'Google Drive', provider: 'googledrive', serverBaseUrl: stack.baseUrl, kind: 'v1', authId: logins.get('googledrive')!, accountName: 'alice', destination: { name: 'Laptop', path: 'Backups/Laptop', options: {} } });
  vault.addDestination(photos.id, { name: 'Desktop', path: 'Backups/Desktop', options: { 'googledrive-teamdrive-id': '0AB' } });
  await vault.add({ label: 'Work', defaultLabel: 'Dropbox', provider: 'dropbox', serverBaseUrl: stack.baseUrl, kind: 'v1', authId: logins.get('dropbox')!, destination: { name: 'Docs', path: 'Apps/Duplicati/Docs', options: {} } });
  await vault.add({ label: 'Laptop', defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: stack.baseUrl, kind: 'v1', authId: logins.get('onedrivev2')!, destination: { name: 'Nightly', path: 'Duplicati/Nightly', options: { 'fragment-size': '20971520' } } });
}

const exportFile = (name = 'authids.age') => folder.file(name);

async function snapshot(): Promise<unknown> {
  return Promise.all(
    vault.list().map(async (r) => ({ label: r.label, provider: r.provider, server: r.serverBaseUrl, account: r.accountName, destinations: r.destinations.map(({ name, path: p, options }) => ({ name, path: p, options })), authId: await vault.readSecret(r.id) })),
  ).then((rows) => rows.sort((a, b) => a.label.localeCompare(b.label)));
}

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  const { code, message } = error as UserFacingError;
  return { code, message };
}

/** Export through the save dialog, the user choosing `file` there. */
async function exportTo(file: string, passphrase: string, passphraseAgain = passphrase, ids?: string[]) {
  dialogs.answer = file;
  const answer = await exporting.exportAuthIds({ passphrase, passphraseAgain, ...(ids === undefined ? {} : { ids }) });
  if (answer.outcome !== 'saved') throw new Error('The export was not saved.');
  return answer;
}

/** Choose `file` in the open dialog, then open it. */
async function openFile(file: string, passphrase?: string) {
  dialogs.answer = file;
  const chosen = await importing.chooseImportFile(undefined);
  if (chosen.outcome !== 'chosen') throw new Error('No file was chosen.');
  return importing.openImport({ fileId: chosen.fileId, ...(passphrase === undefined ? {} : { passphrase }) });
}

async function importAll(file: string, passphrase?: string) {
  const preview = await openFile(file, passphrase);
  const result = await importing.applyImport({ importId: preview.importId, keys: preview.items.map((item) => item.key) });
  return { preview, result };
}

describe('export three, remove them, import them back', () => {
  it('destinations and labels intact; a second import adds nothing', async () => {
    const before = await snapshot();
    const exported = await exportTo(exportFile(), PASSPHRASE);
    expect(exported).toMatchObject({ exported: 3, skipped: [] });
    expect(exported.message).toMatch(/^Saved 3 AuthIDs, encrypted, to authids\.age\. Keep the passphrase apart from the file/);
    expect(statSync(exportFile()).mode & 0o777).toBe(0o600);
    const text = readFileSync(exportFile(), 'utf8');
    for (const authId of logins.values()) expect(text).not.toContain(authId);

    for (const record of vault.list()) vault.remove(record.id);
    const { preview, result } = await importAll(exportFile(), PASSPHRASE);
    expect(preview.source).toBe('authid-manager');
    expect(preview.message).toBe('This file holds 3 AuthIDs: 3 new.');
    expect(preview.items.map((item) => [item.label, item.status, item.serverKnown])).toEqual([
      ['Photos', 'new', true],
      ['Work', 'new', true],
      ['Laptop', 'new', true],
    ]);
    expect(JSON.stringify(preview)).not.toMatch(new RegExp([...logins.values()].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
    expect(result).toMatchObject({ added: 3, updated: 0, unchanged: 0, message: 'Imported 3 AuthIDs.' });
    expect(await snapshot()).toEqual(before);
    expect(checked.sort()).toEqual([...result.addedIds].sort());

    const again = await importAll(exportFile(), PASSPHRASE);
    expect(again.preview.items.map((item) => item.status)).toEqual(['already-here', 'already-here', 'already-here']);
    expect(again.result).toMatchObject({ added: 0, unchanged: 3, message: '3 AuthIDs were already here and left as they are.' });
    expect(vault.list()).toHaveLength(3);
  });

  it('only the chosen ones are exported, and only the chosen ones imported', async () => {
    const [first] = vault.list();
    await exportTo(exportFile(), PASSPHRASE, PASSPHRASE, [first!.id]);
    vault.remove(first!.id);
    const preview = await openFile(exportFile(), PASSPHRASE);
    expect(preview.items.map((i) => i.label)).toEqual([first!.label]);
    const result = await importing.applyImport({ importId: preview.importId, keys: [] });
    expect(result).toMatchObject({ added: 0, message: 'Nothing was chosen, so nothing changed.' });
    expect(vault.list()).toHaveLength(2);
  });
});

describe('refused with a clear message, and nothing changes', () => {
  beforeEach(async () => {
    await exportTo(exportFile(), PASSPHRASE);
  });

  it('a wrong passphrase', async () => {
    const before = await snapshot();
    const { code, message } = await refusal(openFile(exportFile(), 'quarry-lantern-pepper-nomad-thistles'));
    expect(code).toBe('import-wrong-passphrase');
    expect(message).toMatch(/^That passphrase does not open this file\./);
    expect(await snapshot()).toEqual(before);
  });

  it('a tampered file', async () => {
    const text = readFileSync(exportFile(), 'utf8').split('\n');
    const line = text.length - 4;
    text[line] = `${text[line]!.startsWith('A') ? 'B' : 'A'}${text[line]!.slice(1)}`;
    writeFileSync(exportFile('tampered.age'), text.join('\n'));
    const before = await snapshot();
    const { code } = await refusal(openFile(exportFile('tampered.age'), PASSPHRASE));
    expect(code).toBe('import-damaged');
    expect(await snapshot()).toEqual(before);
  });

  it('an encrypted file without a passphrase asks for one', async () => {
    expect((await refusal(openFile(exportFile()))).message).toBe('This file is encrypted. Enter the passphrase it was exported with.');
  });

  it('a file that is not there', async () => {
    expect(await refusal(openFile(exportFile('missing.age'), PASSPHRASE))).toEqual({
      code: 'import-file',
      message: 'The file could not be read: it is no longer there. Choose the file again.',
    });
  });

  it('the open dialog is cancelled', async () => {
    dialogs.answer = undefined;
    expect(await importing.chooseImportFile(undefined)).toEqual({ outcome: 'cancelled' });
  });

  it('a mistyped passphrase, then the right one, without choosing the file again', async () => {
    dialogs.answer = exportFile();
    const chosen = await importing.chooseImportFile(undefined);
    expect(chosen).toMatchObject({ outcome: 'chosen', fileName: 'authids.age', encrypted: true });
    if (chosen.outcome !== 'chosen') return;
    expect((await refusal(importing.openImport({ fileId: chosen.fileId, passphrase: 'not-the-passphrase' }))).code).toBe('import-wrong-passphrase');
    expect((await importing.openImport({ fileId: chosen.fileId, passphrase: PASSPHRASE })).items).toHaveLength(3);
    // Opened once: its bytes are no longer held.
    expect((await refusal(importing.openImport({ fileId: chosen.fileId, passphrase: PASSPHRASE }))).code).toBe('import-closed');
  });

  it('an import that was cancelled', async () => {
    const preview = await openFile(exportFile(), PASSPHRASE);
    await importing.cancelImport({ importId: preview.importId });
    expect((await refusal(importing.applyImport({ importId: preview.importId, keys: [] }))).code).toBe('import-closed');
  });
});

describe('export refuses', () => {
  it.each([
    ['passphrases that differ', PASSPHRASE, `${PASSPHRASE}!`, 'passphrase-mismatch'],
    ['a weak passphrase', 'Summer2024!Summer2024!', 'Summer2024!Summer2024!', 'export-weak-passphrase'],
    ['a short passphrase', 'abc', 'abc', 'export-weak-passphrase'],
  ])('%s, and writes no file', async (_case, passphrase, passphraseAgain, code) => {
    expect((await refusal(exportTo(exportFile(), passphrase, passphraseAgain))).code).toBe(code);
    expect(existsSync(exportFile())).toBe(false);
    // Refused before the user is asked where to save it.
    expect(dialogs.asked).toEqual([]);
  });

  it('the save dialog is cancelled: nothing is written', async () => {
    dialogs.answer = undefined;
    expect(await exporting.exportAuthIds({ passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE })).toEqual({ outcome: 'cancelled' });
    expect(dialogs.asked).toEqual([{ kind: 'save', request: expect.objectContaining({ title: 'Export 3 AuthIDs', defaultName: expect.stringMatching(/^AuthIDs \d{4}-\d\d-\d\d\.age$/) }) }]);
    expect(existsSync(exportFile())).toBe(false);
  });

  it('a relative path from the dialog', async () => {
    expect((await refusal(exportTo('authids.age', PASSPHRASE))).code).toBe('export-file');
  });

  it('a folder that does not exist', async () => {
    const { message } = await refusal(exportTo(path.join(folder.directory, 'gone', 'a.age'), PASSPHRASE));
    expect(message).toBe('The export file could not be written: the folder no longer exists. Choose another folder and try again.');
  });

  it('rates a passphrase for the dialog', async () => {
    expect(await exporting.ratePassphrase({ passphrase: 'password1234' })).toMatchObject({ acceptable: false, score: expect.any(Number) });
    expect(await exporting.ratePassphrase({ passphrase: PASSPHRASE })).toMatchObject({ acceptable: true, score: 4 });
  });
});

describe('a Duplicati backup configuration export', () => {
  const duplicati = (name: string, targetUrl: string, settingsList: { Name: string; Value: string }[] = []) => ({
    CreatedByVersion: '2.1.0.5',
    Schedule: null,
    Backup: { ID: '1', Name: name, Description: '', Tags: [], TargetURL: targetUrl, DBPath: 'X.sqlite', Sources: ['/home/alice/'], Settings: settingsList.map((s) => ({ Filter: '', ...s, Argument: null })), Filters: [], Metadata: {}, AdditionalTargetURLs: [], IsTemporary: false },
    DisplayNames: {},
  });

  it('with passwords: the AuthIDs it uses, each labelled with its backup, without duplicating one already here', async () => {
    for (const record of vault.list().filter((r) => r.provider !== 'dropbox')) vault.remove(record.id);
    const file = exportFile('duplicati-export.json');
    const oauthUrl = `${stack.baseUrl}/refresh`;
    writeFileSync(file, JSON.stringify(duplicati('Home photos', `googledrive://Backups/Home?authid=${encodeURIComponent(logins.get('googledrive')!)}&oauth-url=${encodeURIComponent(oauthUrl)}`)));
    const { preview, result } = await importAll(file);
    expect(preview).toMatchObject({ source: 'duplicati', message: 'This Duplicati export holds 1 AuthID: 1 new.' });
    expect(result.added).toBe(1);
    expect(vault.get(result.addedIds[0]!)).toMatchObject({ label: 'Home photos', serverBaseUrl: stack.baseUrl, destinations: [{ name: 'Home photos', path: 'Backups/Home' }] });

    writeFileSync(file, JSON.stringify([duplicati('Documents', 'dropbox://Apps/Docs', [{ Name: '--authid', Value: logins.get('dropbox')! }, { Name: '--oauth-url', Value: oauthUrl }])]));
    const merged = await importAll(file);
    expect(merged.preview.items.map((i) => i.status)).toEqual(['differs']);
    expect(merged.result).toMatchObject({ added: 0, updated: 1 });
    expect(vault.list()).toHaveLength(2);
  });

  it('without passwords: nothing to import, and why', async () => {
    const file = exportFile('no-passwords.json');
    writeFileSync(file, JSON.stringify(duplicati('Home photos', 'googledrive://Backups/Home')));
    const preview = await openFile(file);
    expect(preview.items).toEqual([]);
    expect(preview.message).toBe('This Duplicati export holds no AuthID the app can import; the reasons are listed below.');
    expect(preview.skipped[0]?.reason).toMatch(/exported without passwords/);
  });

  it('a server not in Settings is named before the choice, and choosing the AuthID adds the server', async () => {
    const file = exportFile('other-server.json');
    writeFileSync(file, JSON.stringify(duplicati('Elsewhere', `onedrivev2://X?authid=${encodeURIComponent(logins.get('onedrivev2')!)}&oauth-url=${encodeURIComponent('https://authid.other.example/refresh')}`)));
    for (const record of vault.list()) vault.remove(record.id);
    const preview = await openFile(file);
    expect(preview.items[0]).toMatchObject({
      serverBaseUrl: 'https://authid.other.example',
      serverKnown: false,
      serverNote: 'It uses the AuthID server authid.other.example, which is not in Settings. Importing it adds that server to Settings, and the app will send this AuthID there to keep it working.',
    });
    expect(settings.values().servers.map((s) => s.baseUrl)).not.toContain('https://authid.other.example');

    const result = await importing.applyImport({ importId: preview.importId, keys: [preview.items[0]!.key] });
    expect(result.added).toBe(1);
    expect(settings.values().servers.map((s) => s.baseUrl)).toContain('https://authid.other.example');
  });

  it('a server that cannot be added (plain http on the network) stops the import before anything changes', async () => {
    const file = exportFile('http-server.json');
    writeFileSync(file, JSON.stringify(duplicati('Insecure', `onedrivev2://X?authid=${encodeURIComponent(logins.get('onedrivev2')!)}&oauth-url=${encodeURIComponent('http://authid.lan.example/refresh')}`)));
    for (const record of vault.list()) vault.remove(record.id);
    const preview = await openFile(file);
    const { code, message } = await refusal(importing.applyImport({ importId: preview.importId, keys: [preview.items[0]!.key] }));
    expect(code).toBe('import-server');
    expect(message).toMatch(/^The AuthID server http:\/\/authid\.lan\.example could not be added to Settings, so nothing was imported\. Use https:\/\//);
    expect(vault.list()).toEqual([]);
  });
});
