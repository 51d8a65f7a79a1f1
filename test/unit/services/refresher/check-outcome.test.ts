import { describe, expect, it  } from 'vitest';
import { AMBIGUOUS_LIMIT, refreshOutcome, type RefreshContext } from '../../../../electron/services/refresher/check-outcome';
import type { CheckView } from '../../../../electron/ipc/views';
import { DAY_MS, HOUR_MS } from '../../../../electron/services/refresher/check-policy';
import { gaveUpReason, UNEXPLAINED_LIMIT_MS, UNEXPLAINED_SLOW_RETRY_MS } from '../../../../electron/services/refresher/unexplained-failures';
import { unexplainedServerErrorMessage, type ServerFailure, type ServerFailureKind } from '../../../../electron/services/server-client';

const NOW = Date.UTC(2026, 5, 1);
const context: RefreshContext = {
  server: { baseUrl: 'https://auth.example', flavour: 'self-hosted' },
  ambiguousBefore: 0,
  workedBefore: false,
  lastHealth: 'healthy',
  history: [],
  now: NOW,
  othersOnServerWorkedSince: () => true,
};
const failure = (kind: ServerFailureKind, retryable: boolean, needsReauthorization: boolean, extra: Partial<ServerFailure> = {}): ServerFailure => ({
  ok: false, kind, retryable, needsReauthorization, message: `server says ${kind}`, ...extra,
});

describe('what a refresh answer means for the AuthID', () => {
  it.each([
    [failure('unreachable', true, false), 'needs-attention', 'retry'],
    [failure('timeout', true, false), 'needs-attention', 'retry'],
    [failure('server-error', true, false, { status: 502 }), 'needs-attention', 'retry'],
    [failure('rate-limited', true, false, { status: 503 }), 'rate-limited', 'rate-limited'],
    [failure('provider-refused', false, true), 'needs-reauthorization', 'never'],
    [failure('wrong-password', false, true), 'needs-reauthorization', 'never'],
    [failure('bad-authid', false, true), 'needs-reauthorization', 'never'],
    [failure('unknown-authid', false, true), 'needs-reauthorization', 'never'],
    [failure('bad-response', false, false), 'needs-attention', 'regular'],
  ] as const)('%o → %s, next %s', (result, health, next) => {
    expect(refreshOutcome(result, context)).toMatchObject({ health, next, reason: result.message });
  });

  it('success is healthy', () => {
    expect(refreshOutcome({ ok: true, accessToken: 'tok', expiresInSeconds: 3600, expiresAt: 0 }, context)).toMatchObject({ health: 'healthy', next: 'regular' });
  });

  it('an unknown AuthID that worked before was revoked; nothing more to check', () => {
    for (const kind of ['unknown-authid', 'unknown-authid-or-wrong-password'] as const) {
      expect(refreshOutcome(failure(kind, false, true), { ...context, workedBefore: true })).toMatchObject({ health: 'revoked', next: 'never' });
    }
  });

  it('ambiguous answers: retried, escalated at the limit, and they stay escalated', () => {
    const ambiguous = failure('provider-refused', true, true);
    expect(refreshOutcome(ambiguous, { ...context, ambiguousBefore: AMBIGUOUS_LIMIT - 2 })).toMatchObject({ health: 'needs-attention', next: 'retry', ambiguous: true });
    expect(refreshOutcome(ambiguous, { ...context, ambiguousBefore: AMBIGUOUS_LIMIT - 1 })).toMatchObject({ health: 'needs-reauthorization', next: 'regular' });
    expect(refreshOutcome(ambiguous, { ...context, lastHealth: 'needs-reauthorization' })).toMatchObject({ health: 'needs-reauthorization' });
  });

  it('a cancelled refresh records nothing', () => {
    expect(refreshOutcome(failure('cancelled', true, false), context)).toBeUndefined();
  });
});

describe('bare HTTP 500s (the hosted handler gives no reason for any unexpected failure)', () => {
  const host = 'auth.example';
  const bare: ServerFailure = { ok: false, kind: 'server-error-no-reason', retryable: true, needsReauthorization: false, status: 500, message: unexplainedServerErrorMessage(host) };
  /** One bare 500 recorded every `everyMs`, the oldest `forMs` ago, newest first. */
  const bareFor = (forMs: number, everyMs = 12 * HOUR_MS): CheckView[] => {
    const checks: CheckView[] = [];
    for (let ago = 0; ago <= forMs; ago += everyMs) checks.push({ at: new Date(NOW - ago).toISOString(), health: 'needs-attention', reason: bare.message });
    return checks;
  };
  const healthy: CheckView = { at: new Date(NOW - 9 * DAY_MS).toISOString(), health: 'healthy', reason: 'ok' };

  it('the first ones are retried with the usual backoff', () => {
    expect(refreshOutcome(bare, context)).toEqual({ health: 'needs-attention', reason: bare.message, next: 'retry' });
    expect(refreshOutcome(bare, { ...context, history: [...bareFor(20 * HOUR_MS), healthy] })).not.toHaveProperty('retryAfterMs');
  });

  it('after a day of nothing else, they are tried about once a day', () => {
    expect(refreshOutcome(bare, { ...context, history: [...bareFor(DAY_MS), healthy] })).toEqual({
      health: 'needs-attention', reason: bare.message, next: 'retry', retryAfterMs: UNEXPLAINED_SLOW_RETRY_MS,
    });
  });

  it('after a week of nothing else, while other AuthIDs on the server work, the AuthID needs a new login', () => {
    const since: number[] = [];
    const outcome = refreshOutcome(bare, { ...context, history: [...bareFor(UNEXPLAINED_LIMIT_MS, DAY_MS), healthy], othersOnServerWorkedSince: (t) => (since.push(t), true) });
    expect(outcome).toEqual({ health: 'needs-reauthorization', reason: gaveUpReason(host), next: 'regular' });
    expect(outcome?.reason).toMatch(/^Needs attention: the server at auth\.example keeps failing for this AuthID .*Re-authorize/);
    expect(since).toEqual([NOW - UNEXPLAINED_LIMIT_MS]);
  });

  it('not while the server fails for every AuthID on it, nor before the week is over', () => {
    const week = [...bareFor(UNEXPLAINED_LIMIT_MS, DAY_MS), healthy];
    expect(refreshOutcome(bare, { ...context, history: week, othersOnServerWorkedSince: () => false })).toMatchObject({ health: 'needs-attention', next: 'retry' });
    expect(refreshOutcome(bare, { ...context, history: [...bareFor(UNEXPLAINED_LIMIT_MS - HOUR_MS, DAY_MS), healthy] })).toMatchObject({ health: 'needs-attention' });
  });

  it('any other answer in between starts the week again, and once given up it stays so', () => {
    const broken = [...bareFor(3 * DAY_MS, DAY_MS), { ...healthy, at: new Date(NOW - 4 * DAY_MS).toISOString(), reason: 'timeout', health: 'needs-attention' as const }, ...bareFor(0).map((c) => ({ ...c, at: new Date(NOW - 8 * DAY_MS).toISOString() }))];
    expect(refreshOutcome(bare, { ...context, history: broken })).toMatchObject({ health: 'needs-attention' });
    const gaveUp: CheckView = { at: new Date(NOW - DAY_MS).toISOString(), health: 'needs-reauthorization', reason: gaveUpReason(host) };
    expect(refreshOutcome(bare, { ...context, history: [gaveUp, ...bareFor(UNEXPLAINED_LIMIT_MS, DAY_MS).map((c) => ({ ...c, at: new Date(Date.parse(c.at) - DAY_MS).toISOString() }))] })).toMatchObject({ health: 'needs-reauthorization' });
  });
});
