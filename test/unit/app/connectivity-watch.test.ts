// The network watch: a timer only while something waits, one wake per offline → online change.
import { describe, expect, it  } from 'vitest';
import { watchConnectivity } from '../../../electron/app/connectivity-watch';

function fakeIntervals() {
  const live = new Map<number, () => void>();
  let next = 1;
  return {
    live,
    setInterval: (callback: () => void) => {
      live.set(next, callback);
      return next++;
    },
    clearInterval: (handle: unknown) => void live.delete(handle as number),
    tick: () => [...live.values()].forEach((callback) => callback()),
  };
}

describe('connectivity watch', () => {
  it('holds no timer until needed, wakes once when the network returns, and stops when no longer needed', () => {
    const timers = fakeIntervals();
    let online = true;
    let wakes = 0;
    const watch = watchConnectivity({ ...timers, isOnline: () => online, onBackOnline: () => void (wakes += 1) });
    expect(timers.live.size).toBe(0);

    watch.setNeeded(true);
    watch.setNeeded(true);
    expect(timers.live.size).toBe(1);
    timers.tick();
    expect(wakes).toBe(0);

    online = false;
    timers.tick();
    timers.tick();
    online = true;
    timers.tick();
    timers.tick();
    expect(wakes).toBe(1);

    watch.setNeeded(false);
    expect(timers.live.size).toBe(0);
  });
});
