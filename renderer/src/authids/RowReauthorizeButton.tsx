import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';

/** Starts the login that renews this AuthID, right from its row; the list updates when it ends. */
export function RowReauthorizeButton({ authId }: { authId: Pick<AuthIdView, 'id' | 'label' | 'providerName'> }) {
  const toast = useToast();
  const start = useAction(async () => {
    await authids().reauthorize({ id: authId.id });
    toast.show(`Log in to ${authId.providerName} in the window that opened to re-authorize “${authId.label}”.`);
  });
  return (
    <>
      <BusyButton pending={start.pending} pendingLabel="Starting…" variant="primary" tabIndex={-1} onClick={() => void start.run()}>
        Re-authorize<span className="visually-hidden"> {authId.label}</span>
      </BusyButton>
      <ErrorMessage message={start.error} />
    </>
  );
}
