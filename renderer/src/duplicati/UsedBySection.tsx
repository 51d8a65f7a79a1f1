import { useState } from 'react';
import type { AuthIdView } from '../api/view-types';
import { UpdateBackupsDialog } from './UpdateBackupsDialog';
import { useDuplicati } from './use-duplicati';

/** On an AuthID's detail: the Duplicati backups that use it (now or as it was before a re-authorization). */
export function UsedBySection({ authId }: { authId: AuthIdView }) {
  const duplicati = useDuplicati();
  const [updating, setUpdating] = useState(false);
  const state = duplicati.value;
  const overview = state?.connection.state === 'connected' ? state.overview : undefined;
  const uses = overview?.usage[authId.id] ?? [];
  const stale = overview?.backups.filter((b) => b.problems.some((p) => p.code === 'authid-replaced') && uses.some((u) => u.backupId === b.id)) ?? [];
  return (
    <section className="detail-section" aria-labelledby="used-by-heading">
      <h2 id="used-by-heading">Used by Duplicati backups</h2>
      {state && !overview ? (
        <p className="muted">
          {state.connection.state === 'connected'
            ? 'Looking at the backups in Duplicati…'
            : 'Sign in to Duplicati under Settings → Duplicati on this computer to see which backups use this AuthID.'}
        </p>
      ) : null}
      {overview && uses.length === 0 ? <p className="muted">No backup in Duplicati uses this AuthID.</p> : null}
      {uses.length > 0 ? (
        <>
          <ul className="used-by-list">
            {uses.map((use) => (
              <li key={use.backupId}>{use.name}</li>
            ))}
          </ul>
          {stale.length > 0 ? (
            <p className="warning-text">
              {stale.length === 1 ? '1 backup still uses' : `${stale.length} backups still use`} this AuthID as it was before you re-authorized it, so
              {stale.length === 1 ? ' it fails' : ' they fail'} at the next run until updated.
            </p>
          ) : null}
          <button type="button" className={`button ${stale.length > 0 ? 'button-primary' : 'button-secondary'}`} onClick={() => setUpdating(true)}>
            {stale.length > 0 ? 'Use the new AuthID in these backups…' : 'Update these backups…'}
          </button>
        </>
      ) : null}
      {updating ? <UpdateBackupsDialog recordId={authId.id} label={authId.label} onClose={() => setUpdating(false)} /> : null}
    </section>
  );
}
