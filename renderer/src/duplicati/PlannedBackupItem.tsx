import { Field } from '../common/Field';
import type { PlannedBackupView } from './duplicati-types';

interface PlannedBackupItemProps {
  readonly backup: PlannedBackupView;
  readonly chosen: boolean;
  readonly onToggle: (chosen: boolean) => void;
}

/** One backup in the preview: exactly what changes (masked), or why it cannot be updated. */
export function PlannedBackupItem({ backup, chosen, onToggle }: PlannedBackupItemProps) {
  const blocked = backup.blocked !== undefined || backup.changes.length === 0;
  return (
    <li className="planned-backup">
      <Field
        checkbox
        label={backup.name}
        help={(helpId) => (
          <div id={helpId}>
            {backup.blocked ? <p>Not updated: {backup.blocked}</p> : null}
            {!backup.blocked && backup.changes.length === 0 ? <p>Nothing to change: it already uses the new AuthID.</p> : null}
            {backup.changes.length > 0 ? (
              <ul className="planned-changes">
                {backup.changes.map((change) => (
                  <li key={change.where}>
                    {change.where}: <code className="break-anywhere">{change.before}</code> → <code className="break-anywhere">{change.after}</code>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="muted">Schedule: {backup.schedule}</p>
            {backup.notes.map((note) => (
              <p key={note} className="warning-text">
                {note}
              </p>
            ))}
          </div>
        )}
      >
        {(control) => <input {...control} type="checkbox" checked={chosen && !blocked} disabled={blocked} onChange={(event) => onToggle(event.target.checked)} />}
      </Field>
    </li>
  );
}
