/**
 * Compares what the scan found with the AuthIDs the app holds (by fingerprint) and says, per
 * backup, what is wrong and what to do. Wording: what happened, then what to do next.
 */
import { hostOf } from '../failures';
import type { HeldAuthId } from '../ports';
import type { BackupAuthIdView, DuplicatiProblem } from '../views/duplicati-views';
import { sameServer } from '../reading/destination-auth';
import type { AuthIdFacts, BackupFacts } from './backup-facts';
import type { AuthIdKnowledge } from './authid-knowledge';

export interface MatchedAuthId {
  readonly view: BackupAuthIdView;
  readonly record?: HeldAuthId;
}

export function matchAuthId(facts: AuthIdFacts, knowledge: AuthIdKnowledge, held: readonly HeldAuthId[]): MatchedAuthId {
  const found = facts.secretReference ? undefined : [facts.print, ...facts.partPrints].map((print) => knowledge.match(print)).find((m) => m !== undefined);
  const record = found === undefined ? undefined : held.find((r) => r.id === found.recordId);
  const base = { masked: facts.masked, source: facts.source };
  if (found === undefined || record === undefined) return { view: base };
  return { view: { ...base, recordId: record.id, label: record.label, current: found.current }, record };
}

/** Problems of one AuthID use (the main destination, or an extra one when `where` is given). */
export function authIdProblems(facts: AuthIdFacts, matched: MatchedAuthId, where = ''): DuplicatiProblem[] {
  const at = where === '' ? 'This backup' : `This backup's extra destination “${where}”`;
  if (facts.secretReference) {
    return [{
      code: 'secret-reference',
      severity: 'info',
      message: `${at} reads its AuthID from Duplicati's secret provider (${facts.masked}), so AuthID Manager cannot check it.`,
      fix: 'Keep the AuthID in the secret provider up to date there.',
    }];
  }
  const { record, view } = matched;
  if (record === undefined) {
    return [{
      code: 'authid-not-held',
      severity: 'warning',
      message: `${at} uses an AuthID that AuthID Manager does not hold, so the app cannot watch or refresh it.`,
      fix: 'If you re-authorized it, use the new AuthID in this backup; otherwise add this AuthID to AuthID Manager (Paste).',
    }];
  }
  if (view.current === false) {
    return [{
      code: 'authid-replaced',
      severity: 'error',
      message: `${at} still uses the AuthID “${record.label}” had before you re-authorized it.`,
      fix: `Use the new AuthID of “${record.label}” in this backup.`,
    }];
  }
  if (record.health === 'needs-reauthorization' || record.health === 'revoked') {
    return [{
      code: 'needs-reauthorization',
      severity: 'error',
      message: `${at} uses “${record.label}”, which ${record.health === 'revoked' ? 'was revoked' : 'needs re-authorization'}; its next run will fail to connect.`,
      fix: `Re-authorize “${record.label}”, then use the new AuthID in this backup.`,
    }];
  }
  return [];
}

export function optionProblems(facts: BackupFacts): DuplicatiProblem[] {
  const problems: DuplicatiProblem[] = [];
  if (facts.authIdOptionDisagrees) {
    problems.push({
      code: 'option-disagrees',
      severity: 'warning',
      message: "The backup's --authid advanced option holds a different AuthID than its destination URL. Duplicati uses the URL's, but the stale option takes over whenever the URL's AuthID is missing or misspelled.",
      fix: 'Remove the --authid advanced option in Duplicati, or update this backup so both hold the same AuthID.',
    });
  }
  if (facts.oauthUrlOptionDisagrees) {
    problems.push({
      code: 'option-disagrees',
      severity: 'warning',
      message: "The backup's --oauth-url advanced option names a different AuthID server than its destination URL. Duplicati uses the URL's.",
      fix: 'Remove the --oauth-url advanced option, or make both name the server that issued the AuthID.',
    });
  }
  return problems;
}

export function serverProblems(facts: BackupFacts, record: HeldAuthId | undefined, others: readonly BackupFacts[]): DuplicatiProblem[] {
  const problems: DuplicatiProblem[] = [];
  const server = facts.refreshServer;
  if (server === undefined || facts.authId === undefined || facts.authId.secretReference) return problems;
  if (record !== undefined && !sameServer(server, record.serverBaseUrl)) {
    problems.push({
      code: 'wrong-server',
      severity: 'error',
      message: `Duplicati will ask ${hostOf(server)} to refresh “${record.label}”, but that AuthID came from ${hostOf(record.serverBaseUrl)}; the refresh will fail.`,
      fix: `Update this backup with “${record.label}” (the app sets oauth-url), or set oauth-url to ${record.serverBaseUrl}/refresh.`,
    });
  }
  const clash = others.find((o) => o.id !== facts.id && o.authId?.print === facts.authId?.print && o.refreshServer !== undefined && !sameServer(o.refreshServer, server));
  if (clash?.refreshServer !== undefined) {
    problems.push({
      code: 'same-authid-different-servers',
      severity: 'error',
      message: `The same AuthID is refreshed through ${hostOf(server)} here and through ${hostOf(clash.refreshServer)} in “${clash.name}”. An AuthID works only with the server that issued it, so one of them fails.`,
      fix: 'Set oauth-url to the issuing server in every backup that uses this AuthID.',
    });
  }
  return problems;
}

export function lintProblems(facts: BackupFacts): DuplicatiProblem[] {
  return facts.lint.map((finding) => ({ code: 'url-lint', severity: finding.severity, message: finding.message, fix: finding.fix, lintCode: finding.code }));
}
