// Backups that name a shared record's `$name` count as using it (for "Used by" and the revoke
// and remove dialogs), in any case, in the main destination or an extra one; nothing else does.
import { describe, expect, it } from 'vitest';
import { withReferenceUsage } from '../../../electron/app/reference-usage';
import type { DuplicatiBackupView, DuplicatiOverview } from '../../../electron/services/duplicati';

const backup = (id: string, name: string, masked: string | undefined, extra?: string): DuplicatiBackupView => ({
  id,
  name,
  destination: `onedrivev2://${name}`,
  health: 'ok',
  problems: [],
  schedule: 'Daily',
  ...(masked === undefined ? {} : { authId: { masked, source: 'url' as const } }),
  extraDestinations: extra === undefined ? [] : [{ key: 'offsite', destination: 'onedrivev2://Offsite', authId: { masked: extra, source: 'url' as const } }],
});

const overview = (backups: DuplicatiBackupView[], usage: DuplicatiOverview['usage'] = {}): DuplicatiOverview => ({
  baseUrl: 'http://127.0.0.1:8200',
  scannedAt: '2026-12-02T06:00:00.000Z',
  backups,
  usage,
  atRisk: { needsReauthorization: 0, replaced: 0, broken: 0 },
  unreadable: [],
});

describe('backups that name a $name reference', () => {
  it('use its record, in any case and in extra destinations, besides those matched by fingerprint', () => {
    const scanned = overview(
      [
        backup('1', 'Laptop', '$authid_photos'),
        backup('2', 'Photos', '$AUTHID_PHOTOS'),
        backup('3', 'Offsite copy', undefined, '$authid_photos'),
        backup('4', 'Other', '$authid_other'),
        backup('5', 'Masked AuthID', '0123…wxyz'),
      ],
      { rec1: [{ backupId: '5', name: 'Masked AuthID' }] },
    );
    const result = withReferenceUsage(scanned, [['rec1', '$authid_photos']]);
    expect(result.usage['rec1']?.map((use) => use.name)).toEqual(['Masked AuthID', 'Laptop', 'Photos', 'Offsite copy']);
    expect(result.usage['rec2']).toBeUndefined();
  });

  it('a backup already counted is not listed twice, and without shared records nothing changes', () => {
    const scanned = overview([backup('1', 'Laptop', '$authid_photos')], { rec1: [{ backupId: '1', name: 'Laptop' }] });
    expect(withReferenceUsage(scanned, [['rec1', '$authid_photos']]).usage['rec1']).toEqual([{ backupId: '1', name: 'Laptop' }]);
    expect(withReferenceUsage(scanned, [])).toBe(scanned);
  });

  it('a reference that is only the start of another name does not match', () => {
    const scanned = overview([backup('1', 'Laptop', '$authid_photos_2')]);
    expect(withReferenceUsage(scanned, [['rec1', '$authid_photos']]).usage['rec1']).toBeUndefined();
  });
});
