import type { ServerClock } from '../clock';
import { providerRequests, ProviderRequestError, type ProviderOutcome } from '../provider-requests';
import { providerSettingsSchema } from '../provider-settings';
import type { ServerLimits } from '../server-limits';
import { startAuthIdServer, type RunningAuthIdServer } from '../start-authid-server';
import type { TokenStorage } from '../storage/token-storage';
import { healthAfter, type ProviderHealth } from './provider-health';
import { resolveSetup, type BuiltInProviderSetup, type ResolvedSetup } from './provider-setup';

/** The loopback address the built-in server binds; Duplicati on this computer reaches it there. */
export const BUILT_IN_HOST = '127.0.0.1';
/** The default port: fixed, because providers are told the redirect URI that contains it. */
export const DEFAULT_BUILT_IN_PORT = 8357;

const CHECK_TIMEOUT_MS = 15_000;
/** Sent as a refresh token to check a client: the provider refuses the token, but first checks the client. */
const PROBE_REFRESH_TOKEN = 'authid-manager-client-check';
/** Refusals of the made-up token itself, given only once the client was accepted. */
const CLIENT_ACCEPTED: ReadonlySet<string> = new Set(['invalid_grant', 'invalid_request']);

export interface BuiltInServerRunnerConfig {
  /** On 127.0.0.1; 0 picks a free one (tests). */
  readonly port: number;
  readonly providers: readonly BuiltInProviderSetup[];
  /** Where the sealed tokens of the server's v1 AuthIDs live (the app's vault). */
  readonly storage: TokenStorage;
  /** Origins the logged-in page may post the AuthID to (the app; Duplicati's UI if enabled). */
  readonly trustedOrigins?: readonly string[];
  readonly appName?: string;
  readonly clock?: ServerClock;
  readonly limits?: ServerLimits;
}

export type BuiltInServerState =
  | { readonly status: 'stopped' }
  | { readonly status: 'no-providers'; readonly message: string }
  | {
    readonly status: 'running';
    readonly baseUrl: string;
    readonly port: number;
    /** What goes into a connection URL's `oauth-url`. */
    readonly refreshUrl: string;
    /** What the user registers at each provider. */
    readonly redirectUri: string;
  }
  | { readonly status: 'port-taken'; readonly port: number; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

export interface BuiltInServerSnapshot {
  readonly server: BuiltInServerState;
  /** By provider id, for every provider in the config. */
  readonly providers: Readonly<Record<string, ProviderHealth>>;
}

/**
 * Runs the built-in AuthID server for the app, without Electron: starts it on 127.0.0.1 with
 * the providers the user set up, says whether it runs, whether the port was taken and which
 * provider is misconfigured (from the provider's own answers, e.g. `invalid_client`), and stops it.
 * Start and stop calls are served one after another.
 */
export class BuiltInServerRunner {
  #config: BuiltInServerRunnerConfig;
  #server: RunningAuthIdServer | undefined;
  #state: BuiltInServerState = { status: 'stopped' };
  #health = new Map<string, ProviderHealth>();
  #resolved = new Map<string, ResolvedSetup>();
  readonly #listeners = new Set<(snapshot: BuiltInServerSnapshot) => void>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(config: BuiltInServerRunnerConfig) {
    this.#config = config;
    this.#resolveSetups();
  }

  snapshot(): BuiltInServerSnapshot {
    return { server: this.#state, providers: Object.fromEntries(this.#health) };
  }

  /** Called after every change; returns the unsubscribe function. */
  onChange(listener: (snapshot: BuiltInServerSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  start(): Promise<BuiltInServerSnapshot> {
    return this.#serialised(async () => {
      if (this.#server) return this.snapshot();
      await this.#start();
      return this.snapshot();
    });
  }

  stop(): Promise<void> {
    return this.#serialised(async () => {
      const server = this.#server;
      this.#server = undefined;
      await server?.close();
      this.#set({ status: 'stopped' });
    });
  }

  /** New settings (port, providers): restarts the server if it was running. */
  update(config: BuiltInServerRunnerConfig): Promise<BuiltInServerSnapshot> {
    return this.#serialised(async () => {
      const wasRunning = this.#server !== undefined;
      await this.#server?.close();
      this.#server = undefined;
      this.#config = config;
      // New credentials: what the provider said about the old ones no longer holds.
      this.#health.clear();
      this.#resolveSetups();
      if (wasRunning) await this.#start();
      else this.#set({ status: 'stopped' });
      return this.snapshot();
    });
  }

  /**
   * Asks the provider whether it accepts the client, without a login: a refresh with a made-up
   * token is refused as `invalid_grant` by a provider that accepted the client, and as
   * `invalid_client` by one that did not. Providers without refresh tokens (pCloud) or with a
   * CLI-token login (Jottacloud) can only be checked by logging in.
   */
  async checkProvider(id: string): Promise<ProviderHealth> {
    const resolved = this.#resolved.get(id);
    if (!resolved) return { status: 'unchecked' };
    if (!resolved.ok) return resolved.health;
    const settings = providerSettingsSchema.parse(resolved.settings);
    if (settings.accessTokenOnly || settings.cliToken) return this.#health.get(id) ?? { status: 'unchecked' };
    const probe = providerRequests(AbortSignal.timeout(CHECK_TIMEOUT_MS), (outcome) => this.#record(outcome));
    try {
      await probe.refresh(settings, PROBE_REFRESH_TOKEN, this.#redirectUri());
    } catch (error) {
      if (!(error instanceof ProviderRequestError)) throw error;
      if (error.reason === 'unreachable') {
        this.#setHealth(id, { status: 'unreachable', message: `${settings.name} could not be reached. Check the internet connection, then try again.` });
      } else if (error.code !== undefined && CLIENT_ACCEPTED.has(error.code)) {
        this.#setHealth(id, { status: 'ready' });
      }
    }
    return this.#health.get(id) ?? { status: 'unchecked' };
  }

  async #start(): Promise<void> {
    const { port } = this.#config;
    const usable = [...this.#resolved.values()].flatMap((resolved) => (resolved.ok ? [resolved.settings] : []));
    if (usable.length === 0) {
      return this.#set({ status: 'no-providers', message: 'Set up at least one provider to start the built-in server.' });
    }
    try {
      this.#server = await startAuthIdServer({
        host: BUILT_IN_HOST,
        port,
        providers: usable,
        storage: this.#config.storage,
        ...(this.#config.trustedOrigins ? { trustedOrigins: this.#config.trustedOrigins } : {}),
        ...(this.#config.appName ? { appName: this.#config.appName } : {}),
        ...(this.#config.clock ? { clock: this.#config.clock } : {}),
        ...(this.#config.limits ? { limits: this.#config.limits } : {}),
        onProviderOutcome: (outcome) => this.#record(outcome),
      });
    } catch (error) {
      return this.#set(startFailure(error, port));
    }
    const { baseUrl } = this.#server;
    this.#set({ status: 'running', baseUrl, port: this.#server.port, refreshUrl: `${baseUrl}/refresh`, redirectUri: `${baseUrl}/logged-in` });
  }

  /** Which setups can be used, and why not the others; what was learnt about usable ones is kept. */
  #resolveSetups(): void {
    const known = this.#health;
    this.#resolved = new Map(this.#config.providers.map((setup) => [setup.id, resolveSetup(setup, this.#redirectUri())]));
    this.#health = new Map([...this.#resolved].map(([id, resolved]) => [id, resolved.ok ? known.get(id) ?? { status: 'unchecked' } : resolved.health]));
  }

  #record(outcome: ProviderOutcome): void {
    const resolved = this.#resolved.get(outcome.providerId);
    if (!resolved?.ok) return;
    const health = healthAfter(outcome, resolved.entry, this.#redirectUri());
    if (health) this.#setHealth(outcome.providerId, health);
  }

  #redirectUri(): string {
    const port = this.#server?.port ?? this.#config.port;
    return `http://${BUILT_IN_HOST}:${port}/logged-in`;
  }

  #setHealth(id: string, health: ProviderHealth): void {
    this.#health.set(id, health);
    this.#notify();
  }

  #set(state: BuiltInServerState): void {
    this.#state = state;
    this.#notify();
  }

  #notify(): void {
    const snapshot = this.snapshot();
    for (const listener of this.#listeners) listener(snapshot);
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

function startFailure(error: unknown, port: number): BuiltInServerState {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return {
      status: 'port-taken',
      port,
      message: `Another program already uses port ${port} on ${BUILT_IN_HOST}. Close it, or choose another port for the built-in server (and register the new redirect URI with each provider).`,
    };
  }
  if (code === 'EACCES') {
    return { status: 'failed', message: `This computer does not allow AuthID Manager to use port ${port}. Choose a port above 1024.` };
  }
  return { status: 'failed', message: `The built-in server could not start: ${error instanceof Error ? error.message : String(error)}` };
}
