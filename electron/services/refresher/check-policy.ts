/**
 * How often each AuthID is checked and how: the family's unused-grant lifetime bounds the
 * longest gap, rotating refresh tokens are spent rarely, and pCloud is never sent to /refresh.
 */
import type { VaultRecord } from '../vault';
import { isPcloudHost, tokenFamilyOf } from '../providers';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The hosted handler deletes v1 AuthIDs nobody refreshed for a year. */
const V1_PURGE_DAYS = 365;
/**
 * At least this many checks fit in a grant's unused lifetime, so several missed checks (machine
 * off, an outage) still leave it alive: Microsoft ≤ 22.5 days, Box ≤ 15, Google ≤ 45, v1 ≤ 91.
 */
const CHECKS_PER_LIFETIME = 4;
/** Box and Jottacloud spend their refresh token on every refresh: keep that rare, well inside 60 days. */
export const ROTATING_INTERVAL = { minMs: 7 * DAY_MS, maxMs: 14 * DAY_MS } as const;
/** ±10 % on the user's interval, so machines that started together drift apart. */
export const INTERVAL_JITTER = 0.1;

export type CheckMethod = 'refresh' | 'pcloud-userinfo' | 'none';

export interface CheckPolicy {
  readonly method: CheckMethod;
  readonly rotating: boolean;
  /** Longest allowed gap between checks; Infinity when the grant never dies unused. */
  readonly maxIntervalMs: number;
}

export function checkPolicy(record: Pick<VaultRecord, 'provider' | 'kind' | 'region'>): CheckPolicy {
  const family = tokenFamilyOf(record.provider);
  const lifetimes = [family.unusedGrant.kind === 'days' ? family.unusedGrant.days : Infinity, record.kind === 'v1' ? V1_PURGE_DAYS : Infinity];
  const maxIntervalMs = (Math.min(...lifetimes) * DAY_MS) / CHECKS_PER_LIFETIME;
  return { method: methodFor(record, family.refresh), rotating: family.refresh === 'single-use-rotating', maxIntervalMs };
}

function methodFor(record: Pick<VaultRecord, 'kind' | 'region'>, refresh: string): CheckMethod {
  if (record.kind !== 'access-token-only') return 'refresh';
  // Only pCloud has a cheap "is this token valid" call, and the token goes only to a real pCloud host.
  return refresh === 'access-token-only' && record.region !== undefined && isPcloudHost(record.region) ? 'pcloud-userinfo' : 'none';
}

/** The gap after a successful (or setup-failed) check; `random` is uniform in [0, 1). */
export function regularIntervalMs(policy: CheckPolicy, checkIntervalHours: number, random: () => number): number {
  if (policy.rotating) {
    const { minMs, maxMs } = ROTATING_INTERVAL;
    return Math.min(minMs + random() * (maxMs - minMs), policy.maxIntervalMs);
  }
  // Capped before the jitter so even the longest draw stays inside the lifetime bound.
  const base = Math.min(checkIntervalHours * HOUR_MS, policy.maxIntervalMs * (1 - INTERVAL_JITTER));
  return base * (1 - INTERVAL_JITTER + 2 * INTERVAL_JITTER * random());
}
