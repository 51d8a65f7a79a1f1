// The composition root: Electron's modules go into the adapters, the adapters into the
// Electron-free app core, and the core's state into the tray and the window.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, ClipboardItem, Menu, dialog, Notification, Tray, app, type NativeImage, clipboard, ipcMain, nativeImage, net, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import Store from 'electron-store';
import { createAppCore } from './app/app-core';
import { watchConnectivity } from './app/connectivity-watch';
import { trayDispatcher } from './app/tray-dispatch';
import { trayInputs } from './app/tray-inputs';
import { openTrayStatus } from './app/tray-status';
import { installAppMenu } from './adapters/app-menu';
import { appPageUrl } from './adapters/app-page-url';
import { registerAppScheme, serveAppFiles } from './adapters/app-protocol';
import { createAutostart } from './adapters/autostart';
import { electronClipboard } from './adapters/electron-clipboard';
import { electronStoreBackend } from './adapters/electron-store-backend';
import { electronFileDialogs } from './adapters/file-dialogs';
import { registerIpcHandlers, sendEvent } from './adapters/ipc-main';
import {
  claimSingleInstance,
  dockFollowsWindow,
  installQuitSequence,
  keepInTrayOnClose,
  launchedHidden,
  revealWindow,
  stayAliveWithoutWindows,
} from './adapters/lifecycle';
import { createLoginWindowPort } from './adapters/login-window';
import { createMainWindow } from './adapters/main-window';
import { electronNotifier } from './adapters/notifications';
import { safeStorageSecretBox } from './adapters/safe-storage-secret-box';
import { createPlatformSecretStore } from './adapters/secret-stores';
import { createTray } from './adapters/tray';
import { detectTrayHost } from './adapters/tray-host-probe';
import type { EventName, EventPayloads } from './ipc/contract';
import { APP_ID } from './services/autostart';
import { openBuiltInServer, withBuiltInServer } from './services/built-in-server';
import { createClipboardGuard } from './services/clipboard';
import { createKnownSecrets, describeErrorForLog } from './services/logging';
import { openDuplicatiService } from './services/duplicati';
import { createRefresher, httpWhoAmI } from './services/refresher';
import { openKeychainDefault, openSecretReferences, openSecretsFileLocation, openSecretsFileReferences } from './services/secret-references';
import { openSettings } from './services/settings';
import { openRecentlyUsed } from './services/tray';
import { openVault } from './services/vault';

const here = fileURLToPath(new URL('.', import.meta.url));
const platform = process.platform;
/** Shows the window (at a screen when given); a second launch calls it too. Set once started. */
let showWindow: (target?: EventPayloads['navigate']) => void = () => undefined;
/** Every AuthID the vault handled this run: the log scrubs exactly these, besides the usual shapes. */
const knownSecrets = createKnownSecrets();
const log = (what: string, error: unknown) => console.error(`AuthID Manager: ${what}: ${describeErrorForLog(error, knownSecrets)}`);

async function start(): Promise<void> {
  app.setAppUserModelId(APP_ID);
  const backend = electronStoreBackend(Store, app.getPath('userData'));
  const autostart = createAutostart({
    platform,
    app,
    env: process.env,
    execPath: process.execPath,
    homeDir: os.homedir(),
    args: app.isPackaged ? [] : [app.getAppPath()],
  });
  const secretBox = safeStorageSecretBox(safeStorage, platform);
  const builtInServer = await openBuiltInServer({ backend, secretBox });
  const settings = withBuiltInServer(openSettings({ backend, autostart }), builtInServer);
  const vault = await openVault({ backend, secretBox, secrets: knownSecrets });
  const trayStatus = await openTrayStatus({
    settings,
    onError: (error) => log('reading start at login', error),
    recentlyUsed: openRecentlyUsed({ backend, onError: (error) => log('saving the tray’s recently used AuthIDs', error) }),
  });
  const refresher = createRefresher({ vault, settings, whoAmI: httpWhoAmI(), activity: trayStatus.checks });

  serveAppFiles(protocol, path.join(here, '../renderer'));
  const appUrl = appPageUrl({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
  installAppMenu({ Menu }, { platform, packaged: app.isPackaged, appName: app.getName() });
  // Installed before the window exists (closing it must know whether the app quits); its steps come once what they stop exists.
  const sequence = installQuitSequence(app, { onError: (error, step) => log(step, error) });
  const mainWindow = createMainWindow({
    BrowserWindow,
    session: session.defaultSession,
    preloadPath: path.join(here, '../preload/preload.cjs'),
    appUrl,
    packaged: app.isPackaged,
    openExternal: (url) => void shell.openExternal(url),
    onCreated: (win) => {
      keepInTrayOnClose(win, { isQuitting: () => sequence.isQuitting(), trayVisible: () => trayStatus.visible() });
      dockFollowsWindow(app, platform, win);
    },
  });
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => sendEvent(mainWindow.contents(), event, payload);
  showWindow = (target) => {
    revealWindow(mainWindow.get());
    if (target !== undefined) mainWindow.navigate(target);
  };
  const showRecord = (id: string | undefined) => showWindow(id === undefined ? undefined : { screen: 'detail', id });

  const core = createAppCore({
    vault,
    settings,
    clipboard: createClipboardGuard({ clipboard: electronClipboard({ clipboard, ClipboardItem, platform }), onError: (error) => log('clearing the clipboard', error) }),
    checker: refresher,
    loginWindow: createLoginWindowPort({ BrowserWindow, session }),
    browser: { open: (url) => shell.openExternal(url) },
    notifier: electronNotifier({ Notification, platform, enabled: () => settings.values().notifications }),
    emit,
    showRecord,
    // Export and import ask only from the window, so it is there to hold the dialog.
    fileDialogs: electronFileDialogs({ dialog, parent: () => mainWindow.get() }),
    duplicati: await openDuplicatiService({ held: vault, secretBox, backend }),
    keychain: { store: createPlatformSecretStore(platform), references: openSecretReferences(backend), newAuthIds: openKeychainDefault(backend) },
    secretsFile: { box: secretBox, references: openSecretsFileReferences(backend), location: openSecretsFileLocation(backend), createdBy: `AuthID Manager ${app.getVersion()}`, secrets: knownSecrets },
    builtInServer,
  });
  await core.ready();
  builtInServer.startIfEnabled().catch((error: unknown) => log('starting the built-in server', error));
  registerIpcHandlers({
    ipcMain,
    handlers: core.handlers,
    windowWebContentsId: () => mainWindow.contents()?.id,
    appUrl,
    onUnexpected: (error, request) => log(`handling ${request}`, error),
  });

  const trayMenu = trayInputs(core, trayStatus);
  const tray = createTray<NativeImage>({
    electron: { Tray, Menu, nativeImage },
    platform,
    // Packaged: electron-builder copies assets/tray into resources/; otherwise the project folder has them.
    assetsDir: app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'assets'),
    initial: trayMenu.current(),
    dispatch: trayDispatcher({ handlers: core.handlers, show: showWindow, used: trayStatus.used, quit: () => app.quit() }),
    onDispatchError: (error, action) => log(`the tray's ${action.type}`, error),
    trayHost: () => detectTrayHost({ platform, env: process.env }),
    onNoTrayHost: () => {
      trayStatus.hide();
      showWindow();
    },
  });
  trayMenu.onChange(() => tray.update(trayMenu.current()));

  // Overdue checks run when the machine wakes, the screen unlocks, or the network comes back.
  powerMonitor.on('resume', () => refresher.wake());
  powerMonitor.on('unlock-screen', () => refresher.wake());
  const connectivity = watchConnectivity({
    isOnline: () => net.isOnline(),
    onBackOnline: () => refresher.wake(),
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
  });
  core.onStateChange((state) => connectivity.setNeeded(state.authIds.some((a) => a.health === 'needs-attention')));
  sequence.runAtQuit([
    {
      name: 'stop checks',
      run: async () => {
        connectivity.stop();
        await refresher.stop();
      },
    },
    { name: 'end logins and clear the clipboard', run: () => core.dispose() },
    { name: 'stop the built-in server', run: () => builtInServer.stop() },
    { name: 'save the vault', run: () => vault.flush() },
    { name: 'remove the tray icon', run: () => tray.destroy() },
  ]);
  refresher.start();

  if (launchedHidden(app, platform, process.argv)) dockFollowsWindow(app, platform);
  else showWindow();

  // The tray menu for the Electron end-to-end specs; a packaged app has no such hook.
  if (!app.isPackaged && process.env.AUTHID_MANAGER_TEST_HOOKS === '1') {
    Object.assign(globalThis, { authIdManagerTest: { trayMenu: () => tray.menu() } });
  }
}

// Only before the app is ready may a scheme be made privileged.
registerAppScheme(protocol);
if (claimSingleInstance(app, () => showWindow())) {
  stayAliveWithoutWindows(app);
  app.whenReady().then(start).catch((error: unknown) => {
    log('starting', error);
    app.exit(1);
  });
}
