/**
 * Copies secrets (AuthIDs, connection URLs holding one) and clears them again after a delay,
 * but only if the clipboard still holds that value: never wipes what the user copied since.
 */
import { systemClock, systemTimers, type Clock, type Timers } from '../time';
import type { ClipboardPort } from './clipboard-port';

export interface ClipboardGuardDeps {
  readonly clipboard: ClipboardPort;
  readonly clock?: Pick<Clock, 'now'>;
  readonly timers?: Timers;
  /** A scheduled clear failed (e.g. the clipboard could not be read); nothing secret is passed. */
  readonly onError?: (error: unknown) => void;
}

export interface ClipboardGuard {
  /** Writes `text`; clears it after `clearAfterSeconds` (0 = never). Returns when (ISO), or null. */
  copySecret(text: string, clearAfterSeconds: number): Promise<{ clearsAt: string | null }>;
  /** At quit: cancels the timer and clears a secret that was due to be cleared and is still there. */
  dispose(): Promise<void>;
}

interface Pending {
  readonly text: string;
  readonly handle: unknown;
}

export function createClipboardGuard(deps: ClipboardGuardDeps): ClipboardGuard {
  const { clipboard, clock = systemClock, timers = systemTimers, onError = () => {} } = deps;
  let pending: Pending | undefined;
  // Bumped on every copy, so a clear that is already reading the clipboard backs off.
  let generation = 0;

  const cancel = () => {
    if (pending) timers.clearTimeout(pending.handle);
    pending = undefined;
  };

  const clearIfUnchanged = async (text: string, copiedAt: number) => {
    if ((await clipboard.readText()) === text && copiedAt === generation) await clipboard.writeText('');
  };

  return {
    async copySecret(text, clearAfterSeconds) {
      if (!Number.isInteger(clearAfterSeconds) || clearAfterSeconds < 0) throw new RangeError('clearAfterSeconds must be a whole number ≥ 0');
      cancel();
      const copiedAt = (generation += 1);
      await clipboard.writeText(text);
      if (clearAfterSeconds === 0 || copiedAt !== generation) return { clearsAt: null };
      const ms = clearAfterSeconds * 1000;
      const handle = timers.setTimeout(() => {
        pending = undefined;
        clearIfUnchanged(text, copiedAt).catch(onError);
      }, ms);
      pending = { text, handle };
      return { clearsAt: new Date(clock.now() + ms).toISOString() };
    },

    async dispose() {
      const last = pending;
      cancel();
      if (last) await clearIfUnchanged(last.text, generation);
    },
  };
}
