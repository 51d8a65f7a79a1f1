/**
 * Runs inside the page before the app (Playwright init script), so it must be self-contained:
 * builds `window.authids` with exactly the contract's functions, each forwarding its payload
 * (structured-cloned, as IPC would) to the host's binding, plus `on()` fed by host events.
 */
export interface BridgeConfig {
  readonly requestNames: readonly string[];
  readonly eventNames: readonly string[];
  /** The exposeBinding name that runs a request in the test process and answers an envelope. */
  readonly invokeBinding: string;
  /** The exposeBinding name that records CSP violations. */
  readonly violationBinding: string;
  /** The DOM event type the host dispatches main's events with. */
  readonly hostEventType: string;
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
type Listener = (payload: unknown) => void;

export function installAuthIdsBridge(config: BridgeConfig): void {
  const host = window as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const listeners = new Map<string, Set<Listener>>();
  const api: Record<string, unknown> = {};

  for (const name of config.requestNames) {
    api[name] = async (input?: unknown) => {
      const payload = input === undefined ? undefined : structuredClone(input);
      const reply = (await host[config.invokeBinding]!(name, payload)) as Envelope | undefined;
      if (reply?.ok === true) return reply.value;
      throw new Error(reply?.ok === false ? reply.error.message : 'AuthID Manager did not answer the request.');
    };
  }
  api.on = (event: string, listener: Listener) => {
    if (!config.eventNames.includes(event)) throw new Error(`Unknown event "${event}".`);
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  Object.defineProperty(window, 'authids', { value: Object.freeze(api), enumerable: true });

  window.addEventListener(config.hostEventType, (event) => {
    const { name, payload } = (event as CustomEvent<{ name: string; payload: unknown }>).detail;
    for (const listener of [...(listeners.get(name) ?? [])]) listener(structuredClone(payload));
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    void host[config.violationBinding]!(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline content'} at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
}
