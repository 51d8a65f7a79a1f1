/**
 * The steps the update tests share: a OneDrive AuthID used by three backups, re-authorized, and
 * what Duplicati should hold after the update (computed here independently of the service).
 */
import { expect } from 'vitest';
import type { StoredBackup } from '../../../fixtures/duplicati-stand-in/backups';
import type { DuplicatiStandIn, DuplicatiStandInOptions } from '../../../fixtures/duplicati-stand-in/server';
import type { UpdatePlanView } from '../../../../electron/services/duplicati';
import { PASSWORD, startHarness, type Harness } from './duplicati-harness';
import { newAuthId, sampleAuthIds, sampleBackups, type SampleAuthIds } from './sample-backups';

export const HOSTED = 'https://duplicati-oauth-handler.appspot.com';

export interface Journey {
  readonly harness: Harness;
  readonly ids: SampleAuthIds;
  readonly recordId: string;
  /** The AuthID after the re-authorization. */
  readonly fresh: string;
  /** Every backup as Duplicati stored it before the update. */
  readonly before: ReadonlyMap<string, StoredBackup>;
}

/** Connects, scans (so the app knows the old AuthID), then re-authorizes the OneDrive AuthID. */
export async function reauthorizedJourney(options: DuplicatiStandInOptions): Promise<Journey> {
  const ids = sampleAuthIds();
  const harness = await startHarness({ backups: sampleBackups(ids), ...options });
  const record = await harness.vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.onedrive });
  expect(await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD })).toMatchObject({ ok: true });
  expect((await harness.service.scan()).ok).toBe(true);
  const fresh = newAuthId();
  await harness.vault.replaceSecret(record.id, { authId: fresh, kind: 'v1' });
  harness.duplicati.workingAuthIds.add(fresh);
  return { harness, ids, recordId: record.id, fresh, before: snapshot(harness) };
}

/** Every backup as the stand-in holds it now, by id. */
export function snapshot({ duplicati }: { readonly duplicati: DuplicatiStandIn }): Map<string, StoredBackup> {
  return new Map(duplicati.backups.ids().map((id) => [id, duplicati.backups.raw(id)!]));
}

/** The backup with the new AuthID in its URL, its --authid option and extra destinations; nothing else changed. */
export function withNewAuthId(stored: StoredBackup, old: string, fresh: string): StoredBackup {
  const swap = (url: string) => url.split(`authid=${encodeURIComponent(old)}`).join(`authid=${encodeURIComponent(fresh)}`);
  return {
    schedule: stored.schedule,
    backup: {
      ...stored.backup,
      TargetURL: swap(stored.backup.TargetURL),
      Settings: stored.backup.Settings.map((s) => (s.Name === '--authid' ? { ...s, Value: fresh } : s)),
      AdditionalTargetURLs: stored.backup.AdditionalTargetURLs.map((t) => ({ ...t, TargetUrl: swap(t.TargetUrl) })),
    },
  };
}

export async function plannedAndSelected(journey: Journey): Promise<{ plan: UpdatePlanView; selected: string[] }> {
  const planned = await journey.harness.service.planUpdate({ recordId: journey.recordId });
  if (!planned.ok) throw new Error(planned.failure.message);
  return { plan: planned.value, selected: planned.value.backups.filter((b) => b.selected).map((b) => b.backupId) };
}

export const UPDATED_IDS = ['1', '2', '3'];

/** Each backup is whole: exactly as before, or exactly the update of it. */
export function expectEachWhole(journey: Journey, updatedIds: readonly string[]): void {
  expectBackupsWhole(journey.harness.duplicati, { before: journey.before, old: journey.ids.onedrive, fresh: journey.fresh }, updatedIds);
}

/** The stand-in holds each backup of `before` exactly updated from `old` to `fresh` (those in `updatedIds`) or exactly as it was. */
export function expectBackupsWhole(
  duplicati: DuplicatiStandIn,
  { before, old, fresh }: { readonly before: ReadonlyMap<string, StoredBackup>; readonly old: string; readonly fresh: string },
  updatedIds: readonly string[],
): void {
  for (const [id, backup] of before) {
    expect(duplicati.backups.raw(id), `backup ${id}`).toEqual(updatedIds.includes(id) ? withNewAuthId(backup, old, fresh) : backup);
  }
}
