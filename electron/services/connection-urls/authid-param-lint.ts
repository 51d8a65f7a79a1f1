/**
 * Lint for the AuthID as the backend reads it: missing, repeated, a secret-provider reference,
 * a raw Dropbox access token, or text that decodes to something else than intended.
 */
import { parseAuthId, type AuthIdProblem, type AuthIdRejection } from '../authids';
import { duplicatiUrlDecode, isSecretReference, type DestinationUrlReading, type RawQueryPair } from '../duplicati-reading';
import { getProvider, type BackendSpec } from '../providers';
import { hasStrayPercent } from './duplicati-url-text';
import type { LintFinding } from './lint-finding';
import { removePair } from './query-pair-edits';
import type { RawUrl } from './raw-url-parts';

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

export function lintAuthId(raw: RawUrl, reading: DestinationUrlReading, backend: BackendSpec): LintFinding[] {
  const pairs = raw.pairs.filter((pair) => duplicatiUrlDecode(pair.key.text, 'code-unit') === 'authid');
  const authId = reading.authId;
  if (authId === null || authId === '') {
    if (!reading.optionRefusals.some((r) => r.code === 'MissingAuthID')) return [];
    return [{
      code: 'missing-authid',
      severity: 'error',
      message: 'Duplicati finds no AuthID in this URL (an option named exactly authid), so it cannot log in.',
      fix: 'Add authid=<AuthID, percent-encoded> to the URL, or copy the URL from this app.',
    }];
  }
  if (isSecretReference(authId)) {
    return [{
      code: 'authid-secret-reference',
      severity: 'info',
      message: `The AuthID is the secret-provider reference ${authId.slice(0, 80)}: Duplicati replaces it with the stored secret before it logs in, so this app cannot check it.`,
      fix: 'Nothing to do here; make sure the backup sets --secret-provider and the secret exists.',
    }];
  }
  const findings: LintFinding[] = [];
  if (pairs.length > 1) findings.push(duplicateFinding(raw, pairs));
  for (const pair of pairs) {
    for (const finding of lintOneAuthId(pair, backend)) {
      if (!findings.some((f) => f.code === finding.code)) findings.push(finding);
    }
  }
  if (findings.length === 0 && backend.id === 'dropbox' && !authId.includes(':')) findings.push(DROPBOX_ACCESS_TOKEN);
  return findings;
}

const DROPBOX_ACCESS_TOKEN: LintFinding = {
  code: 'dropbox-access-token',
  severity: 'warning',
  message:
    'This AuthID has no colon, so Duplicati uses it as a Dropbox access token as it is and never refreshes it: once the token expires (Dropbox issues short-lived tokens), backups stop.',
  fix: 'Log in to Dropbox through this app to get an AuthID that Duplicati can refresh.',
};

function duplicateFinding(raw: RawUrl, pairs: readonly RawQueryPair[]): LintFinding {
  const values = pairs.map((p) => p.value?.text ?? '');
  const same = values.every((value) => value === values[0]);
  return {
    code: 'duplicate-authid',
    severity: 'error',
    message: `The URL holds authid= ${pairs.length} times (${same ? 'the same AuthID each time' : 'different AuthIDs'}). Duplicati joins them with a comma into one broken AuthID, and the login fails.`,
    fix: 'Keep one authid= and delete the others.',
    ...(same ? { apply: { label: 'Keep one authid', edits: pairs.slice(1).map((pair) => removePair(raw.text, pair)) } } : {}),
  };
}

function lintOneAuthId(pair: RawQueryPair, backend: BackendSpec): LintFinding[] {
  const rawValue = pair.value?.text ?? '';
  const findings: LintFinding[] = [];
  const plus = rawValue.includes('+');
  const stray = hasStrayPercent(rawValue);
  if (plus) {
    const start = pair.value?.start ?? 0;
    findings.push({
      code: 'authid-plus-becomes-space',
      severity: 'error',
      message: 'The AuthID contains a raw "+", which Duplicati reads as a space, so the server receives a different AuthID.',
      fix: 'Write each + in the AuthID as %2B, or copy the URL from this app, which encodes it.',
      apply: {
        label: 'Write + as %2B',
        edits: [...rawValue.matchAll(/\+/g)].map((m) => ({ start: start + (m.index ?? 0), end: start + (m.index ?? 0) + 1, text: '%2B' })),
      },
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
  const parsed = parseAuthId(duplicatiUrlDecode(rawValue, 'code-unit'), backend.defaultProvider);
  if (parsed.ok) return findings;
  if ((plus && CAUSED_BY_PLUS.includes(parsed.problem)) || (stray && CAUSED_BY_PERCENT.includes(parsed.problem))) return findings;
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
