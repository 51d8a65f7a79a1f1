import type { AuthIdsApi, EventName, EventPayloads } from '../../../electron/ipc/contract';

type Listener = (payload: unknown) => void;

export interface FakeAuthIds {
  readonly api: AuthIdsApi;
  /** Delivers one of main's events to the window's listeners. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

/**
 * A stand-in for the preload bridge in component tests: only the requests a test passes exist
 * (anything else rejects, so an unexpected call fails the test), plus a working `on()`.
 */
export function installFakeAuthIds(requests: Partial<Record<keyof AuthIdsApi, (input: never) => Promise<unknown>>>): FakeAuthIds {
  const listeners = new Map<string, Set<Listener>>();
  const api = new Proxy({} as AuthIdsApi, {
    get: (_target, name: string) => {
      if (name === 'on') {
        return (event: string, listener: Listener) => {
          const set = listeners.get(event) ?? new Set<Listener>();
          listeners.set(event, set);
          set.add(listener);
          return () => set.delete(listener);
        };
      }
      const request = requests[name as keyof AuthIdsApi];
      return request ?? (() => Promise.reject(new Error(`Unexpected request ${name}`)));
    },
  });
  (globalThis as { authids?: AuthIdsApi }).authids = api;
  return {
    api,
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}

export function removeFakeAuthIds(): void {
  delete (globalThis as { authids?: AuthIdsApi }).authids;
}
