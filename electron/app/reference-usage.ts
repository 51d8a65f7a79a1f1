/**
 * Backups that name a record's `$name` reference use that record, although the scan cannot match
 * them by fingerprint (Duplicati resolves the reference itself). Store lookups ignore case.
 */
import type { BackupUse, DuplicatiOverview } from '../services/duplicati';

/** `[record id, "$name"]` for every record shared through a store. */
export type SharedReferences = readonly (readonly [id: string, reference: string])[];

export function withReferenceUsage(overview: DuplicatiOverview, shared: SharedReferences): DuplicatiOverview {
  if (shared.length === 0) return overview;
  const usage: Record<string, readonly BackupUse[]> = { ...overview.usage };
  for (const [id, reference] of shared) {
    const wanted = reference.toLowerCase();
    const naming = overview.backups.filter((backup) =>
      [backup.authId, ...backup.extraDestinations.map((extra) => extra.authId)].some((authId) => authId?.masked.toLowerCase() === wanted),
    );
    const known = usage[id] ?? [];
    const added = naming.filter((backup) => !known.some((use) => use.backupId === backup.id)).map((backup) => ({ backupId: backup.id, name: backup.name }));
    if (added.length > 0) usage[id] = [...known, ...added];
  }
  return { ...overview, usage };
}
