/** One AuthID an import file offers, whatever kind of file it came from. */
import type { NewAuthId, NewDestination } from '../vault';

export interface ImportCandidate extends Pick<NewAuthId, 'provider' | 'serverBaseUrl' | 'kind' | 'authId' | 'accountName' | 'region'> {
  readonly label: string;
  readonly destinations: readonly NewDestination[];
}

/** Something in the file that is not imported, and why (never a secret). */
export interface SkippedEntry {
  /** The label or backup name it had in the file. */
  readonly name: string;
  readonly reason: string;
}

/**
 * One candidate per AuthID: Duplicati backups often share one, and a vault may hold one twice.
 * The first keeps its label; destinations are collected by name, the first of a name winning.
 */
export function oneCandidatePerAuthId(candidates: readonly ImportCandidate[]): ImportCandidate[] {
  const byAuthId = new Map<string, ImportCandidate>();
  for (const candidate of candidates) {
    const seen = byAuthId.get(candidate.authId);
    if (seen === undefined) {
      byAuthId.set(candidate.authId, candidate);
      continue;
    }
    const names = new Set(seen.destinations.map((d) => d.name));
    byAuthId.set(candidate.authId, {
      ...seen,
      ...(seen.accountName === undefined && candidate.accountName !== undefined ? { accountName: candidate.accountName } : {}),
      destinations: [...seen.destinations, ...candidate.destinations.filter((d) => !names.has(d.name))],
    });
  }
  return [...byAuthId.values()];
}
