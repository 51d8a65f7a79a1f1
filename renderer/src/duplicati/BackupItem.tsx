import { BackupHealthChip } from './BackupHealthChip';
import type { BackupAuthIdView, DuplicatiBackupView } from './duplicati-types';
import { ProblemList } from './ProblemList';

function authIdText(authId: BackupAuthIdView | undefined): string {
  if (authId === undefined) return 'None';
  const where = authId.source === 'option' ? ' (from the --authid option)' : '';
  if (authId.label === undefined) return `${authId.masked}${where}, not in AuthID Manager`;
  return `${authId.label}${authId.current === false ? ' (its AuthID before the last re-authorization)' : ''}, ${authId.masked}${where}`;
}

/** One backup as Duplicati holds it: destination (masked), AuthID by label, schedule, health. */
export function BackupItem({ backup }: { backup: DuplicatiBackupView }) {
  return (
    <li className="duplicati-backup">
      <div className="duplicati-backup-title">
        <h3>{backup.name}</h3>
        <BackupHealthChip health={backup.health} />
      </div>
      <dl className="detail-facts">
        <dt>Destination</dt>
        <dd>
          <code className="break-anywhere">{backup.destination}</code>
        </dd>
        <dt>AuthID</dt>
        <dd>{authIdText(backup.authId)}</dd>
        {backup.refreshServer ? (
          <>
            <dt>Refreshed by</dt>
            <dd className="break-anywhere">{backup.refreshServer}</dd>
          </>
        ) : null}
        <dt>Schedule</dt>
        <dd>{backup.schedule}</dd>
        {backup.extraDestinations.map((extra) => (
          <ExtraDestination key={extra.key} name={extra.key} destination={extra.destination} authId={extra.authId} />
        ))}
      </dl>
      <ProblemList problems={backup.problems} />
    </li>
  );
}

function ExtraDestination({ name, destination, authId }: { name: string; destination: string; authId: BackupAuthIdView | undefined }) {
  return (
    <>
      <dt>Extra destination “{name}”</dt>
      <dd>
        <code className="break-anywhere">{destination}</code> — AuthID: {authIdText(authId)}
      </dd>
    </>
  );
}
