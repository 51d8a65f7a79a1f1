import type { ProviderId } from '../providers';

/**
 * What a tray menu entry asks the app to do: plain data, so the menu model stays testable and
 * serializable. The tray adapter hands it to one dispatcher the composition root provides.
 */
export type TrayAction =
  | { readonly type: 'authorize'; readonly provider: ProviderId; readonly serverBaseUrl: string }
  | { readonly type: 'copy-url'; readonly id: string; readonly destinationId: string }
  | { readonly type: 'copy-authid'; readonly id: string }
  | { readonly type: 'reauthorize'; readonly id: string }
  | { readonly type: 'cancel-login'; readonly loginId: string }
  /** Opens the window's Paste screen. */
  | { readonly type: 'open-paste' }
  /** Opens Settings at the built-in AuthID server's section. */
  | { readonly type: 'open-built-in-server' }
  | { readonly type: 'check-all' }
  | { readonly type: 'open-manager' }
  /** `enabled` is the state the user asked for (the checkbox's new state). */
  | { readonly type: 'set-start-at-login'; readonly enabled: boolean }
  | { readonly type: 'quit' };
