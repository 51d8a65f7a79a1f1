/** What main knows about the frame that sent an IPC message. */
export interface SenderFacts {
  readonly webContentsId: number;
  readonly isMainFrame: boolean;
  readonly frameUrl: string | undefined;
}

/**
 * Whether `url` is the app's own page: the same scheme, host (with port) and path, exactly, and
 * no user name or password. Query and fragment may differ. Origins are not compared: a custom
 * scheme's origin is "null" for every host, so comparing them would match any app:// page.
 */
export function isAppPage(url: string, appUrl: string): boolean {
  let page: URL;
  let app: URL;
  try {
    page = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  return (
    page.protocol === app.protocol &&
    page.host === app.host &&
    page.pathname === app.pathname &&
    page.username === '' &&
    page.password === ''
  );
}

/**
 * Only the main frame of the app's own window, showing the app's own page, may call main.
 * `appUrl` is the page main loaded (app://authid-manager/index.html, or the dev server's).
 */
export function isTrustedSender(sender: SenderFacts, windowWebContentsId: number | undefined, appUrl: string): boolean {
  if (windowWebContentsId === undefined || sender.webContentsId !== windowWebContentsId) return false;
  if (!sender.isMainFrame || sender.frameUrl === undefined) return false;
  return isAppPage(sender.frameUrl, appUrl);
}
