/**
 * Writes one whole backup and proves what Duplicati then holds. Duplicati saves a backup in one
 * database transaction, so after any write it holds either the old configuration or the new one;
 * this finds out which by reading it back and comparing, and puts the old one back if Duplicati
 * holds anything else.
 */
import { putBody, comparableText, stateOf, type BackupState } from './backup-state';
import { putBackup } from '../api/duplicati-api';
import type { DuplicatiFailure } from '../failures';
import { readBackup } from '../reading/backup-reading';
import type { DuplicatiSession } from '../session/duplicati-session';

export type WriteResult =
  | { readonly kind: 'written' }
  /** Duplicati holds the configuration it had; `failure` says why the new one is not there. */
  | { readonly kind: 'unchanged'; readonly failure: DuplicatiFailure | 'changed-differently' }
  /** No answer: Duplicati holds one of the two, which one is not known yet. */
  | { readonly kind: 'unknown'; readonly failure: DuplicatiFailure };

type HeldState = 'next' | 'previous' | 'other';

/** Which of the two configurations Duplicati holds now, or why that cannot be read. */
async function heldState(session: DuplicatiSession, backupId: string, next: BackupState, previous: BackupState): Promise<HeldState | DuplicatiFailure> {
  const read = await readBackup(session, backupId);
  if (!read.ok) return read.failure;
  const now = comparableText(stateOf(read.value));
  if (now === comparableText(next)) return 'next';
  return now === comparableText(previous) ? 'previous' : 'other';
}

export async function writeCarefully(session: DuplicatiSession, backupId: string, next: BackupState, previous: BackupState): Promise<WriteResult> {
  const put = await putBackup(session, backupId, putBody(next));
  if (put.kind === 'refused') return { kind: 'unchanged', failure: put.failure };
  const held = await heldState(session, backupId, next, previous);
  if (held === 'next') return { kind: 'written' };
  if (held === 'previous') return { kind: 'unchanged', failure: put.kind === 'lost' ? put.failure : 'changed-differently' };
  if (held !== 'other') return { kind: 'unknown', failure: held };
  return restore(session, backupId, previous, next, put.kind === 'lost' ? put.failure : 'changed-differently');
}

/** Duplicati holds neither: put the previous configuration back and check it took. */
async function restore(session: DuplicatiSession, backupId: string, previous: BackupState, next: BackupState, why: DuplicatiFailure | 'changed-differently'): Promise<WriteResult> {
  const put = await putBackup(session, backupId, putBody(previous));
  const held = await heldState(session, backupId, next, previous);
  if (held === 'previous') return { kind: 'unchanged', failure: why };
  if (held === 'next') return { kind: 'written' };
  const failure = typeof held === 'string' ? (put.kind === 'saved' ? null : put.failure) : held;
  return { kind: 'unknown', failure: failure ?? { kind: 'refused', message: 'Duplicati holds a configuration the app did not write.' } };
}
