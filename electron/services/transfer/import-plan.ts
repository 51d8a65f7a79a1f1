/**
 * What importing each candidate would do, judged against what the vault holds now. Two
 * records are the same AuthID when the AuthID itself is equal, whatever their labels say.
 * Importing never removes or renames anything: a known AuthID only gains the file's
 * destinations (a destination of the same name takes the file's folder and options) and an
 * account name it lacked.
 */
import { isDeepStrictEqual } from 'node:util';
import type { NewDestination, VaultRecord } from '../vault';
import type { ImportCandidate } from './import-candidate';

export type ImportStatus = 'new' | 'already-here' | 'differs';

export interface ExistingAuthId {
  readonly record: VaultRecord;
  /** Undefined when the vault cannot read it (keyring changed, memory-only after a restart). */
  readonly authId: string | undefined;
}

export interface ImportPlanItem {
  /** Stable for one file: the candidate's position. */
  readonly key: string;
  readonly candidate: ImportCandidate;
  readonly status: ImportStatus;
  /** The record it matches, unless new. */
  readonly existingId?: string;
  /** What differs, in sentences for the user; empty unless `differs`. */
  readonly differences: readonly string[];
  /** What importing writes: every destination for a new AuthID, the new or changed ones otherwise. */
  readonly destinationsToSave: readonly NewDestination[];
  /** Set when importing fills in an account name the record lacks. */
  readonly accountNameToSave?: string;
}

export function planImport(candidates: readonly ImportCandidate[], existing: readonly ExistingAuthId[]): ImportPlanItem[] {
  return candidates.map((candidate, index) => {
    const key = `item-${index}`;
    const match = existing.find((e) => e.authId === candidate.authId)?.record;
    if (match === undefined) return { key, candidate, status: 'new', differences: [], destinationsToSave: candidate.destinations };
    return { key, ...compare(candidate, match) };
  });
}

function compare(candidate: ImportCandidate, record: VaultRecord): Omit<ImportPlanItem, 'key'> {
  const differences: string[] = [];
  if (record.label !== candidate.label) {
    differences.push(`It is called "${record.label}" here and "${candidate.label}" in the file; the name here is kept.`);
  }
  if (record.serverBaseUrl !== candidate.serverBaseUrl) {
    differences.push(`It uses the AuthID server ${hostOf(record.serverBaseUrl)} here and ${hostOf(candidate.serverBaseUrl)} in the file; the server here is kept.`);
  }
  const added: NewDestination[] = [];
  const changed: NewDestination[] = [];
  for (const destination of candidate.destinations) {
    const here = record.destinations.find((d) => d.name === destination.name);
    if (here === undefined) added.push(destination);
    else if (here.path !== destination.path || here.host !== destination.host || !isDeepStrictEqual({ ...here.options }, { ...destination.options })) changed.push(destination);
  }
  if (added.length > 0) differences.push(`Adds ${count(added.length, 'destination')}: ${names(added)}.`);
  if (changed.length > 0) differences.push(`Gives ${names(changed)} the folder and options from the file.`);
  const accountNameToSave = record.accountName === undefined ? candidate.accountName : undefined;
  if (accountNameToSave !== undefined) differences.push(`Adds the account name ${accountNameToSave}.`);
  return {
    candidate,
    status: differences.length === 0 ? 'already-here' : 'differs',
    existingId: record.id,
    differences,
    destinationsToSave: [...added, ...changed],
    ...(accountNameToSave === undefined ? {} : { accountNameToSave }),
  };
}

function names(destinations: readonly NewDestination[]): string {
  return destinations.map((d) => `"${d.name}"`).join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
