/** What every group of request handlers shares: the services, and a few lookups over them. */
import type { CheckView } from '../ipc/views';
import { UserFacingError } from '../ipc/user-facing-error';
import type { ClipboardGuard } from '../services/clipboard/clipboard-guard';
import type { LoginService } from '../services/login';
import type { Notifier } from '../services/notifications/notifier';
import type { ProviderRevokeEndpoints } from '../services/provider-revoke';
import type { FetchFn } from '../services/server-client';
import { normalizeBaseUrl, type AuthIdServer } from '../services/servers/known-servers';
import { serverFor as serverForBaseUrl } from '../services/servers/server-for';
import type { SettingsService } from '../services/settings/settings';
import type { Vault } from '../services/vault/vault';
import type { VaultRecord } from '../services/vault/vault-record';
import type { AuthIdMasks } from './authid-masks';

/** The refresher as the handlers use it. */
export interface Checker {
  checkNow(id: string): Promise<CheckView>;
  checkAll(): Promise<void>;
}

export interface AppContext {
  readonly vault: Vault;
  readonly settings: SettingsService;
  readonly login: LoginService;
  readonly clipboard: ClipboardGuard;
  readonly checker: Checker;
  readonly masks: AuthIdMasks;
  /** The user's default browser; only http(s) addresses reach it. */
  readonly openExternal: (url: string) => Promise<void>;
  /** Shows a notice unless the user turned notifications off. */
  readonly notifier: Notifier;
  /** Brings the window up, at a record's detail when given. */
  readonly showRecord: (id: string | undefined) => void;
  readonly fetch: FetchFn | undefined;
  /** The providers' own revoke endpoints, replaced in tests by loopback stand-ins. */
  readonly providerRevokeEndpoints: ProviderRevokeEndpoints | undefined;
}

export function requireRecord(context: Pick<AppContext, 'vault'>, id: string): VaultRecord {
  const record = context.vault.get(id);
  if (record === undefined) throw new UserFacingError('not-found', 'That AuthID is no longer saved on this computer.');
  return record;
}

/** The configured server with this base URL; one since removed from Settings still counts as self-hosted. */
export function serverFor(context: Pick<AppContext, 'settings'>, baseUrl: string): AuthIdServer {
  return serverForBaseUrl(baseUrl, context.settings.values().servers);
}

/** Only servers listed in Settings may be used for a new login. */
export function configuredServer(context: Pick<AppContext, 'settings'>, baseUrl: string): AuthIdServer {
  let wanted: string;
  try {
    wanted = normalizeBaseUrl(baseUrl);
  } catch {
    throw new UserFacingError('unknown-server', 'That AuthID server address is not valid.');
  }
  const server = context.settings.values().servers.find((s) => s.baseUrl === wanted);
  if (server === undefined) throw new UserFacingError('unknown-server', `Add ${wanted} in Settings before you log in with it.`);
  return server;
}
