/** A refresher on fake time and a scripted server, over a real vault on temporary files. */
import { createRefresher, type Refresher, type RefresherDeps } from '../../../../../electron/services/refresher';
import type { ProviderId } from '../../../../../electron/services/providers/provider-id';
import type { AuthIdKind } from '../../../../../electron/services/authids/authid-kind';
import { HOSTED_HANDLER } from '../../../../../electron/services/servers/known-servers';
import { openSettings, type SettingsService } from '../../../../../electron/services/settings/settings';
import { openVault, type Vault } from '../../../../../electron/services/vault/vault';
import { memoryAutostart } from '../../../../fixtures/app/recording-ports';
import { tempFolder, type TempFolder } from '../../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../../fixtures/fake-secret-box';
import { FakeTime } from '../../../../fixtures/fake-time';
import { ScriptedServer } from './scripted-server';

export interface Harness {
  readonly time: FakeTime;
  readonly server: ScriptedServer;
  readonly vault: Vault;
  readonly box: FakeSecretBox;
  readonly refresher: Refresher;
  /** Real settings on the same folder: a test adds the self-hosted servers its AuthIDs use. */
  readonly settings: SettingsService;
  add(authId: string, options?: { provider?: ProviderId; kind?: AuthIdKind; serverBaseUrl?: string; region?: string }): Promise<string>;
  /** Lets pending promise work (vault encryption, fetch answers) run. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;

export async function harness(overrides: Partial<RefresherDeps> = {}, intervalHours = 24): Promise<Harness> {
  const folder: TempFolder = tempFolder();
  const time = new FakeTime();
  const box = new FakeSecretBox();
  const server = new ScriptedServer(time.now);
  const vault = await openVault({ backend: folder.backend(), secretBox: box, clock: time, ids: () => `rec-${(counter += 1)}` });
  const settings = openSettings({ backend: folder.backend(), autostart: memoryAutostart() });
  await settings.update({ checkIntervalHours: intervalHours });
  const refresher = createRefresher({
    vault,
    settings,
    clock: time,
    timers: time,
    random: () => 0.5,
    fetch: server.fetch,
    ...overrides,
  });
  const settle = async (): Promise<void> => {
    for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    time,
    server,
    vault,
    box,
    refresher,
    settings,
    add: async (authId, { provider = 'onedrivev2', kind = 'v1', serverBaseUrl = HOSTED_HANDLER.baseUrl, region } = {}) =>
      (await vault.add({ defaultLabel: provider, provider, kind, serverBaseUrl, authId, ...(region ? { region } : {}) })).id,
    settle,
    close: async () => {
      await refresher.stop();
      await vault.flush();
      folder.remove();
    },
  };
}

/** A well-formed v1 AuthID, distinct per `n`. */
export const v1 = (n: number): string => `${n.toString(16).padStart(30, '0')}:Secret-password-${String(n).padStart(5, '0')}`;
