/**
 * A backup as the app writes it back: Duplicati's own view of the whole backup (with its
 * schedule), with the real destination URLs and the real values of the advanced options the app
 * manages in place of the masked ones. Other masked values stay masked: Duplicati puts its stored
 * value back for a placeholder, so the app never needs the backup's passphrase.
 */
import type { BackupJson, ScheduleJson } from '../api/backup-shapes';
import type { BackupReading } from '../reading/backup-reading';
import { managedSetting } from '../reading/destination-auth';

export type ManagedOption = 'authid' | 'oauth-url';

export interface BackupState {
  readonly backup: BackupJson;
  readonly schedule: ScheduleJson | null;
  /** Real destination URL. */
  readonly url: string;
  /** Real values of the managed settings, by option (only those the backup has). */
  readonly managed: Readonly<Partial<Record<ManagedOption, { readonly index: number; readonly value: string }>>>;
  /** Real extra destination URLs, by lower-cased UrlKey. */
  readonly extraUrls: ReadonlyMap<string, string>;
  /** Server-wide `oauth-url` (applies when the backup sets none). */
  readonly serverOauthUrl?: string;
}

export function stateOf(reading: BackupReading): BackupState {
  const managed: Partial<Record<ManagedOption, { index: number; value: string }>> = {};
  for (const option of ['authid', 'oauth-url'] as const) {
    const index = managedSetting(reading, option);
    if (index !== undefined) managed[option] = { index, value: reading.options.get(option) ?? '' };
  }
  const serverOauthUrl = managed['oauth-url'] === undefined ? reading.options.get('oauth-url') : undefined;
  return {
    backup: reading.shown.Backup,
    schedule: reading.shown.Schedule ?? null,
    url: reading.url,
    managed,
    extraUrls: reading.extraUrls,
    ...(serverOauthUrl === undefined ? {} : { serverOauthUrl }),
  };
}

/** The PUT body: the whole backup and its schedule (a PUT without Schedule deletes it). */
export function putBody(state: BackupState): { Backup: Record<string, unknown>; Schedule: ScheduleJson | null } {
  const settings = (state.backup.Settings ?? []).map((setting, index) => {
    const managed = Object.values(state.managed).find((m) => m.index === index);
    return managed === undefined ? setting : { ...setting, Value: managed.value };
  });
  const extras = state.backup.AdditionalTargetURLs?.map((extra) => ({ ...extra, TargetUrl: state.extraUrls.get(extra.UrlKey.toLowerCase()) ?? extra.TargetUrl }));
  return {
    Backup: { ...state.backup, TargetURL: state.url, Settings: settings, ...(extras === undefined ? {} : { AdditionalTargetURLs: extras }) },
    Schedule: state.schedule,
  };
}

/**
 * What must be equal after a write, as one JSON text: everything the user configured, with real
 * values. Left out: run statistics (Metadata, the schedule's LastRun) and ids Duplicati assigns.
 */
export function comparableText(state: BackupState): string {
  const body = putBody(state);
  const backup = body.Backup as BackupJson & Record<string, unknown>;
  const schedule = state.schedule;
  return JSON.stringify({
    Name: backup.Name,
    Description: backup.Description ?? '',
    Tags: backup.Tags ?? [],
    Sources: backup.Sources ?? [],
    Filters: backup.Filters ?? [],
    ConnectionStringID: backup.ConnectionStringID ?? -1,
    TargetURL: backup.TargetURL,
    Settings: (backup.Settings ?? []).map((s) => [s.Name, s.Filter ?? '', s.Value ?? '']),
    Extras: (backup.AdditionalTargetURLs ?? []).map((e) => [e.UrlKey, e.TargetUrl, e.Mode ?? null, e.Interval ?? null, e.ConnectionStringID ?? null, e.Options ?? null]),
    Schedule: schedule === null ? null : [schedule.Tags ?? [], schedule.Time ?? '', schedule.Repeat ?? '', schedule.Rule ?? '', schedule.AllowedDays ?? []],
  });
}

/** The Undo copy's text: the whole state, real values included (it is kept only encrypted). */
export function stateToText(state: BackupState): string {
  return JSON.stringify({ ...state, extraUrls: [...state.extraUrls] });
}

export function stateFromText(text: string): BackupState {
  const parsed = JSON.parse(text) as Omit<BackupState, 'extraUrls'> & { extraUrls: [string, string][] };
  return { ...parsed, extraUrls: new Map(parsed.extraUrls) };
}
