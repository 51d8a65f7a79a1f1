import { describe, expect, it } from 'vitest';
import type { AuthIdView, Health } from '../../../../electron/ipc/views';
import type { Notice } from '../../../../electron/services/notifications/notifier';
import { createProblemNotices } from '../../../../electron/services/notifications/problem-notices';
import { authId, withHealth } from '../../../fixtures/view-builders';

function setUp() {
  const shown: Notice[] = [];
  const opened: (string | undefined)[] = [];
  const notices = createProblemNotices({ notifier: { show: (n) => shown.push(n) }, openRecord: (id) => opened.push(id) });
  return { notices, shown, opened };
}

const record = (health: Health, reason = 'The server said the refresh token is invalid.'): AuthIdView => ({
  ...withHealth('a', health, reason),
  label: 'Work Drive',
});

describe('createProblemNotices', () => {
  it('warns once when an AuthID enters a problem, not on every retry', () => {
    const { notices, shown } = setUp();
    notices.observe([record('healthy')]);
    notices.observe([record('needs-attention')]);
    notices.observe([record('needs-attention')]);
    notices.observe([record('rate-limited')]);
    notices.observe([record('needs-attention')]);
    expect(shown.map((n) => n.title)).toEqual(['“Work Drive” needs attention']);
  });

  it('warns again when the problem gets worse, or returns after a recovery', () => {
    const { notices, shown } = setUp();
    notices.observe([record('needs-attention')]);
    notices.observe([record('needs-reauthorization')]);
    notices.observe([record('healthy')]);
    notices.observe([record('needs-reauthorization')]);
    notices.observe([record('not-checked')]);
    notices.observe([record('revoked')]);
    expect(shown.map((n) => n.title)).toEqual([
      '“Work Drive” needs attention',
      '“Work Drive” needs re-authorization',
      '“Work Drive” needs re-authorization',
      '“Work Drive” was revoked',
    ]);
  });

  it('never warns about rate limits or healthy records', () => {
    const { notices, shown } = setUp();
    notices.observe([record('rate-limited'), authId('b'), withHealth('c', 'not-checked')]);
    expect(shown).toEqual([]);
  });

  it('says what happened and what it means, and opens the record on click', () => {
    const { notices, shown, opened } = setUp();
    notices.observe([record('needs-reauthorization')]);
    expect(shown[0]).toMatchObject({
      title: '“Work Drive” needs re-authorization',
      body: 'The server said the refresh token is invalid. Backups that use it will fail until you sign in again.',
      actionLabel: 'Re-authorize',
    });
    shown[0]?.onClick?.();
    expect(opened).toEqual(['a']);
  });

  it('warns about problems that already exist on the first look after start-up', () => {
    const { notices, shown } = setUp();
    notices.observe([record('revoked')]);
    expect(shown).toHaveLength(1);
  });

  it('sums up several new problems in one notice that opens the list', () => {
    const { notices, shown, opened } = setUp();
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ ...withHealth(id, 'needs-reauthorization'), label: `Drive ${id.toUpperCase()}` }));
    notices.observe(many);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      title: '5 AuthIDs need your attention',
      body: '“Drive A”, “Drive B”, “Drive C” and 2 more. Open AuthID Manager to see what happened.',
    });
    shown[0]?.onClick?.();
    expect(opened).toEqual([undefined]);
  });

  it('forgets removed records, so one saved again with the same id can warn', () => {
    const { notices, shown } = setUp();
    notices.observe([record('needs-attention')]);
    notices.observe([]);
    notices.observe([record('needs-attention')]);
    expect(shown).toHaveLength(2);
  });

  it('never puts a secret-shaped string into a notice', () => {
    const { notices, shown } = setUp();
    const leaky = { ...record('needs-attention', 'Failed for v2:abc.def:SECRETPART, refresh_token=xyz'), label: 'v1 0123456789abcdef0123:SECRETVALUE' };
    notices.observe([leaky]);
    const text = `${shown[0]?.title} ${shown[0]?.body}`;
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('xyz');
  });
});
