// AuthIDs whose server the user has not added are held: no scheduled check, no Check all, and
// Check now refuses, naming the host; adding the server releases them, removing it holds them again.
import { afterEach, describe, expect, it  } from 'vitest';
import { harness, v1, type Harness } from './support/refresher-harness';

let h: Harness;
afterEach(async () => h?.close());

const FOREIGN = 'https://collector.example';

describe('held AuthIDs', () => {
  it('nothing is sent to a server the user has not added, until they add it', async () => {
    h = await harness();
    const id = await h.add(v1(1), { serverBaseUrl: FOREIGN });
    h.refresher.start();
    expect(h.refresher.pendingTimers()).toBe(0);
    await h.refresher.checkAll();
    await expect(h.refresher.checkNow(id)).rejects.toThrow('collector.example is not one of your AuthID servers');
    h.time.jump(400 * 24 * 3600_000);
    h.refresher.wake();
    await h.settle();
    expect(h.server.requests).toEqual([]);

    await h.settings.addServer(FOREIGN);
    await h.settle();
    expect(h.refresher.pendingTimers()).toBe(1);
    h.time.fireNext();
    await h.settle();
    expect(h.server.requests.map((r) => r.origin)).toEqual([FOREIGN]);
    expect(h.vault.get(id)).toMatchObject({ health: 'healthy' });

    await h.settings.removeServer(FOREIGN);
    await h.settle();
    await expect(h.refresher.checkNow(id)).rejects.toThrow('collector.example is not one of your AuthID servers');
    expect(h.server.requests).toHaveLength(1);
  });

  it('plain http to another computer is never used, even for a record already saved', async () => {
    h = await harness();
    const id = await h.add(v1(2), { serverBaseUrl: 'http://oauth.example.com' });
    await expect(h.refresher.checkNow(id)).rejects.toThrow('over plain http, unencrypted');
    await expect(h.settings.addServer('http://oauth.example.com')).rejects.toThrow('Use https://');
    await h.refresher.checkAll();
    expect(h.server.requests).toEqual([]);
  });

  it('a check waiting for a slot is dropped if its server is removed meanwhile', async () => {
    h = await harness({ maxParallel: 1 });
    await h.settings.addServer(FOREIGN);
    const first = await h.add(v1(3));
    const second = await h.add(v1(4), { serverBaseUrl: FOREIGN });
    let release = (): void => undefined;
    h.server.gate = new Promise<void>((resolve) => (release = resolve));
    const running = h.refresher.checkNow(first);
    const waiting = h.refresher.checkNow(second);
    await h.settle();
    await h.settings.removeServer(FOREIGN);
    release();
    await Promise.all([running, waiting]);
    expect(h.server.requests.map((r) => r.authId)).toEqual([v1(3)]);
  });
});
