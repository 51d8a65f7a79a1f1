/**
 * Values the window refers to by a random id between two requests (a chosen file, an opened
 * import), each dropped after `keepMs` so nothing decrypted lingers after a forgotten dialog.
 */
import { randomUUID } from 'node:crypto';

export interface HeldForAWhile<T> {
  /** Holds the value; returns its id and when it will be dropped. */
  hold(value: T): { id: string; expiresAt: Date };
  get(id: string): T | undefined;
  drop(id: string): void;
}

export function heldForAWhile<T>(keepMs: number): HeldForAWhile<T> {
  const held = new Map<string, { value: T; timer: ReturnType<typeof setTimeout> }>();
  const drop = (id: string): void => {
    clearTimeout(held.get(id)?.timer);
    held.delete(id);
  };
  return {
    hold: (value) => {
      const id = randomUUID();
      const timer = setTimeout(() => held.delete(id), keepMs);
      // A forgotten dialog must not keep the app from quitting.
      timer.unref?.();
      held.set(id, { value, timer });
      return { id, expiresAt: new Date(Date.now() + keepMs) };
    },
    get: (id) => held.get(id)?.value,
    drop,
  };
}
