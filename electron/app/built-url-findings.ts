/**
 * Which of the linter's findings a user building the URL in this app's form should see. The
 * linter speaks to someone who pasted a URL ("Add &site-id=…"); in the form, the field itself says
 * what is missing, and the app's own keychain reference is no surprise worth a note.
 */
import type { LintFinding, LintCode } from '../services/connection-urls';
import type { LintFindingView } from '../ipc/views';

/** Said by the form on the field it concerns, in words about that field. */
const SAID_BY_THE_FORM: ReadonlySet<LintCode> = new Set(['missing-required-option']);

export function findingsForBuiltUrl(findings: readonly LintFinding[], usesOwnKeychainReference: boolean): LintFindingView[] {
  return findings
    .filter((finding) => !SAID_BY_THE_FORM.has(finding.code))
    .filter((finding) => !(usesOwnKeychainReference && finding.code === 'authid-secret-reference'))
    // One-click fixes edit pasted text; a built URL is changed through the form instead.
    .map(({ apply: _apply, ...finding }) => finding);
}
