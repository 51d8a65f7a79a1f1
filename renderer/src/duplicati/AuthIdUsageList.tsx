import { useState } from 'react';
import type { AuthIdView } from '../api/view-types';
import { HealthChip } from '../common/HealthChip';
import type { DuplicatiOverview } from './duplicati-types';
import { UpdateBackupsDialog } from './UpdateBackupsDialog';

interface AuthIdUsageListProps {
  readonly overview: DuplicatiOverview;
  readonly authIds: readonly AuthIdView[];
  readonly onOpenAuthId: (id: string) => void;
}

/** Which of the app's AuthIDs the backups use, with a way to put the current AuthID into them. */
export function AuthIdUsageList({ overview, authIds, onOpenAuthId }: AuthIdUsageListProps) {
  const [updating, setUpdating] = useState<AuthIdView | null>(null);
  const used = authIds.filter((authId) => (overview.usage[authId.id] ?? []).length > 0);
  return (
    <section className="detail-section" aria-labelledby="usage-heading">
      <h2 id="usage-heading">Backups by AuthID</h2>
      {used.length === 0 ? <p className="muted">No backup uses an AuthID saved in AuthID Manager.</p> : null}
      <ul className="usage-list">
        {used.map((authId) => (
          <li key={authId.id} className="usage-item">
            <div className="duplicati-backup-title">
              <h3>{authId.label}</h3>
              <HealthChip health={authId.health} />
            </div>
            <p>
              Used by: {(overview.usage[authId.id] ?? []).map((use) => use.name).join(', ')}
            </p>
            <div className="button-row">
              <button type="button" className="button button-secondary" onClick={() => setUpdating(authId)}>
                Update backups<span className="visually-hidden"> that use {authId.label}</span>…
              </button>
              <button type="button" className="button button-quiet" onClick={() => onOpenAuthId(authId.id)}>
                Details<span className="visually-hidden"> for {authId.label}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      {updating ? <UpdateBackupsDialog recordId={updating.id} label={updating.label} onClose={() => setUpdating(null)} /> : null}
    </section>
  );
}
