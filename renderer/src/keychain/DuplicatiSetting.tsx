import { authids } from '../api/authids-client';
import type { KeychainSettingView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';

/** The one-time `--secret-provider` setting, where it goes in Duplicati, and a copy button. */
export function DuplicatiSetting({ setting }: { setting: KeychainSettingView }) {
  const toast = useToast();
  const copy = useAction(async () => {
    await authids().copyKeychainSetting();
    toast.show('Duplicati setting copied. It holds no secret, so the clipboard is not cleared.');
  });
  return (
    <div className="keychain-setting" role="group" aria-labelledby="keychain-setting-heading">
      <h3 id="keychain-setting-heading">Tell Duplicati once where to look</h3>
      <p className="authid-value">
        <code className="break-anywhere">{setting.optionText}</code>
      </p>
      <div className="button-row">
        <BusyButton pending={copy.pending} pendingLabel="Copying…" onClick={() => void copy.run()}>
          Copy setting
        </BusyButton>
      </div>
      <ErrorMessage message={copy.error} />
      <ol className="keychain-steps">
        <li>
          <strong>For all backups (recommended):</strong> in Duplicati open Settings → Default options and add the advanced option{' '}
          <code>{setting.optionName}</code> with the value <code>{setting.value}</code>, or choose “Edit as text” and paste the copied line.
          Only then does Duplicati’s Test connection find the AuthID too.
        </li>
        <li>
          <strong>For one backup:</strong> edit the backup, go to Options → Advanced options and add the same option there.
        </li>
      </ol>
      <p className="field-help">Duplicati 2.1.0.4 or later reads it. Duplicati running as a service or in Docker cannot see your keychain.</p>
    </div>
  );
}
