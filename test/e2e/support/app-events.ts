import type { EventName, EventPayloads } from '../../../electron/ipc/contract';

export type AppEventListener = (event: EventName, payload: EventPayloads[EventName]) => void;

/** Where handlers push main's events; the app host forwards each to the page. */
export interface AppEvents {
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  subscribe(listener: AppEventListener): () => void;
}

export function createAppEvents(): AppEvents {
  const listeners = new Set<AppEventListener>();
  return {
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
