/**
 * Updating when things go wrong: Duplicati closes the connection while saving, saves and then
 * dies, or is gone; a backup changes between preview and update, or after it. In every case
 * each backup is whole — exactly as before or exactly updated — and the result says which.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from './support/duplicati-harness';
import { VERSIONS } from './support/versions';
import { expectEachWhole, plannedAndSelected, reauthorizedJourney, type Journey } from './support/update-journey';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(version: (typeof VERSIONS)[number]): Promise<Journey> {
  const journey = await reauthorizedJourney({ version });
  harness = journey.harness;
  return journey;
}

async function applyAll(journey: Journey) {
  const { plan, selected } = await plannedAndSelected(journey);
  const applied = await journey.harness.service.applyUpdate(plan.planId, selected);
  if (!applied.ok) throw new Error(applied.failure.message);
  return applied.value;
}

describe.each(VERSIONS)('Duplicati %s', (version) => {
  it('stops when the connection closes before the second backup is saved; the rest stay untouched', async () => {
    const journey = await start(version);
    journey.harness.duplicati.failures.dieOnWrite = { after: 1, saved: false, thenDown: false };
    const result = await applyAll(journey);
    expect(result.outcomes.map((o) => [o.backupId, o.outcome])).toEqual([['1', 'updated'], ['2', 'untouched'], ['3', 'untouched']]);
    expect(result.outcomes[1]?.message).toMatch(/^Not changed: Duplicati at 127\.0\.0\.1:\d+ does not answer/);
    expect(result.outcomes[2]?.message).toMatch(/stopped before this backup/);
    expect(result.summary).toBe(
      'Updated 1 of 3 backups. Not changed: “Photos”, “Work”. Check that Duplicati is running, then choose “Look again” on the Duplicati screen and use the new AuthID in the backups not updated yet, or undo this update.',
    );
    expectEachWhole(journey, ['1']);
    delete journey.harness.duplicati.failures.dieOnWrite;
    const undone = await journey.harness.service.undo(result.undoId!);
    expect(undone.ok && undone.value.outcomes.map((o) => o.outcome)).toEqual(['restored']);
    expectEachWhole(journey, []);
  });

  it('finds a backup saved just before the connection closed, and carries on', async () => {
    const journey = await start(version);
    journey.harness.duplicati.failures.dieOnWrite = { after: 1, saved: true, thenDown: false };
    const result = await applyAll(journey);
    expect(result.outcomes.map((o) => o.outcome)).toEqual(['updated', 'updated', 'updated']);
    expectEachWhole(journey, ['1', '2', '3']);
  });

  it('says which backup is in doubt when Duplicati is gone mid-update, and settles it once Duplicati is back', async () => {
    const journey = await start(version);
    journey.harness.duplicati.failures.dieOnWrite = { after: 1, saved: false, thenDown: true };
    const result = await applyAll(journey);
    expect(result.outcomes.map((o) => o.outcome)).toEqual(['updated', 'unknown', 'untouched']);
    expect(result.summary).toContain('Duplicati stopped answering while saving “Photos”. It saves a backup in one step, so it now holds either the old or the new configuration');
    expectEachWhole(journey, ['1']);
    expect(journey.harness.service.undoHistory()[0]?.backups.map((b) => b.state)).toEqual(['updated', 'unknown']);

    journey.harness.duplicati.failures.down = false;
    delete journey.harness.duplicati.failures.dieOnWrite;
    expect((await journey.harness.service.scan()).ok).toBe(true);
    expect(journey.harness.service.undoHistory()[0]?.backups.map((b) => b.state)).toEqual(['updated', 'restored']);
    const undone = await journey.harness.service.undo(result.undoId!);
    expect(undone.ok && undone.value.outcomes.map((o) => o.outcome)).toEqual(['restored']);
    expectEachWhole(journey, []);
    journey.harness.expectNoSecretsInWindow();
  });

  it('leaves alone a backup that changed in Duplicati after the preview', async () => {
    const journey = await start(version);
    const { plan, selected } = await plannedAndSelected(journey);
    const photos = journey.harness.duplicati.backups.raw('2')!;
    journey.harness.duplicati.backups.put('2', { Backup: { ...photos.backup, Description: 'edited meanwhile' }, Schedule: photos.schedule });
    const applied = await journey.harness.service.applyUpdate(plan.planId, selected);
    expect(applied.ok && applied.value.outcomes.map((o) => [o.outcome, o.message])).toEqual([
      ['updated', 'Updated and read back.'],
      ['untouched', 'Not changed: it was changed in Duplicati after the preview. Preview the update again.'],
      ['updated', 'Updated and read back.'],
    ]);
    expect(journey.harness.duplicati.backups.raw('2')?.backup).toMatchObject({ Description: 'edited meanwhile', TargetURL: photos.backup.TargetURL });
  });

  it('does not undo over changes made in Duplicati after the update', async () => {
    const journey = await start(version);
    const result = await applyAll(journey);
    const work = journey.harness.duplicati.backups.raw('3')!;
    journey.harness.duplicati.backups.put('3', { Backup: { ...work.backup, Name: 'Work (renamed)' }, Schedule: work.schedule });
    const undone = await journey.harness.service.undo(result.undoId!);
    expect(undone.ok && undone.value.outcomes.map((o) => o.outcome)).toEqual(['restored', 'restored', 'untouched']);
    expect(journey.harness.duplicati.backups.raw('3')?.backup.Name).toBe('Work (renamed)');
    expect(journey.harness.service.undoHistory()[0]?.backups.map((b) => b.state)).toEqual(['restored', 'restored', 'updated']);
  });

  it('keeps Undo across a restart, encrypted on disk', async () => {
    const journey = await start(version);
    const result = await applyAll(journey);
    const file = (await import('node:fs')).readFileSync(journey.harness.folder.file('duplicati.json'), 'utf8');
    expect(file).not.toContain(journey.ids.onedrive);
    expect(file).not.toContain(encodeURIComponent(journey.ids.onedrive));
    const restarted = await journey.harness.restart();
    expect((await restarted.resume()).ok).toBe(true);
    const undone = await restarted.undo(result.undoId!);
    expect(undone.ok && undone.value.outcomes.map((o) => o.outcome)).toEqual(['restored', 'restored', 'restored']);
    expectEachWhole(journey, []);
  });
});
