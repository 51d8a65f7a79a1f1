/**
 * The one module that touches `window.authids` (the preload bridge). Components and hooks
 * import `authids()` from here and never read the global themselves.
 */
import type { AuthIdsApi, EventName, EventPayloads } from '../../../electron/ipc/contract';

function bridge(): AuthIdsApi | undefined {
  return (globalThis as { authids?: AuthIdsApi }).authids;
}

export function authids(): AuthIdsApi {
  const api = bridge();
  if (!api) throw new Error('AuthID Manager cannot reach its background process. Close this window and open it again from the tray.');
  return api;
}

/** Without the bridge there is nothing to listen to; the first request reports the problem on screen. */
export function onAuthIdsEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return bridge()?.on(event, listener) ?? (() => {});
}

/** Main rejects with an Error whose message is written for the user; show exactly that. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  return 'Something went wrong. Try again.';
}
