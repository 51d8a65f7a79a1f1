/** Turns a scan's facts into the views for the Duplicati screen, "Used by" and the tray. */
import type { AuthIdKnowledge } from '../matching/authid-knowledge';
import type { BackupFacts } from '../matching/backup-facts';
import { authIdProblems, lintProblems, matchAuthId, optionProblems, serverProblems } from '../matching/backup-problems';
import type { HeldAuthId } from '../ports';
import type { AtRiskSummary, BackupUse, DuplicatiBackupView, DuplicatiOverview, DuplicatiProblem } from './duplicati-views';

export interface OverviewInput {
  readonly baseUrl: string;
  readonly version: string | undefined;
  readonly scannedAt: string;
  readonly facts: readonly BackupFacts[];
  readonly unreadable: DuplicatiOverview['unreadable'];
  readonly knowledge: AuthIdKnowledge;
  readonly held: readonly HeldAuthId[];
}

export function buildOverview(input: OverviewInput): DuplicatiOverview {
  const usage = new Map<string, BackupUse[]>();
  const use = (recordId: string | undefined, facts: BackupFacts) => {
    if (recordId === undefined) return;
    const list = usage.get(recordId) ?? [];
    if (!list.some((u) => u.backupId === facts.id)) usage.set(recordId, [...list, { backupId: facts.id, name: facts.name }]);
  };
  const backups = input.facts.map((facts): DuplicatiBackupView => {
    const problems: DuplicatiProblem[] = [];
    const main = facts.authId === undefined ? undefined : matchAuthId(facts.authId, input.knowledge, input.held);
    if (facts.authId !== undefined && main !== undefined) problems.push(...authIdProblems(facts.authId, main));
    use(main?.record?.id, facts);
    const extraDestinations = facts.extras.map((extra) => {
      if (extra.authId === undefined) return { key: extra.key, destination: extra.destination };
      const matched = matchAuthId(extra.authId, input.knowledge, input.held);
      problems.push(...authIdProblems(extra.authId, matched, extra.key));
      use(matched.record?.id, facts);
      return { key: extra.key, destination: extra.destination, authId: matched.view };
    });
    problems.push(...lintProblems(facts), ...optionProblems(facts), ...serverProblems(facts, main?.record, input.facts));
    return {
      id: facts.id,
      name: facts.name,
      destination: facts.destination,
      ...(facts.backend === undefined ? {} : { backend: facts.backend }),
      ...(main === undefined ? {} : { authId: main.view }),
      ...(facts.refreshServer === undefined ? {} : { refreshServer: facts.refreshServer }),
      health: facts.backend === undefined && extraDestinations.every((e) => e.authId === undefined) ? 'not-applicable' : healthOf(problems),
      problems,
      schedule: facts.schedule,
      extraDestinations,
    };
  });
  return {
    baseUrl: input.baseUrl,
    ...(input.version === undefined ? {} : { version: input.version }),
    scannedAt: input.scannedAt,
    backups,
    usage: Object.fromEntries(usage),
    atRisk: atRisk(backups),
    unreadable: input.unreadable,
  };
}

function healthOf(problems: readonly DuplicatiProblem[]): DuplicatiBackupView['health'] {
  if (problems.some((p) => p.severity === 'error')) return 'broken';
  return problems.some((p) => p.severity === 'warning') ? 'at-risk' : 'ok';
}

const backupsWord = (n: number) => (n === 1 ? '1 backup uses' : `${n} backups use`);

function atRisk(backups: readonly DuplicatiBackupView[]): AtRiskSummary {
  const count = (code: string) => backups.filter((b) => b.problems.some((p) => p.code === code)).length;
  const needsReauthorization = count('needs-reauthorization');
  const replaced = count('authid-replaced');
  const broken = backups.filter((b) => b.health === 'broken').length;
  const message =
    needsReauthorization > 0
      ? `${backupsWord(needsReauthorization)} an AuthID that needs re-authorization`
      : replaced > 0
        ? `${backupsWord(replaced)} an AuthID you have replaced`
        : broken > 0
          ? `${broken === 1 ? '1 backup has' : `${broken} backups have`} a destination problem`
          : undefined;
  return { needsReauthorization, replaced, broken, ...(message === undefined ? {} : { message }) };
}
