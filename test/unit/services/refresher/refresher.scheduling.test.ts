import { afterEach, describe, expect, it  } from 'vitest';
import { DAY_MS, HOUR_MS, INTERVAL_JITTER } from '../../../../electron/services/refresher/check-policy';
import { SOON_MS } from '../../../../electron/services/refresher/check-plan';
import { harness, v1, type Harness } from './support/refresher-harness';

let h: Harness;
afterEach(async () => h?.close());

describe('scheduling on one timer', () => {
  it('a new AuthID is checked soon, then again after the interval ± jitter; nextCheckAt follows', async () => {
    h = await harness({ random: () => 0.999 });
    const id = await h.add(v1(1));
    const startedAt = h.time.now();
    h.refresher.start();
    expect(h.refresher.pendingTimers()).toBe(1);
    const soon = h.time.nextAt()! - startedAt;
    expect(soon).toBeGreaterThanOrEqual(SOON_MS.minMs);
    expect(soon).toBeLessThanOrEqual(SOON_MS.maxMs);
    expect(h.vault.get(id)?.nextCheckAt).toBe(new Date(h.time.nextAt()!).toISOString());

    h.time.fireNext();
    await h.settle();
    const checkedAt = h.time.now();
    expect(h.vault.get(id)).toMatchObject({ health: 'healthy' });
    const gap = h.time.nextAt()! - checkedAt;
    expect(gap).toBeLessThanOrEqual(24 * HOUR_MS * (1 + INTERVAL_JITTER));
    expect(gap).toBeGreaterThan(24 * HOUR_MS);
    expect(h.vault.get(id)?.nextCheckAt).toBe(new Date(h.time.nextAt()!).toISOString());
    expect(h.refresher.pendingTimers()).toBe(1);
  });

  it('jitter spreads the interval within ±10 %', async () => {
    for (const [random, factor] of [[0, 1 - INTERVAL_JITTER], [0.5, 1]] as const) {
      h = await harness({ random: () => random });
      const id = await h.add(v1(2));
      await h.refresher.checkNow(id);
      expect(Date.parse(h.vault.get(id)!.nextCheckAt!) - h.time.now()).toBeCloseTo(24 * HOUR_MS * factor, -3);
      await h.close();
    }
  });

  it('many AuthIDs, none due: exactly one timer and no requests', async () => {
    h = await harness();
    const ids = [];
    for (let n = 0; n < 12; n += 1) ids.push(await h.add(v1(n)));
    await h.refresher.checkAll();
    const before = h.server.requests.length;
    h.refresher.start();
    expect(h.refresher.pendingTimers()).toBe(1);
    expect(h.time.pending()).toBe(1);
    await h.settle();
    expect(h.server.requests.length).toBe(before);
    expect(h.time.nextAt()).toBe(Math.min(...ids.map((id) => Date.parse(h.vault.get(id)!.nextCheckAt!))));
  });

  it('nothing to check: no timer at all', async () => {
    h = await harness();
    await h.add('plaintoken', { provider: 'pcloud', kind: 'access-token-only' });
    h.refresher.start();
    expect(h.refresher.pendingTimers()).toBe(0);
  });

  it('an AuthID added while running is checked soon', async () => {
    h = await harness();
    const first = await h.add(v1(1));
    await h.refresher.checkNow(first);
    h.refresher.start();
    const far = h.time.nextAt()!;
    await h.add(v1(2));
    await h.settle();
    expect(h.time.nextAt()).toBeLessThanOrEqual(h.time.now() + SOON_MS.maxMs);
    expect(h.time.nextAt()).toBeLessThan(far);
    expect(h.refresher.pendingTimers()).toBe(1);
  });

  it('wake after sleep runs overdue checks at once and re-arms one timer', async () => {
    h = await harness();
    const ids = [await h.add(v1(1)), await h.add(v1(2)), await h.add(v1(3))];
    await h.refresher.checkAll();
    h.refresher.start();
    h.server.requests.length = 0;
    h.time.jump(3 * DAY_MS);
    const wokeAt = h.time.now();
    h.refresher.wake();
    await h.settle();
    expect(h.server.requests.map((r) => r.at)).toEqual([wokeAt, wokeAt, wokeAt]);
    for (const id of ids) expect(Date.parse(h.vault.get(id)!.nextCheckAt!)).toBeGreaterThan(wokeAt + DAY_MS * 0.8);
    expect(h.refresher.pendingTimers()).toBe(1);
  });

  it('unreadable records are skipped: no request, no timer', async () => {
    h = await harness();
    const id = await h.add(v1(7));
    h.box.replaceKeyring();
    await h.vault.readSecret(id).catch(() => undefined);
    expect(h.vault.get(id)?.secret).toBe('unreadable');
    h.refresher.start();
    await h.refresher.checkAll();
    expect(h.server.requests).toHaveLength(0);
    expect(h.refresher.pendingTimers()).toBe(0);
    expect(h.vault.get(id)).toMatchObject({ health: 'needs-reauthorization', history: [] });
  });

  it('a Microsoft AuthID is never planned past a quarter of its 90 days, whatever the setting', async () => {
    h = await harness({ random: () => 0.999 }, 720);
    const id = await h.add(v1(1));
    await h.refresher.checkNow(id);
    expect(Date.parse(h.vault.get(id)!.nextCheckAt!) - h.time.now()).toBeLessThan(22.5 * DAY_MS);
  });
});
