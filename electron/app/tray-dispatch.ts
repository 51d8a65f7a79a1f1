/** What each tray menu entry does, through the same handlers the window uses. */
import type { RequestHandlers } from '../ipc/contract';
import type { TrayAction } from '../services/tray/tray-action';

export interface TrayDispatchDeps {
  readonly handlers: RequestHandlers;
  /** Shows the window, at a record's detail when given. */
  readonly showRecord: (id: string | undefined) => void;
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
        return;
      case 'copy-authid':
        await handlers.copyAuthId({ id: action.id });
        return;
      case 'reauthorize':
        // The window shows the login's progress and its outcome.
        deps.showRecord(action.id);
        await handlers.reauthorize({ id: action.id });
        return;
      case 'check-all':
        await handlers.checkAll(undefined);
        return;
      case 'open-manager':
        deps.showRecord(undefined);
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
