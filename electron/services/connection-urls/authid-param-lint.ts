/** Lint for the `authid` query option: missing, repeated, or decoding to something else than intended. */
import { parseAuthId, type AuthIdProblem, type AuthIdRejection } from '../authids/authid-parse';
import type { BackendSpec } from '../providers/duplicati-backends';
import { getProvider } from '../providers/provider-lookup';
import { hasStrayPercent } from './duplicati-url-text';
import type { LintFinding } from './lint-finding';
import type { RawQueryParam } from './raw-url-parts';

const FIX: Readonly<Record<AuthIdProblem, string>> = {
  'empty': 'Put the AuthID after authid=.',
  'too-long': 'Replace the authid value with the AuthID alone.',
  'server-pseudo-authid': "Remove the app's access at the provider, log in again, and use the new AuthID.",
  'surrounding-whitespace': 'Remove the spaces (%20) or line breaks around the AuthID.',
  'surrounding-quotes': 'Remove the quotation marks (%22 or %27) around the AuthID.',
  'is-a-url': 'Replace the authid value with the AuthID itself.',
  'invisible-characters': 'Copy the AuthID again and replace the authid value.',
  'percent-encoded': 'Encode the AuthID only once: a colon is %3A in the URL, not %253A.',
  'joined-by-comma': 'Keep only one AuthID.',
  'inner-whitespace': 'Copy the AuthID again and let this app write the URL.',
  'bad-characters': 'Copy the AuthID again from the login page.',
  'missing-colon': 'Copy the whole AuthID again; it contains a colon (%3A in the URL).',
  'malformed-v1': 'Copy the whole AuthID again.',
  'malformed-v2': 'Copy the whole AuthID again.',
  'wrong-kind-for-provider': 'Log in to this provider again and use that AuthID.',
  'provider-mismatch': 'Use an AuthID from a login to this provider.',
};

// When a raw "+" or stray "%" already explains the damage, these follow-on problems add nothing.
const CAUSED_BY_PLUS: readonly AuthIdProblem[] = ['inner-whitespace', 'surrounding-whitespace', 'empty'];
const CAUSED_BY_PERCENT: readonly AuthIdProblem[] = ['bad-characters'];

export function lintAuthIdParams(params: readonly RawQueryParam[], backend: BackendSpec): LintFinding[] {
  const authIds = params.filter((p) => p.name === 'authid');
  const first = authIds[0];
  if (first === undefined || first.rawValue === '') {
    return [{
      code: 'missing-authid',
      severity: 'error',
      message: 'The URL has no AuthID, so Duplicati cannot log in.',
      fix: 'Add authid=<AuthID, percent-encoded> to the URL, or copy the URL from this app.',
    }];
  }
  const findings: LintFinding[] = [];
  if (authIds.length > 1) findings.push(duplicateFinding(authIds));
  for (const param of authIds) {
    for (const finding of lintOneAuthId(param, backend)) {
      if (!findings.some((f) => f.code === finding.code)) findings.push(finding);
    }
  }
  return findings;
}

function duplicateFinding(authIds: readonly RawQueryParam[]): LintFinding {
  const same = authIds.every((p) => p.value === authIds[0]?.value);
  return {
    code: 'duplicate-authid',
    severity: 'error',
    message: `The URL holds authid= ${authIds.length} times (${same ? 'the same AuthID each time' : 'different AuthIDs'}). Duplicati joins them with a comma into one broken AuthID, and the login fails.`,
    fix: 'Keep one authid= and delete the others.',
  };
}

function lintOneAuthId(param: RawQueryParam, backend: BackendSpec): LintFinding[] {
  const findings: LintFinding[] = [];
  const plus = param.rawValue.includes('+');
  const stray = hasStrayPercent(param.rawValue);
  if (plus) {
    findings.push({
      code: 'authid-plus-becomes-space',
      severity: 'error',
      message: 'The AuthID contains a raw "+", which Duplicati reads as a space, so the server receives a different AuthID.',
      fix: 'Write each + in the AuthID as %2B, or copy the URL from this app, which encodes it.',
    });
  }
  if (stray) {
    findings.push({
      code: 'authid-stray-percent',
      severity: 'error',
      message: 'The AuthID contains a "%" that is not a valid escape; Duplicati keeps it as written and the AuthID no longer matches.',
      fix: 'Copy the AuthID again and let this app encode it.',
    });
  }
  const parsed = parseAuthId(param.value, backend.defaultProvider);
  if (parsed.ok) return findings;
  if ((plus && CAUSED_BY_PLUS.includes(parsed.problem)) || (stray && CAUSED_BY_PERCENT.includes(parsed.problem))) {
    return findings;
  }
  return [...findings, rejectionFinding(parsed, backend)];
}

function rejectionFinding(rejection: AuthIdRejection, backend: BackendSpec): LintFinding {
  const pages = rejection.deauthorizePages ?? [];
  const fix =
    rejection.problem === 'server-pseudo-authid' && pages.length > 0
      ? `Remove the app's access at ${pages.map((p) => p.url).join(' or ')}, log in to ${getProvider(backend.defaultProvider).name} again, and use the new AuthID.`
      : FIX[rejection.problem];
  const message =
    rejection.problem === 'percent-encoded'
      ? 'The AuthID is percent-encoded twice, so Duplicati reads escapes such as %3A literally and the server does not recognise it.'
      : rejection.message;
  return { code: `authid-${rejection.problem}`, severity: 'error', message, fix };
}
