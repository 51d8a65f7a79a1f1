import type { ProviderId } from '../providers';

export type LoginPhase =
  | 'opening'
  | 'waiting-for-user'
  | 'waiting-in-browser'
  | 'capturing'
  | 'succeeded'
  | 'failed'
  | 'cancelled';

/** One login's progress, as the window shows it (and the tray counts it). */
export interface LoginProgressView {
  readonly loginId: string;
  readonly provider: ProviderId;
  readonly phase: LoginPhase;
  readonly message: string;
  /** Set on success: the new or updated record. */
  readonly authIdId?: string;
  /** Set when the server answered with a pseudo-AuthID: where to de-authorize the app. */
  readonly deauthorizeUrl?: string;
}
