import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { REQUEST_NAMES, eventChannel, requestChannel } from '../ipc/channels';
import type { EventName, EventPayloads, RequestHandlers } from '../ipc/contract';
import { dispatchRequest } from '../ipc/dispatch-request';
import { isTrustedSender } from '../ipc/trusted-sender';

export interface IpcRegistration {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  readonly handlers: RequestHandlers;
  /** The app window's webContents id now (the window may be recreated). */
  readonly windowWebContentsId: () => number | undefined;
  readonly appUrl: string;
  readonly onUnexpected: (error: unknown, request: string) => void;
}

/** Registers one handler per contract request; each checks the sender before anything else. */
export function registerIpcHandlers(registration: IpcRegistration): () => void {
  const { ipcMain, handlers } = registration;
  for (const name of REQUEST_NAMES) {
    ipcMain.handle(requestChannel(name), async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        { webContentsId: event.sender.id, isMainFrame: frame?.parent === null, frameUrl: frame?.url },
        registration.windowWebContentsId(),
        registration.appUrl,
      );
      if (!trusted) {
        return { ok: false, error: { code: 'untrusted-sender', message: 'Only the AuthID Manager window may ask for this.' } };
      }
      return dispatchRequest(handlers, name, payload, registration.onUnexpected);
    });
  }
  return () => {
    for (const name of REQUEST_NAMES) ipcMain.removeHandler(requestChannel(name));
  };
}

export function sendEvent<E extends EventName>(target: WebContents | undefined, event: E, payload: EventPayloads[E]): void {
  if (target && !target.isDestroyed()) target.send(eventChannel(event), payload);
}
