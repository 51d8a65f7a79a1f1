/** What each tray menu entry does, through the same handlers the window uses. */
import type { EventPayloads, RequestHandlers } from '../ipc/contract';
import type { TrayAction } from '../services/tray';

export interface TrayDispatchDeps {
  readonly handlers: RequestHandlers;
  /** Shows the window, at a screen when given. */
  readonly show: (target?: EventPayloads['navigate']) => void;
  /** An AuthID was copied from the tray (its Copy AuthID menu lists the last used first). */
  readonly used: (id: string) => void;
  readonly quit: () => void;
}

export function trayDispatcher(deps: TrayDispatchDeps): (action: TrayAction) => Promise<void> {
  const { handlers } = deps;
  return async (action) => {
    switch (action.type) {
      case 'authorize':
        await handlers.startLogin({ provider: action.provider, serverBaseUrl: action.serverBaseUrl });
        return;
      case 'copy-url':
        await handlers.copyDestination({ id: action.id, destinationId: action.destinationId });
        deps.used(action.id);
        return;
      case 'copy-authid':
        await handlers.copyAuthId({ id: action.id });
        deps.used(action.id);
        return;
      case 'reauthorize':
        // The window shows the login's progress and its outcome.
        deps.show({ screen: 'detail', id: action.id });
        await handlers.reauthorize({ id: action.id });
        return;
      case 'cancel-login':
        await handlers.cancelLogin({ loginId: action.loginId });
        return;
      case 'open-paste':
        deps.show({ screen: 'paste' });
        return;
      case 'open-built-in-server':
        deps.show({ screen: 'settings', section: 'built-in-server' });
        return;
      case 'check-all':
        await handlers.checkAll(undefined);
        return;
      case 'open-manager':
        deps.show();
        return;
      case 'set-start-at-login':
        await handlers.setStartAtLogin({ enabled: action.enabled });
        return;
      case 'quit':
        deps.quit();
        return;
    }
  };
}
