import type { AuthIdView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { TimeText } from '../common/TimeText';
import { useAction } from '../hooks/use-action';
import { authids } from '../api/authids-client';
import { AuthIdUsageList } from './AuthIdUsageList';
import { BackupItem } from './BackupItem';
import { connectionSummary } from './connection-text';
import { UndoHistory } from './UndoHistory';
import { useDuplicati } from './use-duplicati';

interface DuplicatiScreenProps {
  readonly authIds: readonly AuthIdView[];
  readonly onOpenAuthId: (id: string) => void;
  readonly onOpenSettings: () => void;
}

/** Every backup in the user's Duplicati with the AuthID it uses, what is wrong, and the updates to undo. */
export function DuplicatiScreen({ authIds, onOpenAuthId, onOpenSettings }: DuplicatiScreenProps) {
  const duplicati = useDuplicati();
  const scan = useAction(() => authids().scanDuplicati());
  const state = duplicati.value;
  const connected = state?.connection.state === 'connected';
  const overview = connected ? state.overview : undefined;
  return (
    <>
      <ScreenHeading>Duplicati backups</ScreenHeading>
      <ErrorMessage message={duplicati.error} />
      {!state && !duplicati.error ? (
        <p role="status" className="loading">
          <Spinner /> Loading…
        </p>
      ) : null}
      {state && !connected ? (
        <div className="empty-state">
          <p>{connectionSummary(state.connection)} Sign in to see which backups use which AuthID. Signing in changes nothing in Duplicati.</p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={onOpenSettings}>
              Sign in under Settings
            </button>
          </div>
        </div>
      ) : null}
      {state && connected ? (
        <>
          <p className="screen-intro">
            {connectionSummary(state.connection)}
            {overview ? (
              <>
                {' '}
                Backups last read: <TimeText iso={overview.scannedAt} />.
              </>
            ) : null}
          </p>
          <div className="button-row">
            <BusyButton pending={state.scanning || scan.pending} pendingLabel="Looking at the backups…" onClick={() => void scan.run()}>
              Look again
            </BusyButton>
          </div>
          <ErrorMessage message={scan.error ?? state.scanProblem ?? null} />
          {overview?.atRisk.message ? (
            <p className="warning-text" role="status">
              {overview.atRisk.message}.
            </p>
          ) : null}
        </>
      ) : null}
      {overview ? (
        <>
          <AuthIdUsageList overview={overview} authIds={authIds} onOpenAuthId={onOpenAuthId} />
          <section className="detail-section" aria-labelledby="backups-heading">
            <h2 id="backups-heading">All backups ({overview.backups.length})</h2>
            {overview.backups.length === 0 ? <p className="muted">Duplicati has no backups yet.</p> : null}
            <ul className="duplicati-backups">
              {overview.backups.map((backup) => (
                <BackupItem key={backup.id} backup={backup} />
              ))}
            </ul>
            {overview.unreadable.map((backup) => (
              <p key={backup.backupId} className="error-message">
                “{backup.name}” could not be read: {backup.message}
              </p>
            ))}
          </section>
        </>
      ) : null}
      {state && connected ? <UndoHistory entries={state.undo} /> : null}
    </>
  );
}
