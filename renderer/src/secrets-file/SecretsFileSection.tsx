import { useId } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { ErrorMessage } from '../common/ErrorMessage';
import { SharedSecretChoice } from '../keychain/SharedSecretChoice';
import { useKeychainStatus } from '../keychain/use-keychain-status';
import { SecretsFilePanel } from './SecretsFilePanel';

/** "Duplicati reads this AuthID from the encrypted secrets file", with the file's own setup below. */
export function SecretsFileSection({ authId }: { authId: AuthIdView }) {
  const headingId = useId();
  const { id } = authId;
  const { status, error, update } = useKeychainStatus(id, authId.lastCheck?.at, 'secretsFileShareStatus');
  // A failed refresh keeps what is shown; the next check asks again.
  const refresh = () => void authids().secretsFileShareStatus({ id }).then(update, () => undefined);
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Encrypted secrets file</h2>
      <ErrorMessage message={error} />
      {status && (status.usable || status.shared) ? (
        <SharedSecretChoice
          authId={authId}
          status={status}
          update={update}
          checkboxLabel="Duplicati reads this AuthID from the encrypted secrets file"
          nameLabel="Name in the secrets file"
          requests={{
            share: (name) => authids().shareViaSecretsFile({ id, name }),
            stop: () => authids().stopSecretsFileSharing({ id }),
            repair: () => authids().repairSecretsFileSecret({ id }),
          }}
        />
      ) : null}
      {status ? <SecretsFilePanel onSetUp={refresh} /> : null}
    </section>
  );
}
