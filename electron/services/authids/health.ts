/** What the last check of an AuthID found, and the record of each check. */
export type Health =
  | 'not-checked'
  | 'healthy'
  | 'needs-attention'
  | 'rate-limited'
  | 'needs-reauthorization'
  | 'revoked';

export interface CheckView {
  readonly at: string; // ISO time
  readonly health: Health;
  readonly reason: string; // user-facing, never a secret
}
