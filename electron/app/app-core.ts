/**
 * The main process without Electron: the services composed into the IPC request handlers, the
 * app state the window and tray show, and the events pushed when it changes. main.ts hands in
 * the Electron adapters; the browser tests hand in Playwright pages and run this same code.
 */
import type { EventName, EventPayloads, RequestHandlers } from '../ipc/contract';
import type { AppStateView, ProviderGroupView, UntrustedServerView } from '../ipc/views';
import type { BuiltInServer } from '../services/built-in-server';
import type { ClipboardGuard } from '../services/clipboard';
import type { DuplicatiService } from '../services/duplicati';
import { createLoginService, type ExternalBrowserPort, type LoginTiming, type LoginWindowPort } from '../services/login';
import { createProblemNotices, type Notifier } from '../services/notifications';
import type { ProviderRevokeEndpoints } from '../services/provider-revoke';
import { createProviderOffers } from '../services/offers';
import { probe, type FetchFn } from '../services/server-client';
import type { AuthIdServer } from '../services/servers';
import type { Clock } from '../services/time';
import type { SettingsService } from '../services/settings';
import type { Vault } from '../services/vault';
import { serverFor, type AppContext, type Checker } from './app-context';
import { NO_FILE_DIALOGS, type FileDialogPort } from './file-dialog-port';
import { authIdHandlers } from './handlers/authid-handlers';
import { transferHandlers, type TransferOptions } from './handlers/transfer-handlers';
import { createDuplicatiWindow, type DuplicatiWindow } from './duplicati-window';
import { duplicatiHandlers } from './handlers/duplicati-handlers';
import { keychainHandlers } from './handlers/keychain-handlers';
import { createKeychainSharing, type KeychainDeps } from './keychain-sharing';
import { secretsFileHandlers } from './handlers/secrets-file-handlers';
import { createSecretsFileSharing, type SecretsFileDeps } from './secrets-file-sharing';
import { referenceFor, sharedReferences } from './shared-secrets';
import { builtInServerHandlers } from './handlers/builtin-server-handlers';
import { loginHandlers } from './handlers/login-handlers';
import { pasteHandlers } from './handlers/paste-handlers';
import { revokeHandlers } from './handlers/revoke-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { authIdView } from './views/authid-view';
import { providerGroups } from './views/provider-view';
import { settingsView } from './views/settings-view';
import { untrustedServerView } from './paste-review';
import { createListenerSet } from '../services/listeners';

export interface AppCoreDeps {
  readonly vault: Vault;
  readonly settings: SettingsService;
  readonly clipboard: ClipboardGuard;
  readonly checker: Checker;
  readonly loginWindow: LoginWindowPort;
  /** The user's default browser: the login fallback and every external link. */
  readonly browser: ExternalBrowserPort;
  readonly notifier: Notifier;
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
  /** Show the window (at a record's detail when an id is given). */
  readonly showRecord: (id: string | undefined) => void;
  readonly fetch?: FetchFn;
  /** Default: the providers' real endpoints from the catalogue. */
  readonly providerRevokeEndpoints?: ProviderRevokeEndpoints;
  readonly clock?: Clock;
  readonly loginTiming?: LoginTiming;
  /** Export's save dialog and import's open dialog; without them, export and import say they cannot run here. */
  readonly fileDialogs?: FileDialogPort;
  /** Tests lower the export's scrypt cost. */
  readonly transfer?: TransferOptions;
  /** The user's Duplicati; without it the Duplicati requests say so. */
  readonly duplicati?: DuplicatiService;
  /** The secret store Duplicati reads `$name` references from, and which AuthIDs use it. */
  readonly keychain?: KeychainDeps;
  /** The encrypted secrets file (for Duplicati as a service, in Docker, on a NAS), and which AuthIDs use it. */
  readonly secretsFile?: SecretsFileDeps;
  /** The built-in AuthID server; its entry in the server list comes through `settings` (withBuiltInServer). */
  readonly builtInServer?: BuiltInServer;
}

export interface AppCore {
  readonly handlers: RequestHandlers;
  state(): AppStateView;
  /** The providers under each server, as far as the servers' own pages are known (the tray's Authorize menu). */
  providerGroups(): ProviderGroupView[];
  /** Called after every state change (vault, logins), after the window was told. */
  onStateChange(listener: (state: AppStateView) => void): () => void;
  /** Sets up what the window first asks for (problem notices, provider offers, Duplicati). */
  ready(): Promise<void>;
  /** The Duplicati connection as the window sees it, when there is one (for the tray's count). */
  readonly duplicati: DuplicatiWindow | undefined;
  /** The built-in AuthID server's state, when this copy has one (for the tray's line). */
  readonly builtInServer: Pick<BuiltInServer, 'status' | 'onChange'> | undefined;
  /** Cancels running logins and clears a copied secret that is due to be cleared. */
  dispose(): Promise<void>;
}

export function createAppCore(deps: AppCoreDeps): AppCore {
  const listeners = createListenerSet<AppStateView>();
  const login = createLoginService({
    window: deps.loginWindow,
    browser: deps.browser,
    onProgress: (progress) => {
      deps.emit('loginProgress', progress);
      changed();
    },
    ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
    ...(deps.clock === undefined ? {} : { clock: deps.clock }),
    ...(deps.loginTiming === undefined ? {} : { timing: deps.loginTiming }),
  });
  const context: AppContext = {
    vault: deps.vault,
    settings: deps.settings,
    login,
    clipboard: deps.clipboard,
    checker: deps.checker,
    openExternal: (url) => deps.browser.open(url),
    notifier: deps.notifier,
    showRecord: deps.showRecord,
    fetch: deps.fetch,
    providerRevokeEndpoints: deps.providerRevokeEndpoints,
    fileDialogs: deps.fileDialogs ?? NO_FILE_DIALOGS,
    ...(deps.keychain === undefined ? {} : { keychain: createKeychainSharing(deps.keychain, deps.vault) }),
    ...(deps.secretsFile === undefined ? {} : { secretsFile: createSecretsFileSharing(deps.secretsFile, deps.vault) }),
  };
  const duplicati =
    deps.duplicati === undefined ? undefined : createDuplicatiWindow({
          service: deps.duplicati,
          onVaultChange: (listener) => deps.vault.onChange(listener),
          emit: deps.emit,
          sharedReferences: () => sharedReferences(context, deps.vault),
        });
  const problems = createProblemNotices({ notifier: deps.notifier, openRecord: deps.showRecord });
  const offers = createProviderOffers({ probe: (server) => probe(server, deps.fetch === undefined ? {} : { fetch: deps.fetch }) });
  const groups = (): ProviderGroupView[] => providerGroups(deps.settings.values().servers, offers.offered);
  // Probes never fail (a server that does not answer is simply not known yet); nothing awaits them.
  const refreshOffers = (): void => void offers.refresh(deps.settings.values().servers);
  offers.onChange(() => {
    deps.emit('providersChanged', groups());
    changed();
  });

  const state = (): AppStateView => {
    const { servers } = deps.settings.values();
    // Many AuthIDs share a few servers: each server's lookups (URL parsing) run once per state, not once per AuthID.
    const perServer = new Map<string, { server: AuthIdServer; held: UntrustedServerView | undefined }>();
    const serverOf = (baseUrl: string) => {
      let known = perServer.get(baseUrl);
      if (known === undefined) {
        known = { server: serverFor(context, baseUrl), held: untrustedServerView(baseUrl, servers) };
        perServer.set(baseUrl, known);
      }
      return known;
    };
    return {
      authIds: deps.vault.list().map((record) => {
        const { server, held } = serverOf(record.serverBaseUrl);
        return authIdView(record, deps.vault.masked(record.id), server, held, referenceFor(context, record.id));
      }),
      storage: deps.vault.status(),
      logins: login.active(),
    };
  };

  // Many changes arrive in one tick (a check records history and the next check time): tell once.
  let pending = false;
  function changed(): void {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      const now = state();
      deps.emit('stateChanged', now);
      problems.observe(now.authIds);
      listeners.emit(now);
    });
  }
  deps.vault.onChange(changed);
  deps.settings.onChange(() => {
    void deps.settings.read().then((settings) => deps.emit('settingsChanged', settingsView(settings)));
    refreshOffers();
    changed();
  });

  const handlers: RequestHandlers = {
    getState: async () => state(),
    listProviders: async () => {
      refreshOffers();
      return groups();
    },
    checkNow: async ({ id }) => deps.checker.checkNow(id),
    checkAll: async () => deps.checker.checkAll(),
    ...loginHandlers(context, changed),
    ...pasteHandlers(context),
    ...authIdHandlers(context),
    ...revokeHandlers(context),
    ...settingsHandlers(context),
    ...transferHandlers(context, deps.transfer),
    ...duplicatiHandlers(duplicati),
    ...keychainHandlers(context, changed),
    ...secretsFileHandlers(context, changed),
    ...builtInServerHandlers(deps.builtInServer, deps.clipboard),
  };

  return {
    handlers,
    state,
    providerGroups: groups,
    duplicati,
    builtInServer: deps.builtInServer,
    onStateChange: listeners.add,
    ready: async () => {
      // The vault's records carry what a notice needs; building the whole window state here only to throw it away cost as much as getState.
      problems.observe(deps.vault.list());
      refreshOffers();
      // Signing in again needs the network; the window shows "connecting" meanwhile.
      void duplicati?.start();
    },
    dispose: async () => {
      await login.cancelAll();
      await deps.clipboard.dispose();
    },
  };
}
