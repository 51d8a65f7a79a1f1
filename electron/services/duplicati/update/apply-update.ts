/**
 * Applies a previewed update, one backup at a time: read it whole, check it is what the preview
 * saw, keep its previous configuration (encrypted) for Undo, write it whole with its schedule,
 * read it back. After a lost answer the app stops: every backup then is either fully updated,
 * untouched, or (the one in flight) known to be one of the two, and the result says which.
 */
import { randomUUID } from 'node:crypto';
import { redactSecrets } from '../../logging';
import { testDestination } from '../api/duplicati-api';
import type { DestinationTestView, BackupOutcome, DuplicatiResult, UpdateResultView } from '../views/duplicati-views';
import { failure } from '../failures';
import { readBackup } from '../reading/backup-reading';
import { queryValues } from '../reading/url-query';
import { editBackup } from './backup-edit';
import { stateOf, stateToText, type BackupState } from './backup-state';
import { writeCarefully } from './careful-write';
import { AFTER_STOP, notAttempted, reasonOf, summaryOf, unknownText } from './outcome-text';
import type { StoredPlan } from './update-planner';
import { digestOf, editTarget, newAuthIdOf, type UpdateContext } from './update-context';

export async function applyUpdate(context: UpdateContext, plan: StoredPlan, backupIds: readonly string[]): Promise<DuplicatiResult<UpdateResultView>> {
  const next = await newAuthIdOf(context, plan.recordId);
  if (!next.ok) return next;
  if (next.value.print !== plan.recordPrint) {
    return { ok: false, failure: failure('refused', `“${next.value.record.label}” has changed since the preview. Preview the update again.`) };
  }
  const undoId = randomUUID();
  await context.store.startUndo({ id: undoId, at: new Date(context.clock.now()).toISOString(), recordId: next.value.record.id, label: next.value.record.label });
  const outcomes: BackupOutcome[] = [];
  let stopped = false;
  for (const planned of plan.backups.filter((b) => backupIds.includes(b.backupId))) {
    if (stopped) {
      outcomes.push(notAttempted(planned.backupId, planned.name));
      continue;
    }
    const reading = await readBackup(context.session, planned.backupId);
    if (!reading.ok) {
      stopped = isLost(reading.failure.kind) || context.session.ended !== undefined;
      outcomes.push({ backupId: planned.backupId, name: planned.name, outcome: 'untouched', message: `Not changed: ${reasonOf(reading.failure)}` });
      continue;
    }
    const { name } = reading.value;
    const previous = stateOf(reading.value);
    if (digestOf(context, previous) !== planned.digest) {
      outcomes.push({ backupId: planned.backupId, name, outcome: 'untouched', message: 'Not changed: it was changed in Duplicati after the preview. Preview the update again.' });
      continue;
    }
    if (planned.blocked !== undefined) {
      outcomes.push({ backupId: planned.backupId, name, outcome: 'untouched', message: `Not changed: ${planned.blocked}` });
      continue;
    }
    const edit = editBackup(previous, editTarget(context, next.value, new Set(planned.alsoReplace)));
    if (edit.changes.length === 0) {
      outcomes.push({ backupId: planned.backupId, name, outcome: 'untouched', message: 'Not changed: it already uses this AuthID.' });
      continue;
    }
    const entry = { backupId: planned.backupId, name, previousDigest: digestOf(context, previous), updatedDigest: digestOf(context, edit.next) };
    await context.store.addUndoBackup(undoId, { ...entry, state: 'unknown' }, stateToText(previous));
    const written = await writeCarefully(context.session, planned.backupId, edit.next, previous);
    if (written.kind === 'written') {
      await context.store.setUndoBackup(undoId, planned.backupId, { state: 'updated' });
      outcomes.push({ backupId: planned.backupId, name, outcome: 'updated', message: 'Updated and read back.', destinationTest: await testUpdated(context, planned.backupId, edit.next) });
    } else if (written.kind === 'unchanged') {
      await context.store.setUndoBackup(undoId, planned.backupId, { state: 'restored' });
      outcomes.push({ backupId: planned.backupId, name, outcome: 'untouched', message: `Not changed: ${reasonOf(written.failure)}` });
      stopped = written.failure !== 'changed-differently' && isLost(written.failure.kind);
    } else {
      outcomes.push({ backupId: planned.backupId, name, outcome: 'unknown', message: unknownText(name) });
      stopped = true;
    }
  }
  const wrote = outcomes.some((o) => o.outcome === 'updated' || o.outcome === 'unknown');
  if (!wrote) await context.store.removeUndo(undoId);
  const summary = summaryOf(outcomes, 'updated');
  return { ok: true, value: { ...(wrote ? { undoId } : {}), outcomes, summary: stopped ? `${summary} ${AFTER_STOP}` : summary } };
}

const isLost = (kind: string): boolean => kind === 'unreachable' || kind === 'timeout' || kind === 'sign-in-again' || kind === 'cancelled';

/** Duplicati's own test of the updated destination, where the server has it. */
async function testUpdated(context: UpdateContext, backupId: string, state: BackupState): Promise<DestinationTestView> {
  const options: Record<string, string> = {};
  if (queryValues(state.url, 'authid').length === 0 && state.managed.authid !== undefined) options.authid = state.managed.authid.value;
  const tested = await testDestination(context.session, backupId, state.url, options);
  if (!tested.ok) return { result: 'not-run', message: `The destination was not tested: ${redactSecrets(tested.failure.message)}` };
  const outcome = tested.value;
  if (outcome.result === 'passed') return { result: 'passed', message: 'Duplicati connected to the destination with the new AuthID.' };
  return { result: outcome.result, message: redactSecrets(outcome.message) };
}
