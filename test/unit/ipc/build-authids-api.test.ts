import { describe, expect, it } from 'vitest';
import { buildAuthIdsApi, type IpcTransport } from '../../../electron/ipc/build-authids-api';
import { EVENT_NAMES, REQUEST_NAMES } from '../../../electron/ipc/channels';
import { REQUESTS } from '../../../electron/ipc/contract';

function fakeTransport(reply: unknown) {
  const invoked: { channel: string; payload: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: IpcTransport = {
    invoke: async (channel, payload) => {
      invoked.push({ channel, payload });
      return reply;
    },
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
  // Simulates ipcRenderer delivering (event, payload): the API must hand listeners the payload only.
  const deliver = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  return { transport, invoked, deliver };
}

describe('buildAuthIdsApi (the preload API)', () => {
  it('exposes exactly the contract requests plus `on`, frozen', () => {
    const api = buildAuthIdsApi(fakeTransport({ ok: true, value: 1 }).transport);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(REQUESTS), 'on'].sort());
    expect(new Set(REQUEST_NAMES)).toEqual(new Set(Object.keys(REQUESTS)));
    expect(Object.isFrozen(api)).toBe(true);
    for (const key of Object.keys(api)) expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('sends each request on its own channel and unwraps the answer', async () => {
    const fake = fakeTransport({ ok: true, value: { loginId: 'L1' } });
    const api = buildAuthIdsApi(fake.transport);
    await expect(api.startLogin({ provider: 'dropbox', serverBaseUrl: 'https://x' })).resolves.toEqual({ loginId: 'L1' });
    expect(fake.invoked).toEqual([
      { channel: 'authids:startLogin', payload: { provider: 'dropbox', serverBaseUrl: 'https://x' } },
    ]);
  });

  it('turns an error envelope into a rejection carrying the safe message', async () => {
    const api = buildAuthIdsApi(fakeTransport({ ok: false, error: { code: 'x', message: 'Start the login again.' } }).transport);
    await expect(api.getState()).rejects.toThrow('Start the login again.');
    const silent = buildAuthIdsApi(fakeTransport(undefined).transport);
    await expect(silent.getState()).rejects.toThrow(/did not answer/);
  });

  it('gives listeners the payload only and unsubscribes', () => {
    const fake = fakeTransport(undefined);
    const api = buildAuthIdsApi(fake.transport);
    const received: unknown[][] = [];
    const off = api.on('navigate', (...args: unknown[]) => received.push(args));
    fake.deliver('authids-event:navigate', { screen: 'settings' });
    off();
    fake.deliver('authids-event:navigate', { screen: 'paste' });
    expect(received).toEqual([[{ screen: 'settings' }]]);
    expect(EVENT_NAMES).toContain('navigate');
    expect(() => api.on('bogus' as never, () => {})).toThrow(/Unknown event/);
  });
});
