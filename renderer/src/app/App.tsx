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
import { ListAndDetail } from './ListAndDetail';
import { screenFromEvent, type Screen } from './screen';
import { SkipLink } from './SkipLink';
import { StorageBanner } from './StorageBanner';
import { UrlChangeBanner } from './UrlChangeBanner';
import { useShortcuts } from './use-shortcuts';
import { useTheme } from './use-theme';
import { useWideWindow } from './use-wide-window';

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
  const wide = useWideWindow();
  const listOrDetail = screen.name === 'authids' || screen.name === 'detail';
  const split = wide && listOrDetail;
  useShortcuts(setScreen, Boolean(state) && (screen.name === 'authids' || split));

  return (
    <div className={wide ? 'app app-wide' : 'app'}>
      <SkipLink />
      <header className="app-header">
        <p className="app-name">AuthID Manager</p>
        <AppNav current={screen} onNavigate={setScreen} />
      </header>
      {state ? <StorageBanner storage={state.storage} onReview={() => setScreen({ name: 'settings', section: 'storage' })} /> : null}
      {state && screen.name !== 'detail' ? <UrlChangeBanner authIds={state.authIds} onReview={openAuthId} /> : null}
      <main id="main" tabIndex={-1} className={split ? 'app-main app-main-split' : 'app-main'}>
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
        {state && listOrDetail ? (
          <ListAndDetail
            wide={wide}
            list={
              <AuthIdsScreen
                authIds={state.authIds}
                onOpen={openAuthId}
                onAuthorize={() => setScreen({ name: 'authorize' })}
                onPaste={() => setScreen({ name: 'paste' })}
                selectedId={screen.name === 'detail' ? screen.id : undefined}
                logins={logins}
              />
            }
            detail={
              screen.name === 'detail' ? (
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
              ) : null
            }
          />
        ) : null}
        {state && screen.name === 'authorize' ? (
          <AuthorizeScreen groups={providerGroups} logins={logins} onOpenAuthId={openAuthId} />
        ) : null}
        {state && screen.name === 'paste' ? (
          <PasteScreen key={screen.text ?? ''} providerGroups={providerGroups.value} onSaved={openAuthId} {...(screen.text ? { initialText: screen.text } : {})} />
        ) : null}
        {state && screen.name === 'duplicati' ? (
          <DuplicatiScreen authIds={state.authIds} onOpenAuthId={openAuthId} onOpenSettings={() => setScreen({ name: 'settings' })} />
        ) : null}
        {state && screen.name === 'settings' ? (
          <SettingsScreen
            settings={settings}
            storage={state.storage}
            providerGroups={providerGroups.value}
            storageRequest={screen.section === 'storage' ? screen : undefined}
            builtInRequest={screen.section === 'built-in-server' ? screen : undefined}
          />
        ) : null}
      </main>
    </div>
  );
}
