import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../api/authids-client';

type Outcome<R> = { readonly ok: true; readonly value: R } | { readonly ok: false };

export interface ActionState<A extends unknown[], R> {
  readonly run: (...args: A) => Promise<Outcome<R>>;
  readonly pending: boolean;
  /** The rejection's message, shown next to the control that started the action. */
  readonly error: string | null;
  readonly clearError: () => void;
}

/** Runs one async request at a time and keeps its progress and error for the UI. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): ActionState<A, R> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(action);
  const mounted = useRef(true);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<Outcome<R>> => {
    setPending(true);
    setError(null);
    try {
      const value = await latest.current(...args);
      return { ok: true, value };
    } catch (caught) {
      if (mounted.current) setError(errorText(caught));
      return { ok: false };
    } finally {
      if (mounted.current) setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
