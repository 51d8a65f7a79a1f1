/**
 * The main process without Electron: the services composed into the IPC request handlers, the
 * app state the window and tray show, and the events pushed when it changes. main.ts hands in
 * the Electron adapters; the browser tests hand in Playwright pages and run this same code.
 */
import type { EventName, EventPayloads, RequestHandlers } from '../ipc/contract';
import type { AppStateView } from '../ipc/views';
import type { BuiltInServer } from '../services/built-in-server';
import type { ClipboardGuard } from '../services/clipboard/clipboard-guard';
import { createLoginService, type ExternalBrowserPort, type LoginTiming, type LoginWindowPort } from '../services/login';
import type { Notifier } from '../services/notifications/notifier';
import type { ProviderRevokeEndpoints } from '../services/provider-revoke';
import { createProblemNotices } from '../services/notifications/problem-notices';
import type { Clock, FetchFn } from '../services/server-client';
import type { SettingsService } from '../services/settings/settings';
import type { Vault } from '../services/vault/vault';
import { createAuthIdMasks } from './authid-masks';
import { serverFor, type AppContext, type Checker } from './app-context';
import { authIdHandlers } from './handlers/authid-handlers';
import { builtInServerHandlers } from './handlers/builtin-server-handlers';
import { loginHandlers } from './handlers/login-handlers';
import { pasteHandlers } from './handlers/paste-handlers';
import { revokeHandlers } from './handlers/revoke-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { authIdView } from './views/authid-view';
import { providerGroups } from './views/provider-view';
import { settingsView } from './views/settings-view';
import { untrustedServerView } from './paste-review';

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
  /** The built-in AuthID server; its entry in the server list comes through `settings` (withBuiltInServer). */
  readonly builtInServer?: BuiltInServer;
}

export interface AppCore {
  readonly handlers: RequestHandlers;
  state(): AppStateView;
  /** Called after every state change (vault, logins), after the window was told. */
  onStateChange(listener: (state: AppStateView) => void): () => void;
  /** Masks every stored AuthID once; call before the window first asks. */
  ready(): Promise<void>;
  /** Cancels running logins and clears a copied secret that is due to be cleared. */
  dispose(): Promise<void>;
}

export function createAppCore(deps: AppCoreDeps): AppCore {
  const listeners = new Set<(state: AppStateView) => void>();
  const masks = createAuthIdMasks(deps.vault);
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
    masks,
    openExternal: (url) => deps.browser.open(url),
    notifier: deps.notifier,
    showRecord: deps.showRecord,
    fetch: deps.fetch,
    providerRevokeEndpoints: deps.providerRevokeEndpoints,
  };
  const problems = createProblemNotices({ notifier: deps.notifier, openRecord: deps.showRecord });

  const state = (): AppStateView => ({
    authIds: deps.vault.list().map((record) =>
      authIdView(record, masks.masked(record.id), serverFor(context, record.serverBaseUrl), untrustedServerView(record.serverBaseUrl, deps.settings.values().servers)),
    ),
    storage: deps.vault.status(),
    logins: login.active(),
  });

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
      for (const listener of listeners) listener(now);
    });
  }
  deps.vault.onChange(() => {
    changed();
    void masks.fill().then((added) => added && changed());
  });
  deps.settings.onChange(() => {
    void deps.settings.read().then((settings) => deps.emit('settingsChanged', settingsView(settings)));
    changed();
  });

  const handlers: RequestHandlers = {
    getState: async () => state(),
    listProviders: async () => providerGroups(deps.settings.values().servers),
    checkNow: async ({ id }) => deps.checker.checkNow(id),
    checkAll: async () => deps.checker.checkAll(),
    ...loginHandlers(context),
    ...pasteHandlers(context),
    ...authIdHandlers(context),
    ...revokeHandlers(context),
    ...settingsHandlers(context),
    ...builtInServerHandlers(deps.builtInServer, deps.clipboard),
  };

  return {
    handlers,
    state,
    onStateChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: async () => {
      await masks.fill();
      problems.observe(state().authIds);
    },
    dispose: async () => {
      await login.cancelAll();
      await deps.clipboard.dispose();
    },
  };
}
