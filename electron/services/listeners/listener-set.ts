/** The listeners of one kind of change: each `onChange` in the app hands out `add`. */
export interface ListenerSet<T> {
  /** Adds a listener; call the answer to remove it again. */
  readonly add: (listener: (value: T) => void) => () => void;
  /** Tells every listener, in the order they were added. */
  readonly emit: (value: T) => void;
}

export function createListenerSet<T = void>(): ListenerSet<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    add: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit: (value) => {
      // A copy, so a listener that removes itself (or adds one) does not change this round.
      for (const listener of [...listeners]) listener(value);
    },
  };
}
