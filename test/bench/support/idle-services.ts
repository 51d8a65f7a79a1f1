/**
 * The main-process services that hold AuthIDs and timers, composed as the app starts them on
 * its vault folder: the vault, the background refresher and the login service (no login
 * running). Any network call while idle is recorded, never sent.
 */
import { createLoginService } from '../../../electron/services/login';
import { createRefresher, type Refresher } from '../../../electron/services/refresher';
import { HOSTED_HANDLER, HOSTED_SERVICE } from '../../../electron/services/servers/known-servers';
import { fixedSettings } from '../../fixtures/fixed-settings';
import type { SettingsValues } from '../../../electron/services/settings/settings';
import type { SecretBox } from '../../../electron/services/vault/secret-box';
import type { Vault } from '../../../electron/services/vault/vault';
import type { BenchVaultFolder } from './bench-vault';

export interface IdleServices {
  readonly vault: Vault;
  readonly refresher: Refresher;
  /** URLs the services tried to fetch since they started. */
  readonly requests: readonly string[];
  stop(): Promise<void>;
}

const SETTINGS: SettingsValues = {
  servers: [HOSTED_HANDLER, HOSTED_SERVICE],
  checkIntervalHours: 24,
  notifications: false,
  clipboardClearSeconds: 30,
  theme: 'system',
  startAtLoginPreferred: false,
};

const refuse = (what: string) => () => Promise.reject(new Error(`an idle app opens no ${what}`));

export async function startIdleServices(folder: BenchVaultFolder, box: SecretBox): Promise<IdleServices> {
  const requests: string[] = [];
  const fetch = (input: string | URL | Request): Promise<Response> => {
    requests.push(input instanceof Request ? input.url : String(input));
    return Promise.reject(new Error('offline'));
  };
  const vault = await folder.open(box);
  const refresher = createRefresher({ vault, settings: fixedSettings(SETTINGS), fetch });
  const login = createLoginService({ window: { open: refuse('login window') }, browser: { open: refuse('browser') }, onProgress: () => undefined, fetch });
  refresher.start();
  await vault.flush();
  return {
    vault,
    refresher,
    requests,
    stop: async () => {
      await login.cancelAll();
      await refresher.stop();
      await vault.flush();
    },
  };
}
