/**
 * A protocol-faithful AuthID server (the self-hosted ASP.NET server's endpoints, texts and
 * statuses) on node:http, meant to run on loopback as the app's built-in server.
 *
 * Deliberate differences from the self-hosted server, all on failure or attack paths:
 * - a login state is used up by its callback, so a replayed callback shows the pseudo-AuthID;
 * - pCloud's callback `hostname` picks a token URL only from `regionTokenUrls`, never any host;
 * - a CLI-token login issues v1 (or v2 with the refresh token), like a redirect login;
 * - a malformed v2 AuthID (unknown provider, short token) is 400 `Invalid AuthId format`;
 * - concurrent refreshes of one AuthID share one provider call, and a refresh answer without a
 *   refresh token keeps the stored one;
 * - pending logins are refused when full instead of evicting others, per client and in total;
 * - registering a fetch token again leaves its slot as it is.
 * And, unless `peerBehaviour` switches them back on (only stand-ins for the peer should):
 * the AuthID is posted only to `trustedOrigins`, `/fetch` has no JSONP and hands an AuthID out
 * once, and other sites' pages may not register tokens, start logins, read `/fetch` or post forms.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessTokenCache } from './access-token-cache';
import { systemServerClock, type ServerClock } from './clock';
import { ExpiringMap } from './expiring-map';
import { allowedHosts, isLoopbackAddress, ownOrigins } from './http/host-check';
import { trustedOriginSet } from './http/trusted-origins';
import { NO_PEER_BEHAVIOUR, type PeerBehaviour } from './peer-behaviour';
import { providerRequests, type ProviderOutcome } from './provider-requests';
import { providerSettingsSchema, type ProviderSettingsInput } from './provider-settings';
import { requestHandler, type RequestRecord } from './request-handler';
import type { FetchSlot, LoginState, ServerContext } from './server-context';
import { applyConnectionLimits, resolveLimits, serverOptions, type ServerLimits } from './server-limits';
import { JsonFileTokenStorage } from './storage/json-file-token-storage';
import { SealedTokenStore } from './storage/sealed-token-store';
import { MemoryTokenStorage, type TokenStorage } from './storage/token-storage';

export interface AuthIdServerConfig {
  /** Interface to bind; loopback unless the caller really means otherwise (then `allowedHosts` is required). */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly providers: readonly ProviderSettingsInput[];
  /**
   * Where v1 AuthIDs' sealed tokens live: in memory, in a JSON file, or a storage of the
   * caller's (the app's vault). Without storage the server issues stateless v2 AuthIDs.
   */
  readonly storage?: 'memory' | { readonly file: string } | TokenStorage;
  readonly clock?: ServerClock;
  /** The URL users and providers reach the server at (no path); default `http://<host>:<port>`. */
  readonly publicBaseUrl?: string;
  /** `Host` values (`name:port`) answered besides the loopback names; required to bind another address. */
  readonly allowedHosts?: readonly string[];
  /** Named on the pages and in `Server error, you must de-authorize <appName>`. */
  readonly appName?: string;
  /** Origins the logged-in page posts the AuthID to (the app, Duplicati's UI); never `'*'`. */
  readonly trustedOrigins?: readonly string[];
  readonly limits?: ServerLimits;
  /** Self-hosted server behaviour to switch back on; for stand-ins of that server only. */
  readonly peerBehaviour?: PeerBehaviour;
  /** How long `close()` lets requests under way finish before cutting them off. */
  readonly shutdownGraceMs?: number;
  /** Each token request's outcome (no secrets), e.g. to notice a misconfigured client. */
  readonly onProviderOutcome?: (outcome: ProviderOutcome) => void;
  /** Each answered request (route, status, time; no query). */
  readonly onRequest?: (request: RequestRecord) => void;
}

export interface RunningAuthIdServer {
  /** No trailing slash. */
  readonly baseUrl: string;
  readonly port: number;
  /** True when the server issues v1 AuthIDs. */
  readonly hasStorage: boolean;
  close(): Promise<void>;
}

const DEFAULT_SHUTDOWN_GRACE_MS = 5_000;

export async function startAuthIdServer(config: AuthIdServerConfig): Promise<RunningAuthIdServer> {
  const host = config.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host) && (config.allowedHosts ?? []).length === 0) {
    throw new Error(`binding ${host} reaches other machines: list the host names they use in allowedHosts`);
  }
  const providers = new Map(config.providers.map((input) => {
    const settings = providerSettingsSchema.parse(input);
    return [settings.id, settings] as const;
  }));
  if (providers.size !== config.providers.length) throw new Error('provider ids must be unique');
  if (config.publicBaseUrl !== undefined && new URL(config.publicBaseUrl).pathname !== '/') {
    throw new Error('publicBaseUrl must not have a path');
  }

  const clock = config.clock ?? systemServerClock;
  const limits = resolveLimits(config.limits);
  const pending = { maxEntries: limits.maxPendingLogins, maxPerOwner: limits.maxPendingLoginsPerClient };
  const closing = new AbortController();
  const { storage, owned } = storageFrom(config.storage);
  await storage?.open?.();
  let hosts: ReadonlySet<string> = new Set();
  const context: { -readonly [K in keyof ServerContext]: ServerContext[K] } = {
    appName: config.appName ?? 'Duplicati',
    baseUrl: '',
    providers,
    clock,
    fetchTokens: new ExpiringMap<FetchSlot>(clock, pending),
    loginStates: new ExpiringMap<LoginState>(clock, pending),
    accessTokens: new AccessTokenCache(clock),
    store: storage && new SealedTokenStore(storage),
    providerRequests: providerRequests(closing.signal, config.onProviderOutcome),
    peer: { ...NO_PEER_BEHAVIOUR, ...config.peerBehaviour },
    trustedOrigins: trustedOriginSet(config.trustedOrigins),
    ownOrigins: new Set(),
  };

  const handle = requestHandler(context, () => hosts, config.onRequest);
  // The handler answers every failure itself (a 500 at worst), so its promise has nothing to report.
  const server = createServer(serverOptions(limits), (req, res) => void handle(req, res));
  applyConnectionLimits(server, limits);
  try {
    await listen(server, config.port ?? 0, host);
  } catch (error) {
    if (owned) await storage?.close?.();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  context.baseUrl = (config.publicBaseUrl ?? `http://${urlHost}:${port}`).replace(/\/+$/, '');
  hosts = allowedHosts(port, config.publicBaseUrl, config.allowedHosts);
  context.ownOrigins = ownOrigins(hosts, config.publicBaseUrl);

  return {
    baseUrl: context.baseUrl,
    port,
    hasStorage: storage !== undefined,
    close: async () => {
      await closeGracefully(server, closing, config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
      if (owned) await storage?.close?.();
    },
  };
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting, closes idle connections, lets requests under way finish for `graceMs`, then cuts off the rest. */
function closeGracefully(server: ReturnType<typeof createServer>, closing: AbortController, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const cutOff = setTimeout(() => {
      closing.abort();
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearTimeout(cutOff);
      closing.abort();
      resolve();
    });
    server.closeIdleConnections();
  });
}

function storageFrom(option: AuthIdServerConfig['storage']): { storage: TokenStorage | undefined; owned: boolean } {
  if (option === undefined) return { storage: undefined, owned: false };
  if (option === 'memory') return { storage: new MemoryTokenStorage(), owned: true };
  if ('file' in option) return { storage: new JsonFileTokenStorage(option.file), owned: true };
  return { storage: option, owned: false };
}
