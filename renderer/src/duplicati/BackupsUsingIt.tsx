import type { AuthIdView } from '../api/view-types';
import { useDuplicati } from './use-duplicati';

/**
 * In the revoke and remove dialogs: the Duplicati backups that use this AuthID (also through its
 * `$name`) and so stop working, as far as the signed-in Duplicati's last look knows them.
 */
export function BackupsUsingIt({ authId }: { authId: AuthIdView }) {
  const state = useDuplicati().value;
  const overview = state?.connection.state === 'connected' ? state.overview : undefined;
  if (overview === undefined) return null;
  const uses = overview.usage[authId.id] ?? [];
  if (uses.length === 0) return <p className="muted">No backup in your Duplicati uses this AuthID.</p>;
  return (
    <div className="warning-text backups-using-it" role="note">
      <p>
        {uses.length === 1 ? 'This Duplicati backup uses it and stops working:' : `These ${uses.length} Duplicati backups use it and stop working:`}
      </p>
      <ul>
        {uses.map((use) => (
          <li key={use.backupId}>{use.name}</li>
        ))}
      </ul>
    </div>
  );
}
