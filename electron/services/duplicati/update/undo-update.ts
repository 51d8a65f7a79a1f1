/**
 * Undo: puts each updated backup's previous configuration back — but only where Duplicati still
 * holds exactly what the update wrote, so that later edits made in Duplicati are never overwritten.
 * Also settles backups whose update ended without an answer, once Duplicati answers again.
 */
import { failure } from '../failures';
import { readBackup } from '../reading/backup-reading';
import type { BackupOutcome, DuplicatiResult, UpdateResultView } from '../views/duplicati-views';
import { stateFromText, stateOf } from './backup-state';
import { writeCarefully } from './careful-write';
import { notAttempted, reasonOf, summaryOf, unknownText } from './outcome-text';
import { digestOf, type UpdateContext } from './update-context';

export async function undoUpdate(context: UpdateContext, undoId: string): Promise<DuplicatiResult<UpdateResultView>> {
  const entry = context.store.undoEntries().find((e) => e.id === undoId);
  if (entry === undefined) return { ok: false, failure: failure('refused', 'That update can no longer be undone.') };
  const outcomes: BackupOutcome[] = [];
  let stopped = false;
  for (const backup of entry.backups.filter((b) => b.state !== 'restored')) {
    const { backupId, name } = backup;
    if (stopped) {
      outcomes.push(notAttempted(backupId, name));
      continue;
    }
    const reading = await readBackup(context.session, backupId);
    if (!reading.ok) {
      stopped = true;
      outcomes.push({ backupId, name, outcome: 'untouched', message: `Not restored: ${reasonOf(reading.failure)}` });
      continue;
    }
    const text = await context.store.previousOf(undoId, backupId);
    if (text === undefined) {
      outcomes.push({ backupId, name, outcome: 'untouched', message: 'Not restored: the saved copy of its previous configuration can no longer be decrypted.' });
      continue;
    }
    const current = stateOf(reading.value);
    const now = digestOf(context, current);
    if (now === backup.previousDigest) {
      await context.store.setUndoBackup(undoId, backupId, { state: 'restored' });
      outcomes.push({ backupId, name, outcome: 'restored', message: 'It already had its previous configuration.' });
      continue;
    }
    if (now !== backup.updatedDigest) {
      outcomes.push({ backupId, name, outcome: 'untouched', message: 'Not restored: it was changed in Duplicati after the update, and undoing would overwrite those changes.' });
      continue;
    }
    const written = await writeCarefully(context.session, backupId, stateFromText(text), current);
    if (written.kind === 'written') {
      await context.store.setUndoBackup(undoId, backupId, { state: 'restored' });
      outcomes.push({ backupId, name, outcome: 'restored', message: 'Its previous configuration is back, read back and compared.' });
    } else if (written.kind === 'unchanged') {
      outcomes.push({ backupId, name, outcome: 'untouched', message: `Not restored: ${reasonOf(written.failure)}` });
      stopped = written.failure !== 'changed-differently';
    } else {
      outcomes.push({ backupId, name, outcome: 'unknown', message: unknownText(name) });
      stopped = true;
    }
  }
  const left = context.store.undoEntries().find((e) => e.id === undoId)?.backups.some((b) => b.state !== 'restored') ?? false;
  if (!left) await context.store.removeUndo(undoId);
  return { ok: true, value: { ...(left ? { undoId } : {}), outcomes, summary: summaryOf(outcomes, 'restored') } };
}

/** Reads each backup left `unknown` and records whether Duplicati holds its new or its previous configuration. */
export async function settleUnknown(context: UpdateContext): Promise<void> {
  for (const entry of context.store.undoEntries()) {
    for (const backup of entry.backups.filter((b) => b.state === 'unknown')) {
      const reading = await readBackup(context.session, backup.backupId);
      if (!reading.ok) return;
      const now = digestOf(context, stateOf(reading.value));
      if (now === backup.updatedDigest) await context.store.setUndoBackup(entry.id, backup.backupId, { state: 'updated' });
      if (now === backup.previousDigest) await context.store.setUndoBackup(entry.id, backup.backupId, { state: 'restored' });
    }
  }
}
