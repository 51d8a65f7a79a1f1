import { describe, expect, test } from 'vitest';
import { AMBIGUOUS_LIMIT, refreshOutcome, type RefreshContext } from '../../../electron/services/refresher/check-outcome';
import type { ServerFailure, ServerFailureKind } from '../../../electron/services/server-client';

const context: RefreshContext = { server: { baseUrl: 'https://auth.example', flavour: 'self-hosted' }, ambiguousBefore: 0, workedBefore: false, lastHealth: 'healthy' };
const failure = (kind: ServerFailureKind, retryable: boolean, needsReauthorization: boolean, extra: Partial<ServerFailure> = {}): ServerFailure => ({
  ok: false, kind, retryable, needsReauthorization, message: `server says ${kind}`, ...extra,
});

describe('what a refresh answer means for the AuthID', () => {
  test.each([
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

  test('success is healthy', () => {
    expect(refreshOutcome({ ok: true, accessToken: 'tok', expiresInSeconds: 3600, expiresAt: 0 }, context)).toMatchObject({ health: 'healthy', next: 'regular' });
  });

  test('an unknown AuthID that worked before was revoked; nothing more to check', () => {
    for (const kind of ['unknown-authid', 'unknown-authid-or-wrong-password'] as const) {
      expect(refreshOutcome(failure(kind, false, true), { ...context, workedBefore: true })).toMatchObject({ health: 'revoked', next: 'never' });
    }
  });

  test('ambiguous answers: retried, escalated at the limit, and they stay escalated', () => {
    const ambiguous = failure('provider-refused', true, true);
    expect(refreshOutcome(ambiguous, { ...context, ambiguousBefore: AMBIGUOUS_LIMIT - 2 })).toMatchObject({ health: 'needs-attention', next: 'retry', ambiguous: true });
    expect(refreshOutcome(ambiguous, { ...context, ambiguousBefore: AMBIGUOUS_LIMIT - 1 })).toMatchObject({ health: 'needs-reauthorization', next: 'regular' });
    expect(refreshOutcome(ambiguous, { ...context, lastHealth: 'needs-reauthorization' })).toMatchObject({ health: 'needs-reauthorization' });
  });

  test('a cancelled refresh records nothing', () => {
    expect(refreshOutcome(failure('cancelled', true, false), context)).toBeUndefined();
  });
});
