import { useContext } from 'react';
import { LoginsContext } from '../login/logins-context';
import { LoginProgressPanel } from '../login/LoginProgressPanel';
import type { StartedReauthorization } from '../login/use-reauthorize-login';

interface RowLoginProps {
  readonly login: StartedReauthorization;
  readonly providerName: string;
  readonly onOpenAuthId: (id: string) => void;
  readonly onRetry: () => void;
  readonly onDismiss: () => void;
}

/** A login started from a row, shown in that row as Authorize shows its logins under the provider. */
export function RowLogin({ login, providerName, onOpenAuthId, onRetry, onDismiss }: RowLoginProps) {
  const progress = useContext(LoginsContext)[login.loginId];
  return (
    <LoginProgressPanel
      key={login.loginId}
      loginId={login.loginId}
      progress={progress}
      providerName={providerName}
      takeFocus
      onOpenAuthId={onOpenAuthId}
      onRetry={onRetry}
      onDismiss={onDismiss}
      returnFocusTo={login.opener}
    />
  );
}
