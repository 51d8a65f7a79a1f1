/**
 * `window.authids` answered inside the page, with no Playwright bridge: every request gets the
 * answer the real app core gave to the same request when it was recorded (record-answers.ts),
 * structured-cloned as IPC would. Runs as an init script, so it is self-contained; a request
 * that was never recorded is noted in `window.__benchUnanswered` and fails as main would.
 */
import type { Envelope } from '../../../electron/ipc/contract';

export interface ReplayConfig {
  readonly requestNames: readonly string[];
  /** Keyed by replayKey(name, payload). */
  readonly answers: Readonly<Record<string, Envelope<unknown>>>;
}

export interface ReplayWindow {
  __benchUnanswered?: string[];
}

/** How a request is looked up; the init script below builds the same key. */
export const replayKey = (name: string, payload: unknown): string => `${name} ${JSON.stringify(payload ?? null)}`;

export function installReplayedAuthIds(config: ReplayConfig): void {
  const api: Record<string, unknown> = {};
  const unanswered: string[] = [];
  (window as unknown as ReplayWindow).__benchUnanswered = unanswered;
  for (const name of config.requestNames) {
    api[name] = async (input?: unknown) => {
      const key = `${name} ${JSON.stringify(input ?? null)}`;
      const reply = config.answers[key];
      if (reply === undefined) {
        unanswered.push(key);
        throw new Error('AuthID Manager did not answer the request.');
      }
      if (reply.ok) return structuredClone(reply.value);
      throw new Error(reply.error.message);
    };
  }
  // Nothing changes while a figure is taken, so no event ever arrives.
  api.on = () => () => undefined;
  Object.defineProperty(window, 'authids', { value: Object.freeze(api), enumerable: true });
}
