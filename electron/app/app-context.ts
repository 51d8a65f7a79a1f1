/** What every group of request handlers shares: the services, and a few lookups over them. */
import type { CheckView } from '../ipc/views';
import { UserFacingError } from '../ipc/user-facing-error';
import type { ClipboardGuard } from '../services/clipboard';
import type { LoginService } from '../services/login';
import type { Notifier } from '../services/notifications';
import type { ProviderRevokeEndpoints } from '../services/provider-revoke';
import type { FetchFn } from '../services/server-client';
import { mayReceiveAuthId, serverFor as serverForBaseUrl, type AuthIdServer } from '../services/servers';
import type { SettingsService } from '../services/settings';
import type { Vault, VaultRecord } from '../services/vault';
import type { FileDialogPort } from './file-dialog-port';
import type { KeychainSharing } from './keychain-sharing';
import type { SecretsFileSharing } from './secrets-file-sharing';

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
  /** The user's default browser; only http(s) addresses reach it. */
  readonly openExternal: (url: string) => Promise<void>;
  /** Shows a notice unless the user turned notifications off. */
  readonly notifier: Notifier;
  /** Brings the window up, at a record's detail when given. */
  readonly showRecord: (id: string | undefined) => void;
  readonly fetch: FetchFn | undefined;
  /** The providers' own revoke endpoints, replaced in tests by loopback stand-ins. */
  readonly providerRevokeEndpoints: ProviderRevokeEndpoints | undefined;
  /** The system's save and open dialogs, for export and import. */
  readonly fileDialogs: FileDialogPort;
  /** AuthIDs Duplicati reads from the system keychain; undefined where the app was built without it. */
  readonly keychain?: KeychainSharing;
  /** AuthIDs Duplicati reads from the encrypted secrets file; undefined where the app was built without it. */
  readonly secretsFile?: SecretsFileSharing;
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

/**
 * The server, if an AuthID may go there (see authid-recipient.ts); otherwise a refusal that names
 * the host. Every handler that sends an AuthID or starts a login goes through here.
 */
export function trustedServer(context: Pick<AppContext, 'settings'>, baseUrl: string): AuthIdServer {
  const decision = mayReceiveAuthId(baseUrl, context.settings.values().servers);
  if (!decision.allowed) throw new UserFacingError('untrusted-server', decision.message);
  return decision.server;
}
