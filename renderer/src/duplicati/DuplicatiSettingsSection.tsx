import { Spinner } from '../common/Spinner';
import { ErrorMessage } from '../common/ErrorMessage';
import { ConnectedPanel } from './ConnectedPanel';
import { connectionSummary } from './connection-text';
import { SignInForm } from './SignInForm';
import { useDuplicati } from './use-duplicati';

/** Settings → "Duplicati on this computer": sign in, see the connection, sign out. */
export function DuplicatiSettingsSection() {
  const duplicati = useDuplicati();
  const connection = duplicati.value?.connection;
  return (
    <section className="settings-section" aria-labelledby="duplicati-heading">
      <h2 id="duplicati-heading">Duplicati on this computer</h2>
      <p className="muted">
        Sign in to your Duplicati to see which backups use which AuthID and to put a new AuthID into them after a
        re-authorization. Signing in and looking change nothing in Duplicati.
      </p>
      <ErrorMessage message={duplicati.error} />
      {connection?.state === 'connecting' ? (
        <p role="status" className="loading">
          <Spinner /> {connectionSummary(connection)}
        </p>
      ) : null}
      {connection?.state === 'connected' ? <ConnectedPanel connection={connection} /> : null}
      {connection?.state === 'not-connected' || connection?.state === 'sign-in-again' ? (
        <SignInForm key={connection.baseUrl} connection={connection} />
      ) : null}
    </section>
  );
}
