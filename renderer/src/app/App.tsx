import { useEffect, useState } from 'react';
import { onAuthIdsEvent } from '../api/authids-client';
import { AuthIdsScreen } from '../authids/AuthIdsScreen';
import { AuthorizeScreen } from '../authorize/AuthorizeScreen';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { ToastProvider } from '../common/ToastProvider';
import { useToast } from '../common/toast-context';
import { AuthIdDetailScreen } from '../detail/AuthIdDetailScreen';
import { DuplicatiScreen } from '../duplicati/DuplicatiScreen';
import { useAppState, useProviderGroups, useSettings } from '../hooks/use-app-data';
import { useLoginTracker } from '../hooks/use-login-tracker';
import { PasteScreen } from '../paste/PasteScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { AppNav } from './AppNav';
import { screenFromEvent, type Screen } from './screen';
import { StorageBanner } from './StorageBanner';
import { UrlChangeBanner } from './UrlChangeBanner';
import { useTheme } from './use-theme';

export function App() {
  return (
    <ToastProvider>
      <AppWindow />
    </ToastProvider>
  );
}

function AppWindow() {
  const appState = useAppState();
  const settings = useSettings();
  const providerGroups = useProviderGroups();
  const logins = useLoginTracker(appState.value?.logins);
  const [screen, setScreen] = useState<Screen>({ name: 'authids' });
  const toast = useToast();
  useTheme(settings.value?.theme ?? 'system');
  useEffect(() => onAuthIdsEvent('navigate', (target) => setScreen(screenFromEvent(target))), []);

  const state = appState.value;
  const openAuthId = (id: string) => setScreen({ name: 'detail', id });

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">AuthID Manager</p>
        <AppNav current={screen} onNavigate={setScreen} />
      </header>
      {state ? <StorageBanner storage={state.storage} onReview={() => setScreen({ name: 'settings', section: 'storage' })} /> : null}
      {state && screen.name !== 'detail' ? <UrlChangeBanner authIds={state.authIds} onReview={openAuthId} /> : null}
      <main className="app-main">
        {!state && appState.error ? (
          <div className="load-failed">
            <h1 className="screen-heading">AuthID Manager could not load your AuthIDs</h1>
            <ErrorMessage message={appState.error} />
            <button type="button" className="button button-primary" onClick={appState.reload}>
              Try again
            </button>
          </div>
        ) : null}
        {!state && !appState.error ? (
          <p role="status" className="loading">
            <Spinner /> Loading your AuthIDs…
          </p>
        ) : null}
        {state && screen.name === 'authids' ? (
          <AuthIdsScreen
            authIds={state.authIds}
            onOpen={openAuthId}
            onAuthorize={() => setScreen({ name: 'authorize' })}
            onPaste={() => setScreen({ name: 'paste' })}
          />
        ) : null}
        {state && screen.name === 'authorize' ? (
          <AuthorizeScreen groups={providerGroups} logins={logins} onOpenAuthId={openAuthId} />
        ) : null}
        {state && screen.name === 'detail' ? (
          <AuthIdDetailScreen
            key={screen.id}
            authId={state.authIds.find((authId) => authId.id === screen.id)}
            providerGroups={providerGroups.value}
            logins={logins}
            onBack={() => setScreen({ name: 'authids' })}
            onOpenAuthId={openAuthId}
            onRemoved={(message) => {
              toast.show(message);
              setScreen({ name: 'authids' });
            }}
          />
        ) : null}
        {state && screen.name === 'paste' ? <PasteScreen providerGroups={providerGroups.value} onSaved={openAuthId} /> : null}
        {state && screen.name === 'duplicati' ? (
          <DuplicatiScreen authIds={state.authIds} onOpenAuthId={openAuthId} onOpenSettings={() => setScreen({ name: 'settings' })} />
        ) : null}
        {state && screen.name === 'settings' ? (
          <SettingsScreen
            settings={settings}
            storage={state.storage}
            providerGroups={providerGroups.value}
            storageRequest={screen.section === 'storage' ? screen : undefined}
          />
        ) : null}
      </main>
    </div>
  );
}
