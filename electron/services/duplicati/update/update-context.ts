/** What planning, applying and undoing an update share, and the AuthID they put in. */
import { normalizeBaseUrl } from '../../servers';
import { backendForProvider, isProviderId } from '../../providers';
import { failure, type DuplicatiFailure } from '../failures';
import type { AuthIdKnowledge } from '../matching/authid-knowledge';
import type { HeldAuthId, HeldAuthIds } from '../ports';
import type { DuplicatiSession } from '../session/duplicati-session';
import type { DuplicatiStore } from '../state/duplicati-store';
import type { EditTarget } from './backup-edit';
import { comparableText, type BackupState } from './backup-state';
import type { Clock } from '../../time';

export interface UpdateContext {
  readonly session: DuplicatiSession;
  readonly knowledge: AuthIdKnowledge;
  readonly held: HeldAuthIds;
  readonly store: DuplicatiStore;
  readonly clock: Pick<Clock, 'now'>;
}

export interface NewAuthId {
  readonly record: HeldAuthId;
  readonly value: string;
  readonly print: string;
}

/** The record's AuthID as it is now; fails when the record is gone or cannot be read. */
export async function newAuthIdOf(context: UpdateContext, recordId: string): Promise<{ ok: true; value: NewAuthId } | { ok: false; failure: DuplicatiFailure }> {
  const record = context.held.list().find((r) => r.id === recordId);
  if (record === undefined) return { ok: false, failure: failure('refused', 'That AuthID is no longer in AuthID Manager.') };
  const unreadable = failure('refused', `AuthID Manager cannot read “${record.label}” now. Re-authorize it first.`);
  if (record.secret !== 'available') return { ok: false, failure: unreadable };
  try {
    const value = await context.held.readSecret(record.id);
    return { ok: true, value: { record, value, print: context.knowledge.fingerprint(value) } };
  } catch {
    return { ok: false, failure: unreadable };
  }
}

/** What to put in, and which AuthIDs it replaces: the record's earlier ones, plus `alsoReplace` (fingerprints). */
export function editTarget(context: UpdateContext, next: NewAuthId, alsoReplace: ReadonlySet<string>): EditTarget {
  const server = normalizeBaseUrl(next.record.serverBaseUrl);
  const backend = isProviderId(next.record.provider) ? backendForProvider(next.record.provider) : null;
  const prints = new Set([...context.knowledge.printsOf(next.record.id), ...alsoReplace]);
  return {
    newAuthId: next.value,
    server,
    ...(backend?.takesOauthUrl === false ? {} : { refreshUrl: `${server}/refresh` }),
    replaces: (value) => value !== next.value && prints.has(context.knowledge.fingerprint(value)),
  };
}

/** A keyed digest of everything the user configured in a backup (plaintext stays out of plans). */
export function digestOf(context: UpdateContext, state: BackupState): string {
  return context.knowledge.fingerprint(comparableText(state));
}
