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
 *   refresh token keeps the stored one.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessTokenCache } from './access-token-cache';
import { systemServerClock, type ServerClock } from './clock';
import { ExpiringMap } from './expiring-map';
import { allowedHosts } from './http/host-check';
import { providerRequests } from './provider-requests';
import { providerSettingsSchema, type ProviderSettingsInput } from './provider-settings';
import { requestHandler } from './request-handler';
import type { FetchSlot, LoginState, ServerContext } from './server-context';
import { JsonFileTokenStorage } from './storage/json-file-token-storage';
import { SealedTokenStore } from './storage/sealed-token-store';
import { MemoryTokenStorage, type TokenStorage } from './storage/token-storage';

export interface AuthIdServerConfig {
  /** Interface to bind; loopback unless the caller really means otherwise. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly providers: readonly ProviderSettingsInput[];
  /**
   * Where v1 AuthIDs' sealed tokens live: in memory, in a JSON file, or a storage of the
   * caller's. Without storage the server issues stateless v2 AuthIDs.
   */
  readonly storage?: 'memory' | { readonly file: string } | TokenStorage;
  readonly clock?: ServerClock;
  /** The URL users and providers reach the server at (no path); default `http://<host>:<port>`. */
  readonly publicBaseUrl?: string;
  /** Named on the pages and in `Server error, you must de-authorize <appName>`. */
  readonly appName?: string;
}

export interface RunningAuthIdServer {
  /** No trailing slash. */
  readonly baseUrl: string;
  readonly port: number;
  /** True when the server issues v1 AuthIDs. */
  readonly hasStorage: boolean;
  close(): Promise<void>;
}

export async function startAuthIdServer(config: AuthIdServerConfig): Promise<RunningAuthIdServer> {
  const host = config.host ?? '127.0.0.1';
  const providers = new Map(config.providers.map((input) => {
    const settings = providerSettingsSchema.parse(input);
    return [settings.id, settings] as const;
  }));
  if (providers.size !== config.providers.length) throw new Error('provider ids must be unique');
  if (config.publicBaseUrl !== undefined && new URL(config.publicBaseUrl).pathname !== '/') {
    throw new Error('publicBaseUrl must not have a path');
  }

  const clock = config.clock ?? systemServerClock;
  const closing = new AbortController();
  const storage = storageFrom(config.storage);
  let hosts: ReadonlySet<string> = new Set();
  const context: { -readonly [K in keyof ServerContext]: ServerContext[K] } = {
    appName: config.appName ?? 'Duplicati',
    baseUrl: '',
    providers,
    clock,
    fetchTokens: new ExpiringMap<FetchSlot>(clock),
    loginStates: new ExpiringMap<LoginState>(clock),
    accessTokens: new AccessTokenCache(clock),
    store: storage && new SealedTokenStore(storage),
    providerRequests: providerRequests(closing.signal),
  };

  const server = createServer(requestHandler(context, () => hosts));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  context.baseUrl = (config.publicBaseUrl ?? `http://${urlHost}:${port}`).replace(/\/+$/, '');
  hosts = allowedHosts(port, config.publicBaseUrl);

  return {
    baseUrl: context.baseUrl,
    port,
    hasStorage: storage !== undefined,
    close: () =>
      new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function storageFrom(option: AuthIdServerConfig['storage']): TokenStorage | undefined {
  if (option === undefined) return undefined;
  if (option === 'memory') return new MemoryTokenStorage();
  if ('file' in option) return new JsonFileTokenStorage(option.file);
  return option;
}
