import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { SecretsFileSettingOnce } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { useAction } from '../hooks/use-action';
import { CopySettingButtons } from './CopySettingButtons';
import { SettingShownOnce } from './SettingShownOnce';
import { useSecretsFile } from './use-secrets-file';

interface SecretsFilePanelProps {
  /** Called once a new file is set up and its setting was shown. */
  readonly onSetUp?: () => void;
}

/** Set up the encrypted secrets file, see where it is, copy Duplicati's setting. */
export function SecretsFilePanel({ onSetUp }: SecretsFilePanelProps) {
  const { value: file, error, set: update } = useSecretsFile();
  // The passphrase lives only here, between "set up" and "Done".
  const [once, setOnce] = useState<SecretsFileSettingOnce | null>(null);
  const choose = useAction(async () => {
    const answer = await authids().chooseSecretsFile();
    update(answer.file);
    if (answer.outcome === 'created') setOnce(answer.once);
  });
  const done = () => {
    setOnce(null);
    onSetUp?.();
  };

  if (file === undefined) {
    return error ? (
      <ErrorMessage message={error} />
    ) : (
      <p role="status" className="loading">
        <Spinner /> Looking for the secrets file…
      </p>
    );
  }
  if (once !== null) return <SettingShownOnce once={once} onDone={done} />;
  const chooseButton = (
    <BusyButton pending={choose.pending} pendingLabel="Writing the file…" aria-disabled={!file.canSetUp || undefined} onClick={() => void choose.run()}>
      {file.configured ? 'Move to a new file…' : 'Set up the secrets file…'}
    </BusyButton>
  );
  return (
    <div className="secrets-file">
      {file.configured ? (
        <>
          <p>
            Duplicati reads {file.sharedCount === 1 ? '1 AuthID' : `${file.sharedCount} AuthIDs`} from <code className="break-anywhere">{file.path}</code>.
            The setting it needs (passphrase hidden):
          </p>
          <p className="authid-value">
            <code className="break-anywhere">{file.maskedOptionText}</code>
          </p>
          <CopySettingButtons />
          <p className="field-help">
            Moving makes a new passphrase and deletes the old file; Duplicati then needs the new setting.
          </p>
        </>
      ) : (
        <p>
          For Duplicati that cannot see your keychain (a Windows or root systemd service, Docker, a NAS), the app can keep AuthIDs in an
          encrypted file that Duplicati 2.1.0.4 or later reads. Choose a folder Duplicati can read too; for Docker, one you mount into the
          container. The app makes a random passphrase and keeps it in your system keyring.
        </p>
      )}
      {file.problem ? (
        <p className="warning-text" role="note">
          {file.problem}
        </p>
      ) : null}
      <div className="button-row">{chooseButton}</div>
      <ErrorMessage message={choose.error} />
    </div>
  );
}
