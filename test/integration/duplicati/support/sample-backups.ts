/**
 * The backups the Duplicati stand-in starts with in these tests, and the AuthIDs they use.
 * AuthIDs are random per run and registered with the leak check.
 */
import { randomBytes } from 'node:crypto';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import type { SeedBackup, StandInSchedule } from '../../../fixtures/duplicati-stand-in/backups';

/** A v1 AuthID: key id, colon, password (as the AuthID servers issue them). */
export function newAuthId(): string {
  const value = `${randomBytes(16).toString('hex')}:${randomBytes(18).toString('base64url')}`;
  registerSecret(value);
  return value;
}

export const DAILY: Omit<StandInSchedule, 'ID' | 'Tags'> = {
  Time: '2026-01-01T02:00:00Z',
  Repeat: '1D',
  LastRun: '2026-03-01T02:00:00Z',
  Rule: 'AllowedWeekDays=Monday,Tuesday,Wednesday,Thursday,Friday',
  AllowedDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
};

export const WEEKLY: Omit<StandInSchedule, 'ID' | 'Tags'> = { Time: '2026-01-04T23:30:00Z', Repeat: '1W', LastRun: '2026-03-01T23:30:00Z', Rule: '', AllowedDays: [] };

const enc = encodeURIComponent;
// Backup passphrases are secrets too: none may reach the window.
for (const passphrase of ['photo passphrase', 'work passphrase', 'correct horse battery']) registerSecret(passphrase);

export interface SampleAuthIds {
  readonly onedrive: string;
  readonly onedriveStale: string;
  readonly dropboxUnknown: string;
  readonly box: string;
}

export function sampleAuthIds(): SampleAuthIds {
  return { onedrive: newAuthId(), onedriveStale: newAuthId(), dropboxUnknown: newAuthId(), box: newAuthId() };
}

export interface SampleBackupOptions {
  /**
   * The refresh URL (`<server>/refresh`) of the server that issued the OneDrive AuthID: in
   * Documents' and Work's URLs as `oauth-url`, in Photos as a `--oauth-url` option. Default:
   * none, so Duplicati asks its default server (the hosted handler).
   */
  readonly oneDriveRefreshUrl?: string;
}

/**
 * 1–3 use the OneDrive AuthID (3 with a stale --authid option, as in the forum thread), 4 an
 * AuthID the app does not hold, 5 a Box AuthID that needs re-authorization, 6 no AuthID at all.
 */
export function sampleBackups(ids: SampleAuthIds, { oneDriveRefreshUrl }: SampleBackupOptions = {}): SeedBackup[] {
  const refreshQuery = oneDriveRefreshUrl === undefined ? '' : `&oauth-url=${enc(oneDriveRefreshUrl)}`;
  const refreshOption = oneDriveRefreshUrl === undefined ? [] : [{ Name: '--oauth-url', Value: oneDriveRefreshUrl, Filter: '' }];
  return [
    { Name: 'Documents', TargetURL: `onedrivev2://Backups/Laptop%20Docs?authid=${enc(ids.onedrive)}${refreshQuery}`, Schedule: DAILY },
    {
      Name: 'Photos',
      TargetURL: `onedrivev2://Photos?authid=${enc(ids.onedrive)}&fragment-size=10485760&keep-versions=`,
      Settings: [
        { Name: 'passphrase', Value: 'photo passphrase', Filter: '' },
        { Name: '--authid', Value: ids.onedrive, Filter: '' },
        ...refreshOption,
      ],
      Schedule: WEEKLY,
    },
    {
      Name: 'Work',
      TargetURL: `onedrivev2://Work/Projects?authid=${enc(ids.onedrive)}${refreshQuery}`,
      Settings: [
        { Name: 'passphrase', Value: 'work passphrase', Filter: '' },
        { Name: '--authid', Value: ids.onedriveStale, Filter: '' },
        { Name: '--dblock-size', Value: '100mb', Filter: '' },
      ],
      Schedule: DAILY,
    },
    { Name: 'Shared Dropbox', TargetURL: `dropbox://Team?authid=${enc(ids.dropboxUnknown)}`, Schedule: null },
    { Name: 'Box archive', TargetURL: `box://Archive?authid=${enc(ids.box)}`, Schedule: WEEKLY },
    { Name: 'Local disk', TargetURL: 'file:///mnt/backup', Schedule: DAILY },
  ];
}
