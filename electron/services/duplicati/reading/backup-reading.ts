/**
 * Everything the app needs to know about one backup, read fresh: the whole backup as Duplicati
 * shows it (with its schedule), and the real values the 2.2+ view masks — the destination URL,
 * the effective advanced options and the extra destinations. Holds plaintext AuthIDs, so a
 * reading lives only for one scan, plan or update and never leaves the service.
 */
import { exportArgs, exportExtraTargets, getBackup, type ApiResult } from '../api/duplicati-api';
import type { BackupAnswer } from '../api/backup-shapes';
import type { DuplicatiSession } from '../session/duplicati-session';

export interface BackupReading {
  readonly id: string;
  readonly name: string;
  /** GET /api/v1/backup/{id}, as Duplicati sent it. */
  readonly shown: BackupAnswer;
  /** The real destination URL. */
  readonly url: string;
  /** Effective options without the leading `--` (the backup's own over the server-wide ones), real values. */
  readonly options: ReadonlyMap<string, string>;
  /** Real URL of each extra destination, by lower-cased UrlKey. */
  readonly extraUrls: ReadonlyMap<string, string>;
}

export async function readBackup(session: DuplicatiSession, backupId: string): Promise<ApiResult<BackupReading>> {
  const shown = await getBackup(session, backupId);
  if (!shown.ok) return shown;
  const args = await exportArgs(session, backupId);
  if (!args.ok) return args;
  const extras = shown.value.Backup.AdditionalTargetURLs ?? [];
  const extraUrls = extras.length === 0 ? { ok: true as const, value: new Map<string, string>() } : await exportExtraTargets(session, backupId);
  if (!extraUrls.ok) return extraUrls;
  return {
    ok: true,
    value: { id: shown.value.Backup.ID, name: shown.value.Backup.Name, shown: shown.value, url: args.value.url, options: args.value.options, extraUrls: extraUrls.value },
  };
}

/** The backup's own setting for an option (`--name` or `name`), as Duplicati lists it; the value may be masked. */
export function ownSettings(reading: BackupReading, option: string): { readonly index: number; readonly name: string }[] {
  return (reading.shown.Backup.Settings ?? [])
    .map((setting, index) => ({ index, name: setting.Name }))
    .filter(({ name }) => name.replace(/^--/, '') === option);
}
