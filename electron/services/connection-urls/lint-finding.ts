/** One problem lint found in a destination URL. It crosses IPC as is, as a `LintFindingView`. */
import type { AuthIdProblem } from '../authids';

export type LintCode =
  | 'not-a-url'
  | 'surrounding-whitespace'
  | 'unknown-scheme'
  | 'legacy-backend'
  | 'unreadable-url'
  | 'missing-authid'
  | 'duplicate-authid'
  | 'authid-plus-becomes-space'
  | 'authid-stray-percent'
  | 'authid-secret-reference'
  | 'dropbox-access-token'
  | `authid-${AuthIdProblem}`
  | 'option-name-case'
  | 'repeated-question-mark'
  | 'percent-u-escape'
  | 'broken-escape'
  | 'first-folder-punctuation'
  | 'local-path'
  | 'folder-decoded-differently'
  | 'folder-refused'
  | 'sharepoint-site'
  | 'gcs-no-bucket'
  | 'missing-required-option'
  | 'invalid-option-value'
  | 'duplicate-option'
  | 'pcloud-host'
  | 'pcloud-host-case'
  | 'pcloud-port'
  | 'pcloud-fragment'
  | 'oauth-url-invalid'
  | 'oauth-url-not-refresh'
  | 'oauth-url-insecure'
  | 'oauth-url-on-pcloud'
  | 'oauth-url-empty'
  | 'oauth-url-missing'
  | 'cannot-build';

/** Replace `text[start, end)` of the analysed text with `text`. Never carries an AuthID. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A change the user can apply with one click; the window applies the edits to its own text. */
export interface LintFix {
  /** The button's words, e.g. "Write authid in lower case". */
  readonly label: string;
  /** Non-overlapping edits, in the order they appear. */
  readonly edits: readonly TextEdit[];
}

export interface LintFinding {
  readonly code: LintCode;
  /**
   * 'error': Duplicati fails, or does something else than the URL says; 'warning': it works, but
   * not everywhere or not as the user likely meant; 'info': worth knowing, nothing is wrong.
   */
  readonly severity: 'error' | 'warning' | 'info';
  /** What is wrong; never contains the AuthID. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  readonly apply?: LintFix;
}

/** A finding as the window shows it: lint's own, or one the paste analysis adds under its own code. */
export interface LintFindingView extends Omit<LintFinding, 'code'> {
  readonly code: string;
}

/** Applies a fix's edits to the text they were made for. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
