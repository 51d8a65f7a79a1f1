/** One problem lint found in a destination URL. Shaped like `LintFindingView`, so it crosses IPC as is. */
import type { AuthIdProblem } from '../authids/authid-parse';

export type LintCode =
  | 'not-a-url'
  | 'surrounding-whitespace'
  | 'unknown-scheme'
  | 'legacy-backend'
  | 'missing-authid'
  | 'duplicate-authid'
  | 'authid-plus-becomes-space'
  | 'authid-stray-percent'
  | `authid-${AuthIdProblem}`
  | 'missing-required-option'
  | 'invalid-option-value'
  | 'duplicate-option'
  | 'pcloud-host'
  | 'oauth-url-invalid'
  | 'oauth-url-not-refresh'
  | 'oauth-url-insecure'
  | 'oauth-url-on-pcloud'
  | 'cannot-build';

export interface LintFinding {
  readonly code: LintCode;
  /** 'error': Duplicati will fail with this URL; 'warning': it works, but not as the user likely meant. */
  readonly severity: 'error' | 'warning';
  /** What is wrong; never contains the AuthID. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
}
