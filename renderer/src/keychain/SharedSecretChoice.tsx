import { useState, type ReactNode } from 'react';
import type { AuthIdView, KeychainStatusView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { TextField } from '../common/TextField';
import { useAction } from '../hooks/use-action';
import { CheckboxSetting } from '../settings/CheckboxSetting';

/** The requests of one place Duplicati reads AuthIDs from (the keychain, the secrets file). */
export interface SharedSecretRequests {
  share(name: string): Promise<KeychainStatusView>;
  stop(): Promise<KeychainStatusView>;
  repair(): Promise<KeychainStatusView>;
}

interface SharedSecretChoiceProps {
  readonly authId: AuthIdView;
  readonly status: KeychainStatusView;
  readonly update: (status: KeychainStatusView) => void;
  readonly requests: SharedSecretRequests;
  /** "Duplicati reads this AuthID from the system keychain" */
  readonly checkboxLabel: string;
  /** "Name in the keychain" */
  readonly nameLabel: string;
  /** Shown while shared, under the stored value's health (the Duplicati setting). */
  readonly children?: ReactNode;
}

/** Turn sharing on under a name, see whether the store still holds the AuthID, put it back. */
export function SharedSecretChoice({ authId, status, update, requests, checkboxLabel, nameLabel, children }: SharedSecretChoiceProps) {
  const [name, setName] = useState(status.name);
  const repair = useAction(async () => update(await requests.repair()));
  const toggle = async (on: boolean) => update(on ? await requests.share(name) : await requests.stop());

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
        label={checkboxLabel}
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
        <TextField label={nameLabel} help={status.nameRule} type="text" value={name} onChange={setName} />
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
      {status.shared ? children : null}
    </>
  );
}
