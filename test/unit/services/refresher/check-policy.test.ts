import { describe, expect, it  } from 'vitest';
import { DAY_MS, HOUR_MS, ROTATING_INTERVAL, checkPolicy, regularIntervalMs } from '../../../../electron/services/refresher/check-policy';
import { RETRY_CAP_MS, transientRetryDelayMs } from '../../../../electron/services/refresher/retry-delay';

describe('check policy per token family', () => {
  it.each([
    ['onedrivev2', 'v2', 90 / 4],
    ['box.com', 'v1', 60 / 4],
    ['googledrive', 'v2', 183 / 4],
    ['dropbox', 'v1', 365 / 4],
    ['jottacloud', 'v1', 365 / 4],
  ] as const)('%s %s: never more than %f days between checks', (provider, kind, days) => {
    expect(checkPolicy({ provider, kind }).maxIntervalMs).toBeCloseTo(days * DAY_MS);
  });

  it('a v2 Dropbox AuthID never dies unused: the user interval alone decides', () => {
    const policy = checkPolicy({ provider: 'dropbox', kind: 'v2' });
    expect(policy.maxIntervalMs).toBe(Infinity);
    expect(regularIntervalMs(policy, 720, () => 0.5)).toBe(720 * HOUR_MS);
  });

  it('every draw stays inside the bound, also with the longest setting', () => {
    for (const provider of ['onedrivev2', 'box.com', 'googledrive', 'jottacloud'] as const) {
      const policy = checkPolicy({ provider, kind: 'v1' });
      for (const random of [0, 0.5, 0.9999]) expect(regularIntervalMs(policy, 720, () => random)).toBeLessThan(policy.maxIntervalMs);
    }
  });

  it('rotating providers: refreshed every 7 to 14 days, whatever the user interval', () => {
    for (const provider of ['box.com', 'jottacloud'] as const) {
      const policy = checkPolicy({ provider, kind: 'v1' });
      expect(policy.rotating).toBe(true);
      expect(regularIntervalMs(policy, 1, () => 0)).toBe(ROTATING_INTERVAL.minMs);
      expect(regularIntervalMs(policy, 1, () => 0.9999)).toBeLessThanOrEqual(ROTATING_INTERVAL.maxMs);
    }
    expect(checkPolicy({ provider: 'onedrivev2', kind: 'v1' }).rotating).toBe(false);
  });

  it('pCloud goes to its own userinfo call, and only with a real pCloud region', () => {
    expect(checkPolicy({ provider: 'pcloud', kind: 'access-token-only', region: 'eapi.pcloud.com' }).method).toBe('pcloud-userinfo');
    expect(checkPolicy({ provider: 'pcloud', kind: 'access-token-only' }).method).toBe('none');
    expect(checkPolicy({ provider: 'pcloud', kind: 'access-token-only', region: 'evil.example' }).method).toBe('none');
    expect(checkPolicy({ provider: 'dropbox', kind: 'access-token-only' }).method).toBe('none');
    expect(checkPolicy({ provider: 'onedrivev2', kind: 'v1' }).method).toBe('refresh');
  });
});

describe('transient backoff', () => {
  it('doubles from 5 minutes up to 6 hours, ±25 %', () => {
    const nominal = [5, 10, 20, 40, 80, 160, 320, 360, 360].map((m) => m * 60_000);
    nominal.forEach((ms, i) => {
      expect(transientRetryDelayMs(i + 1, () => 0)).toBeCloseTo(ms * 0.75);
      expect(transientRetryDelayMs(i + 1, () => 0.9999)).toBeLessThanOrEqual(ms * 1.25);
    });
    expect(transientRetryDelayMs(1000, () => 0.9999)).toBeLessThanOrEqual(RETRY_CAP_MS * 1.25);
  });
});
