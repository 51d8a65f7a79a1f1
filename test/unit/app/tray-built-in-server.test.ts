// The built-in AuthID server's line in the tray, from the real built-in server service on real
// files through the real tray inputs and menu model: none while off or without a provider, its
// address while it runs, the taken port or the misconfigured provider otherwise, and a change of
// the server's state tells the tray.
import { afterEach, describe, expect, it } from 'vitest';
import { builtInServerMenu } from '../../../electron/app/tray-built-in-server';
import { trayInputs } from '../../../electron/app/tray-inputs';
import { buildTrayMenu } from '../../../electron/app/tray-menu-model';
import { openTrayStatus } from '../../../electron/app/tray-status';
import type { AppStateView } from '../../../electron/ipc/views';
import { openBuiltInServer, withBuiltInServer, type BuiltInServer, type BuiltInServerStatus } from '../../../electron/services/built-in-server';
import { openSettings } from '../../../electron/services/settings/settings';
import type { TrayMenuItem } from '../../../electron/services/tray/tray-menu-item';
import { memoryAutostart } from '../../fixtures/app/recording-ports';
import { osPickedPort } from '../../fixtures/loopback-server';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { HOSTED_GROUP } from '../../fixtures/view-builders';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';

let folder: TempFolder | undefined;
let server: BuiltInServer | undefined;
afterEach(async () => {
  await server?.stop();
  folder?.remove();
});

const STATE: AppStateView = {
  authIds: [],
  logins: [],
  storage: { protection: 'os-encrypted', backend: 'gnome-libsecret', explanation: 'Encrypted by the system keyring.', weakOptInAllowed: false, weakOptIn: false },
};

/** The tray as main composes it, with a stand-in for the app core's read side around the real built-in server. */
async function setUp() {
  folder = tempFolder();
  const builtIn = await openBuiltInServer({ backend: folder.backend(), secretBox: new FakeSecretBox() });
  server = builtIn;
  const settings = withBuiltInServer(openSettings({ backend: folder.backend(), autostart: memoryAutostart() }), builtIn);
  const status = await openTrayStatus({ settings, onError: (error) => { throw error; } });
  const core = { state: () => STATE, providerGroups: () => [HOSTED_GROUP], onStateChange: () => () => undefined, duplicati: undefined, builtInServer: builtIn };
  const inputs = trayInputs(core, status);
  const line = () => lineOf(buildTrayMenu({ ...inputs.current(), platform: 'linux' }));
  /** The line's label each time the tray was told to rebuild its menu. */
  const told: (string | undefined)[] = [];
  inputs.onChange(() => {
    const item = line();
    told.push(item?.kind === 'normal' ? item.label : undefined);
  });
  return { builtIn, line, told };
}

function lineOf(items: readonly TrayMenuItem[]): TrayMenuItem | undefined {
  return items.find((item) => item.kind !== 'separator' && item.id === 'built-in-server');
}

const opensSettings = (label: string) => ({ kind: 'normal', id: 'built-in-server', label, enabled: true, action: { type: 'open-built-in-server' } });

describe("the tray's built-in server line", () => {
  it('is absent while the server is off, and while it is on without a provider', async () => {
    const { builtIn, line } = await setUp();
    expect(line()).toBeUndefined();
    await builtIn.setEnabled(true);
    expect(builtIn.status().snapshot.server.status).toBe('no-providers');
    expect(line()).toBeUndefined();
  });

  it('running, it names the address and opens Settings; a taken port says what to do; off, it goes', async () => {
    const { builtIn, line, told } = await setUp();
    const free = await osPickedPort();
    await free.close();
    await builtIn.setPort(free.port);
    await builtIn.saveRegistration({ id: 'onedrivev2', clientId: 'desktop-app' });
    await builtIn.setEnabled(true);
    const running = `Built-in AuthID server: running on 127.0.0.1:${free.port}`;
    expect(line()).toEqual(opensSettings(running));
    expect(told).toContain(running);

    const taken = await osPickedPort();
    try {
      await builtIn.setPort(taken.port);
      const portTaken = `Built-in AuthID server: port ${taken.port} is taken — open Settings to choose another`;
      expect(line()).toEqual(opensSettings(portTaken));
      expect(told).toContain(portTaken);
    } finally {
      await taken.close();
    }
    await builtIn.setEnabled(false);
    expect(line()).toBeUndefined();
    expect(told.at(-1)).toBeUndefined();
  });

  it('a provider saved without the client secret it needs is named, with what is missing', async () => {
    const { builtIn, line } = await setUp();
    await builtIn.saveRegistration({ id: 'box.com', clientId: 'my-box-app' });
    await builtIn.setEnabled(true);
    expect(line()).toEqual(opensSettings('Built-in AuthID server: Box.com is misconfigured (no client secret) — open Settings'));
  });
});

describe('builtInServerMenu', () => {
  const running = (providers: BuiltInServerStatus['snapshot']['providers']): BuiltInServerStatus => ({
    enabled: true,
    port: 8357,
    starting: false,
    registrations: Object.keys(providers).map((id) => ({ id, clientId: 'c', hasSecret: true, secretKept: 'encrypted' })),
    snapshot: {
      server: { status: 'running', baseUrl: 'http://127.0.0.1:8357', port: 8357, refreshUrl: 'http://127.0.0.1:8357/refresh', redirectUri: 'http://127.0.0.1:8357/logged-in' },
      providers,
    },
  });
  const refused = { status: 'misconfigured', reason: 'invalid-client', message: 'refused' } as const;

  it("names a provider the provider refused by the provider's error code", () => {
    expect(builtInServerMenu(running({ googledrive: refused, dropbox: { status: 'ready' } }))).toEqual([
      opensSettings('Built-in AuthID server: Google Drive (limited) is misconfigured (invalid_client) — open Settings'),
    ]);
  });

  it('counts several misconfigured providers', () => {
    expect(builtInServerMenu(running({ googledrive: refused, dropbox: { ...refused, reason: 'redirect-mismatch' } }))).toEqual([
      opensSettings('Built-in AuthID server: 2 providers are misconfigured — open Settings'),
    ]);
  });

  it('says it is starting while a start is under way', () => {
    expect(builtInServerMenu({ ...running({ dropbox: { status: 'unchecked' } }), starting: true })).toEqual([
      opensSettings('Built-in AuthID server: starting on 127.0.0.1:8357…'),
    ]);
  });
});
