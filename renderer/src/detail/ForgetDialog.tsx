import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { Dialog } from '../common/Dialog';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import { BackupsUsingIt } from '../duplicati/BackupsUsingIt';
import { removedToast } from './removal-wording';

export function ForgetDialog({ authId, onClose }: { authId: AuthIdView; onClose: (removedToast: string | undefined) => void }) {
  const forget = useAction(() => authids().forget({ id: authId.id }));
  return (
    <Dialog title={`Remove “${authId.label}” from this computer?`} onClose={() => onClose(undefined)}>
      {authId.keychainReference === undefined ? (
        <p>
          AuthID Manager forgets this AuthID and its saved destinations. It is <strong>not</strong> revoked: backup jobs that
          use it keep working, and so does anyone else with a copy. To stop it from working, choose Revoke… instead.
        </p>
      ) : (
        <>
          <p>
            AuthID Manager forgets this AuthID and its saved destinations, and deletes the copy Duplicati reads as{' '}
            <code>{authId.keychainReference}</code>: backup jobs that use <code>{authId.keychainReference}</code> stop working. It is{' '}
            <strong>not</strong> revoked: anyone else with a copy can still use it.
          </p>
          <BackupsUsingIt authId={authId} />
        </>
      )}
      <ErrorMessage message={forget.error} />
      <div className="button-row dialog-buttons">
        <button type="button" className="button button-secondary" data-autofocus onClick={() => onClose(undefined)}>
          Keep it
        </button>
        <BusyButton
          pending={forget.pending}
          pendingLabel="Removing…"
          variant="danger"
          // run() never rejects: a failure comes back as an outcome and shows in ErrorMessage.
          onClick={() =>
            void forget.run().then((outcome) => {
              if (outcome.ok) onClose(removedToast(authId.label));
            })
          }
        >
          Remove from this computer
        </BusyButton>
      </div>
    </Dialog>
  );
}
