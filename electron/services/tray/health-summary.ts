/** Words and ranking for the vault's health, shared by the tray's status line, tooltip and icon. */
import type { Health } from '../authids';

/** Health values that mean something is wrong, worst first. */
const PROBLEMS_WORST_FIRST = ['revoked', 'needs-reauthorization', 'needs-attention', 'rate-limited'] as const;
type Problem = (typeof PROBLEMS_WORST_FIRST)[number];

function isProblem(health: Health): health is Problem {
  return (PROBLEMS_WORST_FIRST as readonly Health[]).includes(health);
}

/** True when the AuthID cannot work until the user signs in again. */
export function needsReauthorization(health: Health): boolean {
  return health === 'revoked' || health === 'needs-reauthorization';
}

const PHRASES: Record<Problem, readonly [one: string, many: string]> = {
  revoked: ['is revoked', 'are revoked'],
  'needs-reauthorization': ['needs re-authorization', 'need re-authorization'],
  'needs-attention': ['needs attention', 'need attention'],
  'rate-limited': ['is rate-limited', 'are rate-limited'],
};

function authIds(count: number): string {
  return count === 1 ? '1 AuthID' : `${count} AuthIDs`;
}

/**
 * One line on the vault: "No AuthIDs yet", "3 AuthIDs · all healthy", "3 AuthIDs · 1 not checked yet",
 * or the problems worst first and what is not checked yet, e.g. "1 of 4 needs re-authorization · 1 is rate-limited
 * · 1 not checked yet".
 */
export function summarizeHealth(records: readonly { readonly health: Health }[]): string {
  const total = records.length;
  if (total === 0) return 'No AuthIDs yet';
  const count = (health: Health) => records.filter((r) => r.health === health).length;

  const unchecked = count('not-checked');
  const problems = PROBLEMS_WORST_FIRST.map((p) => [p, count(p)] as const).filter(([, n]) => n > 0);
  if (problems.length > 0) {
    const line = problems
      .map(([problem, n], index) => {
        const [one, many] = PHRASES[problem];
        const verb = n === 1 ? one : many;
        if (index > 0) return `${n} ${verb}`;
        if (n < total) return `${n} of ${total} ${verb}`;
        return total === 1 ? `1 AuthID ${verb}` : `All ${total} ${verb}`;
      })
      .join(' · ');
    // The unchecked ones may hide more problems: say how many there are.
    return unchecked === 0 ? line : `${line} · ${unchecked} not checked yet`;
  }

  if (unchecked === 0) return `${authIds(total)} · ${total === 1 ? 'healthy' : 'all healthy'}`;
  if (unchecked === total) return `${authIds(total)} · not checked yet`;
  return `${authIds(total)} · ${unchecked} not checked yet`;
}

/** True when any record has a problem (the tray shows the attention icon). */
export function anyProblem(records: readonly { readonly health: Health }[]): boolean {
  return records.some((r) => isProblem(r.health));
}
