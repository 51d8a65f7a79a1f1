/** The words for what happened to each backup, and the summary line. */
import { redactSecrets } from '../../logging';
import type { DuplicatiFailure } from '../failures';
import type { BackupOutcome } from '../views/duplicati-views';

export const reasonOf = (why: DuplicatiFailure | 'changed-differently'): string =>
  why === 'changed-differently'
    ? 'Duplicati saved something other than what the app sent, so the app put the previous configuration back.'
    : redactSecrets(why.message);

export const unknownText = (name: string): string =>
  `Duplicati stopped answering while saving “${name}”. It saves a backup in one step, so it now holds either the old or the new configuration; the app checks which as soon as Duplicati answers again.`;

export const notAttempted = (backupId: string, name: string): BackupOutcome => ({
  backupId,
  name,
  outcome: 'untouched',
  message: 'Not changed: the app stopped before this backup because Duplicati stopped answering.',
});

/** After an update stopped part-way because Duplicati stopped answering: how to finish it once Duplicati is back. */
export const AFTER_STOP =
  'Check that Duplicati is running, then choose “Look again” on the Duplicati screen and use the new AuthID in the backups not updated yet, or undo this update.';

export function summaryOf(outcomes: readonly BackupOutcome[], done: 'updated' | 'restored'): string {
  const doneCount = outcomes.filter((o) => o.outcome === done).length;
  const verb = done === 'updated' ? 'Updated' : 'Restored';
  const lines = [
    doneCount === outcomes.length
      ? `${verb} ${doneCount === 1 ? '1 backup' : `${doneCount} backups`}${done === 'updated' ? '; schedules and other settings are unchanged' : ' to their previous configuration'}.`
      : `${verb} ${doneCount} of ${outcomes.length} backups.`,
  ];
  const unknown = outcomes.find((o) => o.outcome === 'unknown');
  if (unknown !== undefined) lines.push(unknownText(unknown.name));
  const untouched = outcomes.filter((o) => o.outcome === 'untouched');
  if (untouched.length > 0) lines.push(`Not changed: ${untouched.map((o) => `“${o.name}”`).join(', ')}.`);
  return lines.join(' ');
}
