/**
 * The preview: for each backup, exactly what the update would change (masked), read fresh from
 * Duplicati. Writes nothing. The plan keeps digests, not AuthIDs, so that applying it can tell
 * whether a backup changed in the meantime.
 */
import { randomUUID } from 'node:crypto';
import { BACKENDS, findProvider } from '../../providers';
import { backupFacts, type BackupFacts } from '../matching/backup-facts';
import type { DestinationLint } from '../destination-lint';
import { readBackup } from '../reading/backup-reading';
import { effectiveAuthId } from '../reading/destination-auth';
import type { DuplicatiResult, PlannedBackupView, UpdatePlanView } from '../views/duplicati-views';
import { scheduleSummary } from '../views/schedule-summary';
import { editBackup } from './backup-edit';
import { stateOf } from './backup-state';
import { digestOf, editTarget, newAuthIdOf, type UpdateContext } from './update-context';

export interface StoredPlan {
  readonly planId: string;
  readonly recordId: string;
  readonly recordPrint: string;
  readonly backups: readonly {
    readonly backupId: string;
    readonly name: string;
    readonly digest: string;
    readonly alsoReplace: readonly string[];
    /** Why it must not be updated; still true at apply time as long as the digest matches. */
    readonly blocked?: string;
  }[];
}

export interface PlanInput {
  readonly recordId: string;
  /** The backups to look at; by default those the last scan found using this AuthID. */
  readonly backupIds: readonly string[];
  /** True when the user picked the backups: their current AuthID is replaced whatever it is. */
  readonly chosen: boolean;
}

export async function planUpdate(context: UpdateContext, input: PlanInput, lint: DestinationLint): Promise<DuplicatiResult<{ view: UpdatePlanView; stored: StoredPlan }>> {
  await context.knowledge.learn(context.held);
  const next = await newAuthIdOf(context, input.recordId);
  if (!next.ok) return next;
  const views: PlannedBackupView[] = [];
  const stored: StoredPlan['backups'][number][] = [];
  for (const backupId of input.backupIds) {
    const reading = await readBackup(context.session, backupId);
    if (!reading.ok) {
      if (context.session.ended !== undefined) return reading;
      views.push({ backupId, name: backupId, selected: false, changes: [], schedule: '', notes: [], blocked: reading.failure.message });
      continue;
    }
    const state = stateOf(reading.value);
    const facts = backupFacts(reading.value, context.knowledge, lint);
    const current = effectiveAuthId(reading.value);
    const alsoReplace = input.chosen && current !== undefined ? [context.knowledge.fingerprint(current.value)] : [];
    const blocked = blockedBecause(facts, next.value.record.provider, next.value.record.label);
    const edit = blocked === undefined ? editBackup(state, editTarget(context, next.value, new Set(alsoReplace))) : { changes: [] };
    views.push({
      backupId,
      name: reading.value.name,
      selected: blocked === undefined && edit.changes.length > 0,
      changes: edit.changes,
      schedule: `${scheduleSummary(state.schedule)} (kept as is)`,
      notes: notesFor(facts, edit.changes.length),
      ...(blocked === undefined ? {} : { blocked }),
    });
    stored.push({ backupId, name: reading.value.name, digest: digestOf(context, state), alsoReplace, ...(blocked === undefined ? {} : { blocked }) });
  }
  const count = views.filter((v) => v.selected).length;
  const planId = randomUUID();
  return {
    ok: true,
    value: {
      view: {
        planId,
        recordId: input.recordId,
        label: next.value.record.label,
        backups: views,
        title: count === 0 ? 'No backup needs the new AuthID' : `Use the new AuthID in ${count === 1 ? 'this backup' : `these ${count} backups`}`,
      },
      stored: { planId, recordId: input.recordId, recordPrint: next.value.print, backups: stored },
    },
  };
}

function blockedBecause(facts: BackupFacts, provider: string, label: string): string | undefined {
  if (facts.backend === undefined) return "This backup's destination does not use an AuthID.";
  if (facts.authId?.secretReference === true) return "This backup reads its AuthID from Duplicati's secret provider; change it there.";
  const wanted = findProvider(provider)?.backend;
  if (wanted !== undefined && wanted !== null && wanted !== facts.backend) {
    return `This backup stores to ${BACKENDS[facts.backend].name}; “${label}” is an AuthID for ${BACKENDS[wanted].name}.`;
  }
  return undefined;
}

function notesFor(facts: BackupFacts, changes: number): string[] {
  const notes: string[] = [];
  if (changes === 0) notes.push('Already uses this AuthID; nothing to change.');
  if (facts.connectionStringId !== undefined) {
    notes.push(
      `Its destination comes from a named connection in Duplicati (#${facts.connectionStringId}), which keeps the old AuthID. Edit that connection in Duplicati too, or updating backups from it would bring the old AuthID back.`,
    );
  }
  return notes;
}
