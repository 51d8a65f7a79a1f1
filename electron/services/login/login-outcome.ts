import type { AuthIdKind } from '../authids';
import type { ProviderId } from '../providers';
import type { PcloudRegion } from '../server-client';

/** What a finished login hands to the caller to store. */
export interface CapturedLogin {
  readonly authId: string;
  readonly kind: AuthIdKind;
  readonly provider: ProviderId;
  readonly serverBaseUrl: string;
  /** pCloud only, and only when the callback passed through the login window. */
  readonly region?: PcloudRegion;
}

/** How a login ended; exactly one per login. Messages are plain words and never hold a secret. */
export type LoginOutcome =
  | { readonly status: 'succeeded'; readonly login: CapturedLogin; readonly authIdId?: string }
  | { readonly status: 'failed'; readonly message: string; readonly deauthorizeUrl?: string }
  | { readonly status: 'cancelled'; readonly message: string };
