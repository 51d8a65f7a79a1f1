import { authids } from '../api/authids-client';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import { connectionSummary } from './connection-text';
import type { DuplicatiConnectionView } from './duplicati-types';

type Connected = Extract<DuplicatiConnectionView, { state: 'connected' }>;

export function ConnectedPanel({ connection }: { connection: Connected }) {
  const disconnect = useAction(() => authids().disconnectDuplicati());
  const forget = useAction(() => authids().forgetDuplicatiPassword());
  return (
    <div className="duplicati-connected">
      <p role="status" className="probe-ok">
        <span aria-hidden="true">✓ </span>
        {connectionSummary(connection)}
      </p>
      <p className="muted">
        {connection.passwordRemembered
          ? 'The password is kept, encrypted by your operating system, so the app can sign in again by itself.'
          : 'The password is not kept; when Duplicati ends the sign-in, the app asks for it again.'}{' '}
        {connection.keptOnDisk ? '' : 'This computer cannot encrypt the sign-in, so it lasts until the app quits.'}
      </p>
      <div className="button-row">
        <BusyButton pending={disconnect.pending} pendingLabel="Signing out…" onClick={() => void disconnect.run()}>
          Sign out of Duplicati
        </BusyButton>
        {connection.passwordRemembered ? (
          <BusyButton pending={forget.pending} pendingLabel="Forgetting…" onClick={() => void forget.run()}>
            Forget the password
          </BusyButton>
        ) : null}
      </div>
      <ErrorMessage message={disconnect.error ?? forget.error} />
    </div>
  );
}
