// The built-in server in the app's server list: absent while off, offering nothing while it does
// not run (so Authorize leaves it out), and only the providers it runs with once it does.
import { afterEach, describe, expect, it  } from 'vitest';
import { providerGroups } from '../../../../electron/app/views/provider-view';
import { openBuiltInServer, withBuiltInServer, type BuiltInServer } from '../../../../electron/services/built-in-server';
import { openSettings } from '../../../../electron/services/settings/settings';
import { osPickedPort } from '../../../fixtures/loopback-server';
import { memoryAutostart } from '../../../fixtures/app/recording-ports';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';

let folder: TempFolder;
let server: BuiltInServer | undefined;
afterEach(async () => {
  await server?.stop();
  folder?.remove();
});

async function open() {
  folder = tempFolder();
  server = await openBuiltInServer({ backend: folder.backend(), secretBox: new FakeSecretBox() });
  const settings = withBuiltInServer(openSettings({ backend: folder.backend(), autostart: memoryAutostart() }), server);
  return { server, settings };
}

const builtIn = (servers: readonly { flavour: string }[]) => servers.filter((s) => s.flavour === 'built-in');

describe('the built-in server in the server list', () => {
  it('absent while off; while not running it offers nothing and Authorize leaves it out', async () => {
    const { server, settings } = await open();
    expect(builtIn(settings.values().servers)).toEqual([]);
    const taken = await osPickedPort();
    try {
      await server.setPort(taken.port);
      await server.saveRegistration({ id: 'onedrivev2', clientId: 'desktop-app' });
      await server.setEnabled(true);
      expect(server.status().snapshot.server.status).toBe('port-taken');
      expect(builtIn(settings.values().servers)).toEqual([{ baseUrl: `http://127.0.0.1:${taken.port}`, flavour: 'built-in', offers: [] }]);
      expect(providerGroups(settings.values().servers).map((group) => group.server.flavour)).not.toContain('built-in');
    } finally {
      await taken.close();
    }
  });

  it('running, it offers exactly the registered providers, and its changes reach settings listeners', async () => {
    const { server, settings } = await open();
    const changes: number[] = [];
    settings.onChange((values) => changes.push(builtIn(values.servers).length));
    const free = await osPickedPort();
    await free.close();
    await server.setPort(free.port);
    await server.saveRegistration({ id: 'onedrivev2', clientId: 'desktop-app' });
    await server.saveRegistration({ id: 'dropbox', clientId: 'app-key' });
    await server.setEnabled(true);
    expect(server.status().snapshot.server.status).toBe('running');
    const group = providerGroups(settings.values().servers).find((g) => g.server.flavour === 'built-in');
    expect(group?.server.baseUrl).toBe(`http://127.0.0.1:${free.port}`);
    expect(group?.providers.map((p) => p.id)).toEqual(['onedrivev2', 'dropbox']);
    expect(changes.at(-1)).toBe(1);

    await server.setEnabled(false);
    expect(server.status().snapshot.server.status).toBe('stopped');
    expect(builtIn(settings.values().servers)).toEqual([]);
    expect(changes.at(-1)).toBe(0);
  });
});
