import { afterEach, describe, expect, it  } from 'vitest';
import { DAY_MS, ROTATING_INTERVAL } from '../../../../electron/services/refresher/check-policy';
import { AMBIGUOUS_LIMIT } from '../../../../electron/services/refresher/check-outcome';
import { RATE_LIMIT_MIN_MS, maxRequestsDuringOutage, transientRetryDelayMs } from '../../../../electron/services/refresher/retry-delay';
import { harness, v1, type Harness } from './support/refresher-harness';
import { DOWN, OK } from './support/scripted-server';

let h: Harness;
afterEach(async () => h?.close());

const deferred = (): { promise: Promise<void>; release: () => void } => {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
};

describe('parallel checks', () => {
  it('at most 4 at once overall and 2 per server', async () => {
    h = await harness();
    const servers = ['https://a.example', 'https://b.example', 'https://c.example'];
    for (const server of servers) await h.settings.addServer(server);
    for (let n = 0; n < 12; n += 1) await h.add(v1(n), { serverBaseUrl: servers[n % 3]! });
    const gate = deferred();
    h.server.gate = gate.promise;
    const all = h.refresher.checkAll();
    await h.settle();
    expect(h.server.requests).toHaveLength(4);
    gate.release();
    await all;
    expect(h.server.requests).toHaveLength(12);
    expect(h.server.peak).toBe(4);
    expect(Math.max(...h.server.peakPerOrigin.values())).toBe(2);
  });

  it('a check of an AuthID already under way is joined, never run twice', async () => {
    h = await harness();
    const id = await h.add(v1(1));
    const gate = deferred();
    h.server.gate = gate.promise;
    const first = h.refresher.checkNow(id);
    const second = h.refresher.checkNow(id);
    const third = h.refresher.checkAll();
    gate.release();
    const [a, b] = await Promise.all([first, second, third]);
    expect(a).toEqual(b);
    expect(h.server.requests).toHaveLength(1);
    expect(h.server.peakPerAuthId).toBe(1);
  });

  it('stop lets queued checks go and waits for the running ones', async () => {
    h = await harness();
    for (let n = 0; n < 6; n += 1) await h.add(v1(n));
    const gate = deferred();
    h.server.gate = gate.promise;
    h.refresher.start();
    void h.refresher.checkAll();
    await h.settle();
    let stopped = false;
    const stopping = h.refresher.stop().then(() => (stopped = true));
    await h.settle();
    expect(stopped).toBe(false);
    gate.release();
    await stopping;
    expect(h.server.requests).toHaveLength(2);
    expect(h.refresher.pendingTimers()).toBe(0);
  });
});

describe('failures', () => {
  it('an outage: needs-attention throughout (no flip-flop), backoff within its bound, healthy again after', async () => {
    h = await harness({ random: () => 0 });
    const id = await h.add(v1(1));
    await h.refresher.checkNow(id);
    h.refresher.start();
    h.server.answer = () => DOWN;
    const outageStart = Date.parse(h.vault.get(id)!.nextCheckAt!);
    const outageMs = 2 * DAY_MS;
    while (h.time.nextAt()! < outageStart + outageMs) {
      h.time.fireNext();
      await h.settle();
    }
    const during = h.server.requestsFor(v1(1)).filter((r) => r.at >= outageStart);
    expect(during.length).toBeLessThanOrEqual(maxRequestsDuringOutage(outageMs));
    expect(maxRequestsDuringOutage(outageMs)).toBe(18);
    // With the shortest jitter the bound is nearly reached: it is tight, not just safe.
    expect(during.length).toBeGreaterThanOrEqual(maxRequestsDuringOutage(outageMs) - 2);
    const gaps = during.slice(1).map((r, i) => r.at - during[i]!.at);
    gaps.forEach((gap, i) => expect(gap).toBeCloseTo(transientRetryDelayMs(i + 1, () => 0), -2));
    const healths = h.vault.get(id)!.history.map((c) => c.health);
    expect(new Set(healths.slice(0, -1))).toEqual(new Set(['needs-attention']));
    expect(h.vault.get(id)!.lastCheck!.reason).toMatch(/Could not reach the AuthID server/);

    h.server.answer = () => OK;
    h.time.fireNext();
    await h.settle();
    expect(h.vault.get(id)).toMatchObject({ health: 'healthy' });
    expect(Date.parse(h.vault.get(id)!.nextCheckAt!) - h.time.now()).toBeGreaterThan(DAY_MS * 0.8);
  });

  it('503: rate-limited, next try no sooner than an hour (or what the server said)', async () => {
    h = await harness();
    const id = await h.add(v1(1));
    h.server.answer = () => ({ status: 503, reason: 'Too many requests for this key, wait 90 minutes' });
    const check = await h.refresher.checkNow(id);
    expect(check.health).toBe('rate-limited');
    const wait = Date.parse(h.vault.get(id)!.nextCheckAt!) - h.time.now();
    expect(wait).toBeGreaterThanOrEqual(90 * 60_000);
    h.server.answer = () => ({ status: 503, reason: 'Service Unavailable' });
    await h.refresher.checkNow(id);
    expect(Date.parse(h.vault.get(id)!.nextCheckAt!) - h.time.now()).toBeGreaterThanOrEqual(RATE_LIMIT_MIN_MS);
  });

  it('a server that cannot tell revoked from a passing fault is retried, then called needs-reauthorization', async () => {
    h = await harness();
    await h.settings.addServer('https://self.example');
    const id = await h.add(v1(1), { serverBaseUrl: 'https://self.example' });
    h.server.answer = () => ({ status: 500, reason: 'An error occurred' });
    const healths = [];
    for (let n = 0; n < AMBIGUOUS_LIMIT + 1; n += 1) healths.push((await h.refresher.checkNow(id)).health);
    expect(healths).toEqual([...Array<string>(AMBIGUOUS_LIMIT - 1).fill('needs-attention'), 'needs-reauthorization', 'needs-reauthorization']);
    // Kept on the regular schedule in case it was an outage after all.
    expect(Date.parse(h.vault.get(id)!.nextCheckAt!) - h.time.now()).toBeGreaterThan(DAY_MS * 0.8);
  });

  it('unknown AuthID: needs-reauthorization when it never worked, revoked when it did; neither is checked again', async () => {
    h = await harness();
    const never = await h.add(v1(1));
    const worked = await h.add(v1(2));
    await h.refresher.checkNow(worked);
    h.server.answer = () => ({ status: 404, reason: 'No such key' });
    expect((await h.refresher.checkNow(never)).health).toBe('needs-reauthorization');
    expect((await h.refresher.checkNow(worked)).health).toBe('revoked');
    expect(h.vault.get(never)?.nextCheckAt).toBeUndefined();
    expect(h.vault.get(worked)?.nextCheckAt).toBeUndefined();
    h.refresher.start();
    expect(h.refresher.pendingTimers()).toBe(0);
  });

  it('reasons never hold the AuthID or a token', async () => {
    h = await harness();
    const secret = v1(3);
    const id = await h.add(secret);
    const answers = [OK, { status: 400, reason: `Invalid authid password ${secret}` }, { status: 500, reason: `Authentication provider for X gave error: ${secret} invalid_grant` }, DOWN] as const;
    for (const answer of answers) {
      h.server.answer = () => answer;
      await h.refresher.checkNow(id);
    }
    const text = JSON.stringify(h.vault.get(id));
    for (const part of [secret, ...secret.split(':'), 'at-secret-token-value']) expect(text).not.toContain(part);
  });
});

describe('extras', () => {
  it('the account name is read after a successful refresh and saved when it changed', async () => {
    const seen: string[] = [];
    h = await harness({ whoAmI: async (_provider, token) => (seen.push(token), 'alice@example.com') });
    const id = await h.add(v1(1));
    await h.refresher.checkNow(id);
    expect(seen).toEqual(['at-secret-token-value']);
    expect(h.vault.get(id)?.accountName).toBe('alice@example.com');
  });

  it('checkAll leaves rotating AuthIDs alone within their minimum interval; checkNow still checks', async () => {
    h = await harness();
    const box = await h.add(v1(1), { provider: 'box.com' });
    await h.refresher.checkAll();
    h.time.jump(ROTATING_INTERVAL.minMs - DAY_MS);
    await h.refresher.checkAll();
    expect(h.server.requests).toHaveLength(1);
    await h.refresher.checkNow(box);
    expect(h.server.requests).toHaveLength(2);
    h.time.jump(ROTATING_INTERVAL.minMs);
    await h.refresher.checkAll();
    expect(h.server.requests).toHaveLength(3);
  });
});
