/** What main knows about the frame that sent an IPC message. */
export interface SenderFacts {
  readonly webContentsId: number;
  readonly isMainFrame: boolean;
  readonly frameUrl: string | undefined;
}

/**
 * Only the main frame of the app's own window, showing the app's own page, may call main.
 * `appUrl` is the page main loaded (file:// in production, the dev server in development).
 */
export function isTrustedSender(sender: SenderFacts, windowWebContentsId: number | undefined, appUrl: string): boolean {
  if (windowWebContentsId === undefined || sender.webContentsId !== windowWebContentsId) return false;
  if (!sender.isMainFrame || sender.frameUrl === undefined) return false;
  let frame: URL;
  let app: URL;
  try {
    frame = new URL(sender.frameUrl);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (frame.protocol !== app.protocol) return false;
  if (app.protocol === 'file:') return frame.pathname === app.pathname;
  return frame.origin === app.origin;
}
