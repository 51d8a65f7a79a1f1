import { useId, useState } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView, KeychainStatusView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { useAction } from '../hooks/use-action';
import { CheckboxSetting } from '../settings/CheckboxSetting';
import { DuplicatiSetting } from './DuplicatiSetting';
import { useKeychainStatus } from './use-keychain-status';

/** "Duplicati reads this AuthID from the system keychain": the choice, its name, its health, and the setting. */
export function KeychainSection({ authId }: { authId: AuthIdView }) {
  const headingId = useId();
  const { status, error, update } = useKeychainStatus(authId.id, authId.lastCheck?.at);
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>System keychain</h2>
      {status ? (
        <KeychainChoice authId={authId} status={status} update={update} />
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

interface KeychainChoiceProps {
  readonly authId: AuthIdView;
  readonly status: KeychainStatusView;
  readonly update: (status: KeychainStatusView) => void;
}

function KeychainChoice({ authId, status, update }: KeychainChoiceProps) {
  const nameId = useId();
  const [name, setName] = useState(status.name);
  const repair = useAction(async () => update(await authids().repairKeychainSecret({ id: authId.id })));
  const toggle = async (on: boolean) =>
    update(on ? await authids().shareViaKeychain({ id: authId.id, name }) : await authids().stopKeychainSharing({ id: authId.id }));

  if (!status.usable && !status.shared) {
    return (
      <p className="warning-text" role="note">
        {status.problem}
      </p>
    );
  }
  return (
    <>
      <CheckboxSetting
        label="Duplicati reads this AuthID from the system keychain"
        checked={status.shared}
        onToggle={toggle}
        help={
          status.shared ? (
            <>
              Connection URLs carry <code>{authId.keychainReference ?? `$${status.name}`}</code> instead of the AuthID, and{' '}
              {status.storeName} keeps it under “{status.name}”. Re-authorizing updates it there, so the URLs never change. Such a URL
              holds no secret: it is not masked, and the clipboard is not cleared after copying it. Revoking or removing this AuthID
              deletes it from {status.storeName}.
            </>
          ) : (
            <>
              The app writes the AuthID into {status.storeName} under the name below, and the URLs it copies carry{' '}
              <code>${name}</code> instead of the AuthID. Backups that already use a URL with the AuthID keep working.
            </>
          )
        }
      />
      {!status.shared ? (
        <div className="field">
          <label htmlFor={nameId} className="field-label">
            Name in the keychain
          </label>
          <input id={nameId} type="text" value={name} aria-describedby={`${nameId}-help`} onChange={(event) => setName(event.target.value)} />
          <p id={`${nameId}-help`} className="field-help">
            {status.nameRule}
          </p>
        </div>
      ) : null}
      {status.note ? <p className="field-help">{status.note}</p> : null}
      {status.stored ? (
        <div className="keychain-stored">
          <p role="status" className={status.stored.state === 'same' ? 'field-help' : 'warning-text'}>
            {status.stored.message}
          </p>
          {status.stored.repairLabel ? (
            <BusyButton pending={repair.pending} pendingLabel="Writing…" variant="primary" onClick={() => void repair.run()}>
              {status.stored.repairLabel}
            </BusyButton>
          ) : null}
          <ErrorMessage message={repair.error} />
        </div>
      ) : null}
      {status.shared && status.setting ? <DuplicatiSetting setting={status.setting} /> : null}
    </>
  );
}
