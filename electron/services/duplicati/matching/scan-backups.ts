/** A scan: every backup Duplicati lists, read whole, reduced to facts and matched. Read-only. */
import { listBackups } from '../api/duplicati-api';
import type { DestinationLint } from '../destination-lint';
import { readBackup } from '../reading/backup-reading';
import type { HeldAuthIds } from '../ports';
import type { DuplicatiSession } from '../session/duplicati-session';
import { buildOverview } from '../views/overview';
import type { DuplicatiOverview, DuplicatiResult } from '../views/duplicati-views';
import type { AuthIdKnowledge } from './authid-knowledge';
import { backupFacts, type BackupFacts } from './backup-facts';
import type { Clock } from '../../time';

export interface ScanInput {
  readonly session: DuplicatiSession;
  readonly knowledge: AuthIdKnowledge;
  readonly held: HeldAuthIds;
  readonly lint: DestinationLint;
  readonly version: string | undefined;
  readonly clock: Pick<Clock, 'now'>;
}

export async function scanBackups(input: ScanInput): Promise<DuplicatiResult<DuplicatiOverview>> {
  const list = await listBackups(input.session);
  if (!list.ok) return list;
  const facts: BackupFacts[] = [];
  const unreadable: { backupId: string; name: string; message: string }[] = [];
  for (const { id, name } of list.value) {
    const reading = await readBackup(input.session, id);
    if (reading.ok) facts.push(backupFacts(reading.value, input.knowledge, input.lint));
    else if (input.session.ended !== undefined || reading.failure.kind === 'unreachable' || reading.failure.kind === 'timeout') return reading;
    else unreadable.push({ backupId: id, name, message: reading.failure.message });
  }
  return {
    ok: true,
    value: buildOverview({
      baseUrl: input.session.baseUrl,
      version: input.version,
      scannedAt: new Date(input.clock.now()).toISOString(),
      facts,
      unreadable,
      knowledge: input.knowledge,
      held: input.held.list(),
    }),
  };
}
