import { useMemo, useState } from 'react';
import { authids, errorText } from '../api/authids-client';
import type { ProviderGroupView, ProviderView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { LoadStatus } from '../common/LoadStatus';
import { isLoginRunning, type LoginsById } from '../hooks/use-login-tracker';
import type { LiveValue } from '../hooks/use-live-value';
import { LoginProgressPanel } from '../login/LoginProgressPanel';
import { matchesSearch, providerChoices } from './provider-choices';
import { ProviderRow } from './ProviderRow';

interface AuthorizeScreenProps {
  readonly groups: LiveValue<readonly ProviderGroupView[]>;
  readonly logins: LoginsById;
  readonly onOpenAuthId: (id: string) => void;
}

interface StartedLogin {
  readonly loginId: string;
  readonly provider: ProviderView;
  readonly serverBaseUrl: string;
  /** The Authorize button clicked: it gets the focus back when the login is dismissed. */
  readonly opener: Element | null;
}

/** More providers than this do not fit the window at once, so a search box leads the list. */
const SCREENFUL = 6;

export function AuthorizeScreen({ groups, logins, onOpenAuthId }: AuthorizeScreenProps) {
  const [started, setStarted] = useState<StartedLogin | null>(null);
  const [retryError, setRetryError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const choices = useMemo(() => providerChoices(groups.value ?? []), [groups.value]);

  // Read before the request: the row's button has the focus while the user clicks it.
  const authorize = async (provider: ProviderView, serverBaseUrl: string, opener = document.activeElement) => {
    const { loginId } = await authids().startLogin({ provider: provider.id, serverBaseUrl });
    setRetryError(null);
    setStarted({ loginId, provider, serverBaseUrl, opener });
  };
  // Logins started elsewhere (the tray, another screen) show up under their provider too while they run.
  const others = Object.values(logins).filter((login) => login.loginId !== started?.loginId && isLoginRunning(login));
  const panelsFor = (provider: ProviderView) => (
    <>
      {started?.provider.id === provider.id ? (
        <LoginProgressPanel
          key={started.loginId}
          loginId={started.loginId}
          progress={logins[started.loginId]}
          providerName={provider.name}
          takeFocus
          onOpenAuthId={onOpenAuthId}
          onRetry={() => {
            authorize(started.provider, started.serverBaseUrl, started.opener).catch((error: unknown) => setRetryError(errorText(error)));
          }}
          onDismiss={() => setStarted(null)}
          returnFocusTo={started.opener}
        />
      ) : null}
      {started?.provider.id === provider.id ? <ErrorMessage message={retryError} /> : null}
      {others
        .filter((login) => login.provider === provider.id)
        .map((login) => (
          <LoginProgressPanel key={login.loginId} loginId={login.loginId} progress={login} providerName={provider.name} onOpenAuthId={onOpenAuthId} />
        ))}
    </>
  );
  const hasLogin = (provider: ProviderView) => started?.provider.id === provider.id || others.some((login) => login.provider === provider.id);
  // A provider with a login on the way stays in view whatever the search says.
  const shown = choices.filter((choice) => hasLogin(choice.provider) || matchesSearch(choice, query.trim()));

  return (
    <>
      <ScreenHeading>Authorize a provider</ScreenHeading>
      <p className="screen-intro">
        Pick a storage provider. A login window opens; when you approve access, the AuthID server issues an AuthID and it is
        saved here.
      </p>
      <LoadStatus live={groups} loading="Loading providers…" retry="Try loading the providers again" />
      {groups.value && choices.length === 0 ? <p className="muted">No AuthID server offers a provider right now. Add a server in Settings.</p> : null}
      {choices.length > SCREENFUL ? (
        <div role="search" className="provider-search">
          <Field label="Search providers">
            {(control) => <input {...control} type="search" value={query} placeholder="e.g. Drive, OneDrive, Box" onChange={(event) => setQuery(event.target.value)} />}
          </Field>
        </div>
      ) : null}
      {choices.length > 0 && shown.length === 0 ? (
        <p role="status" className="muted">
          No provider matches “{query.trim()}”.{' '}
          <button type="button" className="button button-secondary" onClick={() => setQuery('')}>
            Show all providers
          </button>
        </p>
      ) : null}
      <ul className="provider-list" aria-label="Providers">
        {shown.map((choice) => (
          <ProviderRow key={choice.provider.id} choice={choice} onAuthorize={authorize}>
            {panelsFor(choice.provider)}
          </ProviderRow>
        ))}
      </ul>
    </>
  );
}
