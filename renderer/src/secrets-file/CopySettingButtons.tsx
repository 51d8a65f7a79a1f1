import { authids } from '../api/authids-client';
import { BusyButton } from '../common/BusyButton';
import { copyConfirmation } from '../common/copy-confirmation';
import { ErrorMessage } from '../common/ErrorMessage';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';

/** Main copies the setting with its passphrase, and clears the clipboard like after an AuthID. */
export function CopySettingButtons() {
  const toast = useToast();
  const copy = useAction(async (form: 'option' | 'environment') => {
    const result = await authids().copySecretsFileSetting({ form });
    toast.show(copyConfirmation(form === 'option' ? 'Duplicati setting (with the passphrase)' : 'Docker variable (with the passphrase)', result));
  });
  return (
    <>
      <div className="button-row">
        <BusyButton pending={copy.pending} pendingLabel="Copying…" onClick={() => void copy.run('option')}>
          Copy --secret-provider setting
        </BusyButton>
        <BusyButton pending={copy.pending} pendingLabel="Copying…" onClick={() => void copy.run('environment')}>
          Copy DUPLICATI__SECRET_PROVIDER line
        </BusyButton>
      </div>
      <ErrorMessage message={copy.error} />
    </>
  );
}
