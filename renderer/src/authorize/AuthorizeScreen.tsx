import { useState } from 'react';
import { authids, errorText } from '../api/authids-client';
import type { ProviderGroupView, ProviderView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { ErrorMessage } from '../common/ErrorMessage';
import { providerName } from '../common/provider-name';
import { Spinner } from '../common/Spinner';
import { isLoginRunning, type LoginsById } from '../hooks/use-login-tracker';
import type { LiveValue } from '../hooks/use-live-value';
import { LoginProgressPanel } from '../login/LoginProgressPanel';
import { ServerProviderGroup } from './ServerProviderGroup';

interface AuthorizeScreenProps {
  readonly groups: LiveValue<readonly ProviderGroupView[]>;
  readonly logins: LoginsById;
  readonly onOpenAuthId: (id: string) => void;
}

interface StartedLogin {
  readonly loginId: string;
  readonly provider: ProviderView;
  readonly serverBaseUrl: string;
}

export function AuthorizeScreen({ groups, logins, onOpenAuthId }: AuthorizeScreenProps) {
  const [started, setStarted] = useState<StartedLogin | null>(null);
  const [retryError, setRetryError] = useState<string | null>(null);

  const authorize = async (provider: ProviderView, serverBaseUrl: string) => {
    const { loginId } = await authids().startLogin({ provider: provider.id, serverBaseUrl });
    setRetryError(null);
    setStarted({ loginId, provider, serverBaseUrl });
  };
  // Logins started elsewhere (the tray, another screen) show up here too while they run.
  const others = Object.values(logins).filter((login) => login.loginId !== started?.loginId && isLoginRunning(login));

  return (
    <>
      <ScreenHeading>Authorize a provider</ScreenHeading>
      <p className="screen-intro">
        Pick a storage provider. A login window opens; when you approve access, the AuthID server issues an AuthID and it is
        saved here.
      </p>
      {started ? (
        <LoginProgressPanel
          loginId={started.loginId}
          progress={logins[started.loginId]}
          providerName={started.provider.name}
          onOpenAuthId={onOpenAuthId}
          onRetry={() => {
            authorize(started.provider, started.serverBaseUrl).catch((error: unknown) => setRetryError(errorText(error)));
          }}
          onDismiss={() => setStarted(null)}
        />
      ) : null}
      <ErrorMessage message={retryError} />
      {others.map((login) => (
        <LoginProgressPanel
          key={login.loginId}
          loginId={login.loginId}
          progress={login}
          providerName={providerName(groups.value, login.provider)}
          onOpenAuthId={onOpenAuthId}
        />
      ))}
      {groups.error ? (
        <div>
          <ErrorMessage message={groups.error} />
          <button type="button" className="button button-secondary" onClick={groups.reload}>
            Try loading the providers again
          </button>
        </div>
      ) : null}
      {!groups.value && !groups.error ? (
        <p role="status" className="loading">
          <Spinner /> Loading providers…
        </p>
      ) : null}
      {groups.value?.map((group) => (
        <ServerProviderGroup key={group.server.baseUrl} group={group} onAuthorize={authorize} />
      ))}
    </>
  );
}
