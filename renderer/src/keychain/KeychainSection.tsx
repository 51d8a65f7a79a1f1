import { useId } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { DuplicatiSetting } from './DuplicatiSetting';
import { SharedSecretChoice } from './SharedSecretChoice';
import { useKeychainStatus } from './use-keychain-status';

/** "Duplicati reads this AuthID from the system keychain": the choice, its name, its health, and the setting. */
export function KeychainSection({ authId }: { authId: AuthIdView }) {
  const headingId = useId();
  const { status, error, update } = useKeychainStatus(authId.id, authId.lastCheck?.at);
  const { id } = authId;
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>System keychain</h2>
      {status ? (
        <SharedSecretChoice
          authId={authId}
          status={status}
          update={update}
          checkboxLabel="Duplicati reads this AuthID from the system keychain"
          nameLabel="Name in the keychain"
          requests={{
            share: (name) => authids().shareViaKeychain({ id, name }),
            stop: () => authids().stopKeychainSharing({ id }),
            repair: () => authids().repairKeychainSecret({ id }),
          }}
        >
          {status.setting ? <DuplicatiSetting setting={status.setting} /> : null}
        </SharedSecretChoice>
      ) : error ? (
        <ErrorMessage message={error} />
      ) : (
        <p role="status" className="loading">
          <Spinner /> Looking at the system keychain…
        </p>
      )}
    </section>
  );
}
