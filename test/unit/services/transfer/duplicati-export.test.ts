// Importing Duplicati's own backup configuration exports. The documents are built in the shape
// Duplicati's server writes them (ImportExportStructure, Newtonsoft.Json, PascalCase): one backup
// from "Export … To file", a list as in a backup's task-setup.json, with and without passwords.
import { afterEach, beforeEach, describe, expect, it  } from 'vitest';
import { applyImport, existingAuthIds, planImport, readImportFile, type ImportReading } from '../../../../electron/services/transfer';
import { sealWithPassphrase } from '../../../../electron/services/transfer/age-envelope';
import type { Vault } from '../../../../electron/services/vault/vault';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';
import { openTestVault } from '../../../fixtures/open-test-vault';

const V1 = '0123456789abcdef0123456789abcdef:Pa55-word_with.chars!';
const V2 = 'v2:onedrivev2:M.C5_BAY.0.U.-Refresh+Token/with==';
const HOSTED = 'https://duplicati-oauth-handler.appspot.com';
registerSecret(V1);
registerSecret(V2);

interface Setting {
  readonly Name: string;
  readonly Value: string;
}

/** One exported backup, with what Duplicati writes around the parts the app reads. */
function exported(name: string, targetUrl: string, settings: readonly Setting[] = [], additional: readonly string[] = []) {
  return {
    CreatedByVersion: '2.1.0.5',
    Schedule: { ID: 3, Tags: ['ID=3'], Time: '2025-06-01T02:00:00Z', Repeat: '1D', LastRun: '2025-06-02T02:00:13Z', Rule: 'AllowedWeekDays=Monday,Wednesday,Friday', AllowedDays: ['mon', 'wed', 'fri'] },
    Backup: {
      ID: '3',
      ExternalID: null,
      Name: name,
      Description: '',
      Tags: [],
      TargetURL: targetUrl,
      DBPath: 'XQZVMBGRTL.sqlite',
      ConnectionStringID: -1,
      OperationType: 'Backup',
      Sources: ['/home/alice/Pictures/'],
      Settings: [
        { Filter: '', Name: 'encryption-module', Value: 'aes', Argument: null },
        { Filter: '', Name: 'compression-module', Value: 'zip', Argument: null },
        { Filter: '', Name: 'dblock-size', Value: '50mb', Argument: null },
        { Filter: '', Name: '--retention-policy', Value: '1W:1D,4W:1W,12M:1M', Argument: null },
        ...settings.map((s) => ({ Filter: '', ...s, Argument: null })),
      ],
      Filters: [],
      Metadata: { LastBackupDate: '20250602T020013Z', SourceFilesCount: '1204' },
      AdditionalTargetURLs: additional.map((url, i) => ({ ID: i + 1, BackupID: 3, TargetUrlKey: `key-${i}`, TargetUrl: url, Mode: 'Inline', Interval: '', ConnectionStringID: -1, Options: {}, CreatedAt: '2025-06-01T00:00:00Z', UpdatedAt: '2025-06-01T00:00:00Z' })),
      IsTemporary: false,
    },
    DisplayNames: { '/home/alice/Pictures/': 'Pictures' },
  };
}

const bytesOf = (value: unknown, prefix = ''): Uint8Array => new TextEncoder().encode(prefix + JSON.stringify(value, null, 2));
const read = (value: unknown): Promise<ImportReading> => readImportFile(bytesOf(value));

function candidatesOf(reading: ImportReading) {
  if (!reading.ok) throw new Error(reading.message);
  return reading.candidates;
}

describe('exported with passwords', () => {
  it('the AuthID in the target URL, labelled with the backup name, with the folder as a destination', async () => {
    const reading = await read(exported('Family photos', `googledrive://Backups/Family%20photos?authid=${encodeURIComponent(V1)}`));
    expect(reading).toMatchObject({ ok: true, source: 'duplicati', encrypted: false, skipped: [] });
    expect(candidatesOf(reading)).toEqual([
      {
        label: 'Family photos',
        provider: 'googledrive',
        serverBaseUrl: HOSTED,
        kind: 'v1',
        authId: V1,
        destinations: [{ name: 'Family photos', path: 'Backups/Family photos', options: {} }],
      },
    ]);
  });

  it('the AuthID, server and backend options in the advanced options: "--" ones win, as in Duplicati', async () => {
    const reading = await read(
      exported('Laptop', 'onedrivev2://Duplicati/Laptop', [
        { Name: 'authid', Value: 'overridden:by-the-dashed-one' },
        { Name: '--authid', Value: V2 },
        { Name: '--oauth-url', Value: 'https://authid.example.org/refresh' },
        { Name: '--drive-id', Value: '/drives/b!abc' },
      ]),
    );
    expect(candidatesOf(reading)).toEqual([
      {
        label: 'Laptop',
        provider: 'onedrivev2',
        serverBaseUrl: 'https://authid.example.org',
        kind: 'v2',
        authId: V2,
        destinations: [{ name: 'Laptop', path: 'Duplicati/Laptop', options: { 'drive-id': '/drives/b!abc' } }],
      },
    ]);
  });

  it("the URL's own authid wins over the advanced options", async () => {
    const reading = await read(exported('Work', `dropbox://Apps/Duplicati?authid=${encodeURIComponent(V1)}`, [{ Name: '--authid', Value: V2 }]));
    expect(candidatesOf(reading).map((c) => c.authId)).toEqual([V1]);
  });

  it('a list of backups (task-setup.json, with a byte-order mark): one entry per AuthID, a destination per backup', async () => {
    const reading = await readImportFile(
      bytesOf(
        [
          exported('Photos', `googledrive://Photos?authid=${encodeURIComponent(V1)}`),
          exported('Documents', `googledrive://Documents?authid=${encodeURIComponent(V1)}`, [], [`onedrivev2://Mirror/Documents?authid=${encodeURIComponent(V2)}`]),
          exported('NAS copy', 's3://bucket/prefix?auth-username=x'),
          exported('Local', '/mnt/backup/local'),
        ],
        '\ufeff',
      ),
    );
    expect(candidatesOf(reading).map((c) => ({ label: c.label, destinations: c.destinations.map((d) => `${d.name}: ${d.path}`) }))).toEqual([
      { label: 'Photos', destinations: ['Photos: Photos', 'Documents: Documents'] },
      { label: 'Documents', destinations: ['Documents (destination 2): Mirror/Documents'] },
    ]);
    expect(reading.ok && reading.skipped).toEqual([
      { name: 'NAS copy', reason: 'Its destination (s3://) does not use an AuthID.' },
      { name: 'Local', reason: 'Its destination does not use an AuthID.' },
    ]);
  });

  it('an export the age tool encrypted imports too', async () => {
    const file = await sealWithPassphrase(JSON.stringify(exported('Photos', `googledrive://Photos?authid=${encodeURIComponent(V1)}`)), 'a passphrase', 10);
    const reading = await readImportFile(new TextEncoder().encode(file), { passphrase: 'a passphrase' });
    expect(reading).toMatchObject({ ok: true, source: 'duplicati', encrypted: true });
  });
});

describe('exported without passwords', () => {
  it.each([
    ['authid removed from the URL and the options', 'googledrive://Backups/Photos', []],
    ['the masked placeholder of the server API', 'googledrive://Backups/Photos?authid=***************', []],
    ['an empty --authid', 'googledrive://Backups/Photos', [{ Name: '--authid', Value: '' }]],
  ])('%s: nothing to import, and the reason says how to export again', async (_case, url, settings) => {
    const reading = await read(exported('Photos', url, settings));
    expect(candidatesOf(reading)).toEqual([]);
    expect(reading.ok && reading.skipped).toEqual([{ name: 'Photos', reason: expect.stringMatching(/^Duplicati left its AuthID out: the backup was exported without passwords\. In Duplicati, export it again with "Export passwords" ticked/) }]);
  });

  it('a secret-provider reference is not an AuthID the app can use', async () => {
    const reading = await read(exported('Photos', 'googledrive://Photos?authid=$gdrive-photos'));
    expect(reading.ok && reading.skipped[0]?.reason).toBe('Its AuthID is a reference to a secret provider, which only Duplicati can look up.');
  });

  it('an AuthID the URL mangles is left out with what is wrong', async () => {
    const reading = await read(exported('Photos', `googledrive://Photos?authid=${V1.replace(':', '%3A')}%20`));
    expect(reading.ok && reading.skipped[0]?.reason).toMatch(/space|line break/);
  });
});

describe('files the app cannot read', () => {
  it("Duplicati's own encrypted export (AES Crypt)", async () => {
    const aes = new Uint8Array([0x41, 0x45, 0x53, 0x02, 0x00, 0x00, 0x18, ...new Array(64).fill(7)]);
    const reading = await readImportFile(aes);
    expect(!reading.ok && reading.problem).toBe('duplicati-encrypted');
    expect(!reading.ok && reading.message).toMatch(/export the backup again to a file without encryption and with "Export passwords" ticked/);
  });

  it('a cut-off export is not mistaken for an empty one', async () => {
    const text = JSON.stringify(exported('Photos', `googledrive://Photos?authid=${encodeURIComponent(V1)}`));
    const reading = await readImportFile(new TextEncoder().encode(text.slice(0, text.length / 2)));
    expect(!reading.ok && reading.problem).toBe('not-recognized');
  });
});

describe('into a vault', () => {
  let folder: TempFolder;
  let vault: Vault;
  beforeEach(async () => {
    folder = tempFolder();
    vault = await openTestVault(folder, new FakeSecretBox());
  });
  afterEach(async () => {
    await vault.flush();
    folder.remove();
  });

  async function importIt(value: unknown) {
    const plan = planImport(candidatesOf(await read(value)), await existingAuthIds(vault));
    return { plan, outcome: await applyImport(vault, plan) };
  }

  it('twice: the second time everything is already here', async () => {
    const file = [exported('Photos', `googledrive://Photos?authid=${encodeURIComponent(V1)}`), exported('Laptop', `onedrivev2://Laptop?authid=${encodeURIComponent(V2)}`)];
    expect((await importIt(file)).outcome.added).toHaveLength(2);
    const again = await importIt(file);
    expect(again.plan.map((i) => i.status)).toEqual(['already-here', 'already-here']);
    expect(vault.list().map((r) => r.label).sort()).toEqual(['Laptop', 'Photos']);
  });

  it('an AuthID the vault has under another name gains the backup as a destination', async () => {
    const record = await vault.add({ label: 'Google Drive (alice)', defaultLabel: 'Google Drive', provider: 'googledrive', serverBaseUrl: HOSTED, kind: 'v1', authId: V1 });
    const { plan } = await importIt(exported('Photos', `googledrive://Backups/Photos?authid=${encodeURIComponent(V1)}`));
    expect(plan[0]).toMatchObject({ status: 'differs', existingId: record.id });
    expect(vault.list()).toHaveLength(1);
    expect(vault.get(record.id)).toMatchObject({ label: 'Google Drive (alice)', destinations: [{ name: 'Photos', path: 'Backups/Photos', options: {} }] });
  });
});
