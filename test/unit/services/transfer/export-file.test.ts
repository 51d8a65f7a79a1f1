// Export and import through a real vault on real files: round trip, no duplicates, and every
// way a file can be wrong. scrypt runs at a low work factor here; the age CLI test uses the default.
import { armor, Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeEach, afterEach, describe, expect, it  } from 'vitest';
import {
  applyImport,
  buildExportFile,
  existingAuthIds,
  planImport,
  readImportFile,
  type ExportSource,
  type ImportReading,
} from '../../../../electron/services/transfer';
import { sealWithPassphrase } from '../../../../electron/services/transfer/age-envelope';
import type { Vault } from '../../../../electron/services/vault/vault';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';
import { openTestVault } from '../../../fixtures/open-test-vault';

const PASSPHRASE = 'violet-tundra-ledger-marble-oyster';
registerSecret(PASSPHRASE);
const WORK_FACTOR = 10;
const HOSTED = 'https://duplicati-oauth-handler.appspot.com';
const GOOGLE_V2 = 'v2:googledrive:1//0gRefresh-Token_with+plus/slash';
const DROPBOX_V1 = '0123456789abcdef0123456789abcdef:Pa55-word_with.chars!';
const PCLOUD_TOKEN = 'pCloudAccessTokenWithoutAnyColon0123';

let folder: TempFolder;
let vault: Vault;

beforeEach(async () => {
  folder = tempFolder();
  vault = await openTestVault(folder, new FakeSecretBox());
  const photos = await vault.add({ label: 'Photos', defaultLabel: 'Google Drive', provider: 'googledrive', serverBaseUrl: HOSTED, kind: 'v2', authId: GOOGLE_V2, accountName: 'alice@example.com', destination: { name: 'Laptop', path: 'Backups/Laptop', options: {} } });
  vault.addDestination(photos.id, { name: 'Team', path: 'Shared/Team', options: { 'googledrive-teamdrive-id': '0ABCdef' } });
  await vault.add({ label: 'Work files', defaultLabel: 'Dropbox', provider: 'dropbox', serverBaseUrl: 'https://authid.example.org', kind: 'v1', authId: DROPBOX_V1, destination: { name: 'Desk', path: 'Duplicati/Desk', options: {} } });
  await vault.add({ label: 'Music', defaultLabel: 'pCloud', provider: 'pcloud', serverBaseUrl: 'https://oauth-service.duplicati.com', kind: 'access-token-only', authId: PCLOUD_TOKEN, region: 'eapi.pcloud.com', destination: { name: 'NAS', path: 'Music', options: {} } });
});
afterEach(async () => {
  await vault.flush();
  folder.remove();
});

async function sources(): Promise<ExportSource[]> {
  return Promise.all(vault.list().map(async (record) => ({ record, authId: await vault.readSecret(record.id) })));
}

async function exportAll(passphrase = PASSPHRASE): Promise<Uint8Array> {
  const result = await buildExportFile(await sources(), passphrase, { workFactor: WORK_FACTOR });
  if (!result.ok) throw new Error(result.message);
  return new TextEncoder().encode(result.fileText);
}

/** Everything about the vault's records that an export carries, secrets included. */
async function contents(): Promise<unknown[]> {
  const rows = await Promise.all(
    vault.list().map(async (r) => ({
      label: r.label,
      provider: r.provider,
      server: r.serverBaseUrl,
      kind: r.kind,
      account: r.accountName,
      region: r.region,
      destinations: r.destinations.map(({ name, path, options }) => ({ name, path, options })),
      authId: await vault.readSecret(r.id),
    })),
  );
  return rows.sort((a, b) => a.label.localeCompare(b.label));
}

async function importFile(bytes: Uint8Array, passphrase = PASSPHRASE) {
  const reading = await readImportFile(bytes, { passphrase });
  if (!reading.ok) throw new Error(reading.message);
  const plan = planImport(reading.candidates, await existingAuthIds(vault));
  return { plan, outcome: await applyImport(vault, plan) };
}

const problem = (reading: ImportReading) => (reading.ok ? 'ok' : reading.problem);

describe('round trip', () => {
  it('three AuthIDs exported, removed, imported: labels, servers, accounts, regions and destinations intact', async () => {
    const before = await contents();
    const file = await exportAll();
    for (const record of vault.list()) vault.remove(record.id);
    expect(vault.list()).toEqual([]);

    const { plan, outcome } = await importFile(file);
    expect(plan.map((item) => item.status)).toEqual(['new', 'new', 'new']);
    expect(outcome.added).toHaveLength(3);
    expect(await contents()).toEqual(before);
  });

  it('a second import of the same file adds nothing: every AuthID is already here', async () => {
    const file = await exportAll();
    const { plan, outcome } = await importFile(file);
    expect(plan.map((item) => item.status)).toEqual(['already-here', 'already-here', 'already-here']);
    expect(outcome).toEqual({ added: [], updated: [], unchanged: 3 });
    expect(vault.list()).toHaveLength(3);
  });

  it('an AuthID that changed here: the file adds back what is missing and keeps the name here', async () => {
    const file = await exportAll();
    const photos = vault.list().find((r) => r.label === 'Photos')!;
    vault.rename(photos.id, 'Holiday photos');
    vault.removeDestination(photos.id, photos.destinations.find((d) => d.name === 'Team')!.id);

    const { plan, outcome } = await importFile(file);
    const item = plan.find((i) => i.existingId === photos.id)!;
    expect(item.status).toBe('differs');
    expect(item.differences).toEqual([
      'It is called "Holiday photos" here and "Photos" in the file; the name here is kept.',
      'Adds 1 destination: "Team".',
    ]);
    expect(outcome.updated).toEqual([photos.id]);
    const after = vault.get(photos.id)!;
    expect(after.label).toBe('Holiday photos');
    expect(after.destinations.map((d) => d.name)).toEqual(['Laptop', 'Team']);
    expect(vault.list()).toHaveLength(3);
  });

  it('the file is armored age and holds no AuthID, label or server in the clear', async () => {
    const text = new TextDecoder().decode(await exportAll());
    expect(text).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]+\n-----END AGE ENCRYPTED FILE-----\n$/);
    for (const clear of [GOOGLE_V2, DROPBOX_V1, PCLOUD_TOKEN, 'Photos', 'authid.example.org', 'alice@example.com']) expect(text).not.toContain(clear);
    const header = new TextDecoder('latin1').decode(armor.decode(text).subarray(0, 120));
    expect(header).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S+ 10\n/);
  });

  it('a file decrypted with the age tool (and maybe edited) imports as it is', async () => {
    const plain = JSON.stringify({ format: 'authid-manager-export', version: 1, exportedAt: new Date().toISOString(), exportedBy: 'me', authIds: [{ label: 'Edited', provider: 'dropbox', server: HOSTED, kind: 'v1', authId: DROPBOX_V1, destinations: [] }] });
    const reading = await readImportFile(new TextEncoder().encode(plain));
    expect(reading).toMatchObject({ ok: true, source: 'authid-manager', encrypted: false });
    expect(reading.ok && reading.candidates.map((c) => c.label)).toEqual(['Edited']);
  });

  it('a binary (unarmored) age file opens as well', async () => {
    const binary = armor.decode(new TextDecoder().decode(await exportAll()));
    const reading = await readImportFile(binary, { passphrase: PASSPHRASE });
    expect(reading.ok && reading.candidates.length).toBe(3);
  });
});

describe('refused, with nothing changed', () => {
  it('a wrong passphrase', async () => {
    const reading = await readImportFile(await exportAll(), { passphrase: 'violet-tundra-ledger-marble-oysters' });
    expect(problem(reading)).toBe('wrong-passphrase');
    expect(!reading.ok && reading.message).toMatch(/^That passphrase does not open this file\..*Nothing was imported\.$/);
  });

  it('no passphrase for an encrypted file', async () => {
    expect(problem(await readImportFile(await exportAll()))).toBe('passphrase-needed');
  });

  it.each([
    ['the payload', (bytes: Uint8Array) => bytes.length - 20],
    ['the header MAC', (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes).indexOf('\n--- ') + 8],
    ['the payload nonce', (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes).indexOf('\n--- ') + 50],
  ])('a tampered file: one bit changed in %s', async (_where, position) => {
    const bytes = armor.decode(new TextDecoder().decode(await exportAll()));
    const at = position(bytes);
    bytes[at] = bytes[at]! ^ 0x01;
    const reading = await readImportFile(new TextEncoder().encode(armor.encode(bytes)), { passphrase: PASSPHRASE });
    expect(problem(reading)).toBe('damaged');
    expect(!reading.ok && reading.message).toMatch(/^This file is damaged: it is incomplete or was changed after it was exported/);
  });

  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  it('a tampered scrypt stanza reads as a wrong passphrase, as in age itself', async () => {
    const bytes = armor.decode(new TextDecoder().decode(await exportAll()));
    const salt = new TextDecoder('latin1').decode(bytes).indexOf('-> scrypt ') + 12;
    // Another base64 letter: the salt stays well-formed but differs, so only the key is wrong. (Flipping
    // a bit could leave the alphabet, which age reads as a damaged header: one random salt in ~10.)
    bytes[salt] = BASE64.charCodeAt((BASE64.indexOf(String.fromCharCode(bytes[salt]!)) + 1) % BASE64.length);
    expect(problem(await readImportFile(bytes, { passphrase: PASSPHRASE }))).toBe('wrong-passphrase');
  });

  it('an edited armored file', async () => {
    const text = new TextDecoder().decode(await exportAll());
    const lines = text.split('\n');
    lines[3] = lines[3]!.replace(/[A-Za-z]/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(problem(await readImportFile(new TextEncoder().encode(lines.join('\n')), { passphrase: PASSPHRASE }))).toBe('damaged');
  });

  it.each([
    ['armored, without its end line', (text: string) => text.slice(0, text.indexOf('-----END'))],
    ['armored, cut in the middle', (text: string) => text.slice(0, Math.floor(text.length / 2))],
  ])('a truncated file: %s', async (_how, cut) => {
    const text = new TextDecoder().decode(await exportAll());
    expect(problem(await readImportFile(new TextEncoder().encode(cut(text)), { passphrase: PASSPHRASE }))).toBe('damaged');
  });

  it.each([1, 16, 200])('a truncated binary file: %d bytes missing', async (missing) => {
    const bytes = armor.decode(new TextDecoder().decode(await exportAll()));
    expect(problem(await readImportFile(bytes.subarray(0, bytes.length - missing), { passphrase: PASSPHRASE }))).toBe('damaged');
  });

  it('a file from a newer version of the app', async () => {
    const newer = JSON.stringify({ format: 'authid-manager-export', version: 2, authIds: [{ something: 'new' }] });
    const file = new TextEncoder().encode(await sealWithPassphrase(newer, PASSPHRASE, WORK_FACTOR));
    const reading = await readImportFile(file, { passphrase: PASSPHRASE });
    expect(problem(reading)).toBe('newer-version');
    expect(!reading.ok && reading.message).toBe(
      'This file was exported by a newer version of AuthID Manager (file format 2; this version reads format 1). Update AuthID Manager, then import it again. Nothing was imported.',
    );
  });

  it('our format with contents that do not fit it', async () => {
    const broken = JSON.stringify({ format: 'authid-manager-export', version: 1, exportedAt: new Date().toISOString(), exportedBy: 'x', authIds: 'none' });
    const file = new TextEncoder().encode(await sealWithPassphrase(broken, PASSPHRASE, WORK_FACTOR));
    expect(problem(await readImportFile(file, { passphrase: PASSPHRASE }))).toBe('invalid-contents');
  });

  it.each([
    ['encrypted text that is not an export', async () => new TextEncoder().encode(await sealWithPassphrase('hello', PASSPHRASE, WORK_FACTOR))],
    ['a plain text file', async () => new TextEncoder().encode('just some notes\n')],
    ['JSON of another app', async () => new TextEncoder().encode('{"accounts":[]}')],
  ])('%s', async (_what, file) => {
    expect(problem(await readImportFile(await file(), { passphrase: PASSPHRASE }))).toBe('not-recognized');
  });

  it('an age file encrypted for a key, not with a passphrase', async () => {
    const encrypter = new Encrypter();
    encrypter.addRecipient(await identityToRecipient(await generateIdentity()));
    const file = armor.encode(await encrypter.encrypt('{}'));
    expect(problem(await readImportFile(new TextEncoder().encode(file), { passphrase: PASSPHRASE }))).toBe('not-a-passphrase-file');
  });

  it('an entry whose AuthID is not one is left out, with the reason', async () => {
    const document = {
      format: 'authid-manager-export',
      version: 1,
      exportedAt: new Date().toISOString(),
      exportedBy: 'AuthID Manager',
      authIds: [
        { label: 'Broken', provider: 'googledrive', server: HOSTED, kind: 'v1', authId: 'no-colon-here', destinations: [] },
        { label: 'Fine', provider: 'dropbox', server: HOSTED, kind: 'v1', authId: DROPBOX_V1, destinations: [] },
      ],
    };
    const reading = await readImportFile(new TextEncoder().encode(await sealWithPassphrase(JSON.stringify(document), PASSPHRASE, WORK_FACTOR)), { passphrase: PASSPHRASE });
    expect(reading.ok && reading.candidates.map((c) => c.label)).toEqual(['Fine']);
    expect(reading.ok && reading.skipped).toEqual([{ name: 'Broken', reason: expect.stringMatching(/has none, so part of it is probably missing/) }]);
  });
});

describe('export', () => {
  it('a weak passphrase is refused before anything is encrypted', async () => {
    const result = await buildExportFile(await sources(), 'password1234', { workFactor: WORK_FACTOR });
    expect(result).toMatchObject({ ok: false, problem: 'weak-passphrase', message: expect.stringMatching(/^Too easy to guess/) });
  });

  it('nothing chosen, nothing written', async () => {
    expect(await buildExportFile([], PASSPHRASE)).toMatchObject({ ok: false, problem: 'nothing-to-export' });
  });
});
