/**
 * What the login flow needs from the outside world. The Electron adapter implements the window
 * port with a sandboxed BrowserWindow; tests implement it with a Playwright page.
 */

/** One main-frame navigation: where the window went and, for a page that loaded, how the server answered. */
export interface LoginNavigation {
  readonly url: string;
  /** HTTP status of the page; absent for a redirect hop. */
  readonly status?: number;
  /** The answer's `X-Reason` header, when it had one. */
  readonly reason?: string;
}

export interface LoginWindowOpenOptions {
  /** A session partition of its own, never `persist:`, so cookies die with the login. */
  readonly partition: string;
  /** Origins whose pages the window may read `#user-id` from: the AuthID server's. */
  readonly allowedOrigins: readonly string[];
  /** Every main-frame navigation, including server-side redirects. */
  readonly onNavigated: (navigation: LoginNavigation) => void;
  /** The window is gone, whoever closed it. */
  readonly onClosed: () => void;
}

export interface LoginWindowHandle {
  /**
   * The text of `#user-id` on the page now shown, read in an isolated world; null when the page
   * has no such element, is not on an allowed origin, or the window is gone.
   */
  readUserIdText(): Promise<string | null>;
  /**
   * The HTML of the page now shown (at most 64 KiB), read the same way, to tell what a server
   * said when its page holds no AuthID; null under the same conditions.
   */
  readPageHtml(): Promise<string | null>;
  /** Idempotent; `onClosed` still fires once. */
  close(): void;
  focus(): void;
}

export interface LoginWindowPort {
  /** Opens a window on `url` and returns once it exists (not once the page loaded). */
  open(url: string, options: LoginWindowOpenOptions): Promise<LoginWindowHandle>;
}

export interface ExternalBrowserPort {
  /** The user's default browser (Electron: `shell.openExternal`). */
  open(url: string): Promise<void>;
}
