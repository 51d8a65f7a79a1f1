import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../api/authids-client';

export interface LiveValue<T> {
  readonly value: T | undefined;
  readonly error: string | null;
  readonly reload: () => void;
  /** Takes a fresher value main answered with (e.g. settings after an update). */
  readonly set: (value: T) => void;
}

/**
 * Loads a value once and keeps it current from main's events. `subscribe` gets `update` (for
 * events that carry the new value) and `reload` (for events that only say it changed).
 */
export function useLiveValue<T>(
  load: () => Promise<T>,
  subscribe: (update: (value: T) => void, reload: () => void) => () => void,
): LiveValue<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  // An answer to an older request must not overwrite a newer event.
  const generation = useRef(0);
  const loadRef = useRef(load);
  const subscribeRef = useRef(subscribe);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setError(null);
    new Promise<T>((resolve) => resolve(loadRef.current())).then(
      (loaded) => {
        if (mine === generation.current) setValue(loaded);
      },
      (caught: unknown) => {
        if (mine === generation.current) setError(errorText(caught));
      },
    );
  }, []);

  const set = useCallback((next: T) => {
    generation.current++;
    setError(null);
    setValue(next);
  }, []);

  useEffect(() => {
    let unsubscribe = () => {};
    try {
      unsubscribe = subscribeRef.current(set, reload);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the first load clears a stale error before it asks main; the answer comes later
      reload();
    } catch (caught) {
      setError(errorText(caught));
    }
    return () => {
      // A counter, not a DOM node: bumping its latest value is what drops the loads still in flight.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++;
      unsubscribe();
    };
  }, [reload, set]);

  return { value, error, reload, set };
}
