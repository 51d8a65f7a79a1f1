/**
 * Builds `window.authids` from two transport functions. Shared by the preload (over
 * ipcRenderer) and the browser test host, so both expose exactly the contract's functions.
 */
import { EVENT_NAMES, REQUEST_NAMES, eventChannel, requestChannel, type ChannelEventName } from './channels';
import type { AuthIdsApi, Envelope } from './contract';

export interface IpcTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Calls `listener` with the payload only; returns the unsubscribe function. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

function unwrap(envelope: unknown): unknown {
  const reply = envelope as Envelope<unknown> | undefined;
  if (reply?.ok === true) return reply.value;
  const message = reply?.ok === false ? reply.error.message : 'AuthID Manager did not answer the request.';
  throw new Error(message);
}

export function buildAuthIdsApi(transport: IpcTransport): AuthIdsApi {
  const api: Record<string, unknown> = {};
  for (const name of REQUEST_NAMES) {
    api[name] = async (input?: unknown) => unwrap(await transport.invoke(requestChannel(name), input));
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event "${event}".`);
    return transport.subscribe(eventChannel(event as ChannelEventName), (payload) => listener(payload));
  };
  return Object.freeze(api) as unknown as AuthIdsApi;
}
