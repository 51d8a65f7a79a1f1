/**
 * When an AuthID is due next: from the vault's state when nothing has been planned yet (start,
 * a new or re-authorized AuthID), and from the outcome right after a check.
 */
import type { VaultRecord } from '../vault';
import type { Outcome } from './check-outcome';
import { lastSuccessAt } from './check-history';
import { regularIntervalMs, type CheckPolicy } from './check-policy';
import { jittered, rateLimitDelayMs, transientRetryDelayMs } from './retry-delay';

/** A new AuthID is checked this soon, a little spread so a batch of imports does not burst. */
export const SOON_MS = { minMs: 5_000, maxMs: 60_000 } as const;

export interface PlanInputs {
  readonly now: number;
  readonly checkIntervalHours: number;
  readonly random: () => number;
}

/** What a plan was made for: a record whose secret or last check changed needs a new plan. */
export function planKey(record: Pick<VaultRecord, 'secret' | 'lastCheck'>): string {
  return `${record.secret}|${record.lastCheck?.at ?? ''}|${record.lastCheck?.health ?? ''}`;
}

export function initialDueAt(record: VaultRecord, policy: CheckPolicy, inputs: PlanInputs): number | undefined {
  if (record.secret !== 'available' || policy.method === 'none') return undefined;
  const last = record.lastCheck;
  if (last === undefined || last.health === 'not-checked') return inputs.now + SOON_MS.minMs + inputs.random() * (SOON_MS.maxMs - SOON_MS.minMs);
  if (last.health === 'revoked') return undefined;
  const lastAt = Date.parse(last.at);
  // Keeps the lifetime bound even if the stored time came from an older policy.
  const latest = (lastSuccessAt(record.history) ?? lastAt) + policy.maxIntervalMs;
  if (record.nextCheckAt !== undefined) return Math.min(Date.parse(record.nextCheckAt), latest);
  if (last.health === 'needs-reauthorization') return undefined;
  return Math.min(lastAt + regularIntervalMs(policy, inputs.checkIntervalHours, inputs.random), latest);
}

/** `failures`: consecutive failed checks including this one. */
export function dueAfter(outcome: Outcome, failures: number, policy: CheckPolicy, inputs: PlanInputs): number | undefined {
  switch (outcome.next) {
    case 'never':
      return undefined;
    case 'retry':
      return inputs.now + Math.max(transientRetryDelayMs(failures, inputs.random), outcome.retryAfterMs === undefined ? 0 : jittered(outcome.retryAfterMs, inputs.random));
    case 'rate-limited':
      return inputs.now + rateLimitDelayMs(outcome.retryAfterMs, inputs.random);
    case 'regular':
      return inputs.now + regularIntervalMs(policy, inputs.checkIntervalHours, inputs.random);
  }
}
