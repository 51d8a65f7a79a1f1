import { afterEach, describe, expect, it } from 'vitest';
import type { FetchAuthIdResult } from '../../../../electron/services/server-client/fetch-authid';
import { pollForAuthId } from '../../../../electron/services/server-client/poll-for-authid';
import { closedPortServer, reply, startLoopback, type Loopback } from '../../../fixtures/recording-loopback-server';
import { steppingClock } from './support/stepping-clock';

const TOKEN = 'f'.repeat(43);
const open: Loopback[] = [];

/** A /fetch endpoint that gives the scripted answers in turn, then repeats the last one. */
async function fetchEndpoint(...answers: unknown[]): Promise<Loopback> {
  let index = 0;
  const loopback = await startLoopback((_req, res) => {
    const next = answers[Math.min(index++, answers.length - 1)];
    if (next === 'hang') return;
    reply(res, 200, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(next) });
  });
  open.push(loopback);
  return loopback;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((loopback) => loopback.close()));
});

const WAIT = { wait: 'Not ready' };
const GONE = { error: 'No such entry' };

describe('pollForAuthId', () => {
  it('keeps looking at the interval until the AuthID arrives', async () => {
    const stub = await fetchEndpoint(WAIT, WAIT, { authid: 'key:password' });
    const clock = steppingClock();
    const ticks: FetchAuthIdResult[] = [];
    const result = await pollForAuthId(stub.server, TOKEN, { clock, intervalMs: 2_000, onTick: (tick) => ticks.push(tick) }).result;
    expect(result).toEqual({ kind: 'ready', authId: 'key:password' });
    expect(stub.requests).toHaveLength(3);
    expect(clock.slept).toEqual([2_000, 2_000]);
    expect(ticks.map((tick) => tick.kind)).toEqual(['waiting', 'waiting']);
  });

  it('reports "login expired" when the token disappears after it was seen waiting', async () => {
    const stub = await fetchEndpoint(WAIT, GONE);
    const result = await pollForAuthId(stub.server, TOKEN, { clock: steppingClock() }).result;
    expect(result.kind).toBe('expired');
    expect(result.kind === 'expired' && result.message).toMatch(/start the login again/i);
  });

  it('waits for the login page to register the token before taking "No such entry" as expired', async () => {
    const stub = await fetchEndpoint(GONE, GONE, WAIT, { authid: 'key:password' });
    const result = await pollForAuthId(stub.server, TOKEN, { clock: steppingClock() }).result;
    expect(result).toEqual({ kind: 'ready', authId: 'key:password' });
  });

  it('takes "No such entry" as expired once the registration grace is over', async () => {
    const stub = await fetchEndpoint(GONE);
    const result = await pollForAuthId(stub.server, TOKEN, { clock: steppingClock(), registrationGraceMs: 5_000, intervalMs: 2_000 }).result;
    expect(result.kind).toBe('expired');
    expect(stub.requests).toHaveLength(4); // at 0, 2, 4 and 6 s
  });

  it('gives up with "login expired" at the overall limit', async () => {
    const stub = await fetchEndpoint(WAIT);
    const clock = steppingClock();
    const result = await pollForAuthId(stub.server, TOKEN, { clock, intervalMs: 2_000 }).result;
    expect(result.kind).toBe('expired');
    expect(clock.slept.reduce((sum, ms) => sum + ms, 0)).toBe(5 * 60_000);
    expect(stub.requests).toHaveLength(151);
  });

  it('keeps trying through an unreachable server and reports that, not "expired", at the limit', async () => {
    const server = await closedPortServer();
    const ticks: FetchAuthIdResult[] = [];
    const result = await pollForAuthId(server, TOKEN, { clock: steppingClock(), intervalMs: 1_000, limitMs: 3_000, onTick: (tick) => ticks.push(tick) }).result;
    expect(result.kind === 'failed' && result.failure.kind).toBe('unreachable');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
  });

  it('gives up on a server that never answered after the give-up time, long before the login would expire', async () => {
    const server = await closedPortServer();
    const clock = steppingClock();
    const result = await pollForAuthId(server, TOKEN, { clock, intervalMs: 2_000, unreachableGiveUpMs: 20_000 }).result;
    expect(result.kind === 'failed' && result.failure.kind).toBe('unreachable');
    const waited = clock.slept.reduce((sum, ms) => sum + ms, 0);
    expect(waited).toBeGreaterThanOrEqual(20_000);
    expect(waited).toBeLessThan(30_000);
  });

  it('keeps going through an outage once the server has answered', async () => {
    const stub = await fetchEndpoint(WAIT);
    const clock = steppingClock();
    let looks = 0;
    const poll = pollForAuthId(stub.server, TOKEN, {
      clock,
      intervalMs: 2_000,
      limitMs: 60_000,
      unreachableGiveUpMs: 5_000,
      onTick: () => {
        looks += 1;
        if (looks === 2) void stub.close();
      },
    });
    const result = await poll.result;
    expect(result.kind === 'failed' && result.failure.kind).toBe('unreachable');
    expect(clock.slept.reduce((sum, ms) => sum + ms, 0)).toBe(60_000);
  });

  it('stops at once on an answer polling cannot fix', async () => {
    const stub = await fetchEndpoint('not the fetch JSON');
    const result = await pollForAuthId(stub.server, TOKEN, { clock: steppingClock() }).result;
    expect(result.kind === 'failed' && result.failure.kind).toBe('bad-response');
    expect(stub.requests).toHaveLength(1);
  });

  it('ends with "cancelled" when aborted while waiting for the next tick', async () => {
    const stub = await fetchEndpoint(WAIT);
    const controller = new AbortController();
    const poll = pollForAuthId(stub.server, TOKEN, { signal: controller.signal, intervalMs: 3_600_000, onTick: () => controller.abort() });
    expect(await poll.result).toEqual({ kind: 'cancelled' });
    expect(stub.requests).toHaveLength(1);
  });

  it('ends with "cancelled" when aborted during a request that hangs', async () => {
    const stub = await fetchEndpoint('hang');
    const controller = new AbortController();
    const poll = pollForAuthId(stub.server, TOKEN, { signal: controller.signal, requestTimeoutMs: 3_600_000 });
    await stub.requests.until((sent) => sent.length > 0, 'the first /fetch');
    controller.abort();
    expect(await poll.result).toEqual({ kind: 'cancelled' });
  });

  it('looks again at once when nudged instead of waiting for the next tick', async () => {
    const stub = await fetchEndpoint(WAIT, { authid: 'key:password' });
    const poll = pollForAuthId(stub.server, TOKEN, { intervalMs: 3_600_000, onTick: () => poll.nudge() });
    expect(await poll.result).toEqual({ kind: 'ready', authId: 'key:password' });
  });

  it('reports the AuthID once even when nudged while a look is in flight', async () => {
    const stub = await fetchEndpoint(WAIT, { authid: 'key:password' });
    const ticks: FetchAuthIdResult[] = [];
    const poll = pollForAuthId(stub.server, TOKEN, { intervalMs: 3_600_000, onTick: (tick) => ticks.push(tick) });
    // Nudges while the first look is in flight: each asks for one more look, never a second result.
    poll.nudge();
    poll.nudge();
    await stub.requests.until((sent) => sent.length > 0, 'the first /fetch');
    poll.nudge();
    expect(await poll.result).toEqual({ kind: 'ready', authId: 'key:password' });
    poll.nudge();
    expect(ticks.map((tick) => tick.kind)).toEqual(['waiting']);
    expect(stub.requests).toHaveLength(2);
  });
});
