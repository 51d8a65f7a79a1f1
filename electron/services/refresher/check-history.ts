/** Questions about an AuthID's recorded checks (newest first). */
import type { CheckView } from '../authids';

/**
 * Whether this AuthID refreshed fine since it was saved. Re-authorizing puts a `not-checked`
 * entry on top, so older successes belong to the previous AuthID.
 */
export function workedSinceSaved(history: readonly CheckView[]): boolean {
  for (const check of history) {
    if (check.health === 'not-checked') return false;
    if (check.health === 'healthy') return true;
  }
  return false;
}

/** Time of the newest successful check, if any since the AuthID was saved. */
export function lastSuccessAt(history: readonly CheckView[]): number | undefined {
  for (const check of history) {
    if (check.health === 'not-checked') return undefined;
    if (check.health === 'healthy') return Date.parse(check.at);
  }
  return undefined;
}
