import fs from 'node:fs';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronStoreBackend } from '../../../electron/adapters/electron-store-backend';
import { openSettings } from '../../../electron/services/settings/settings';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeAutostart } from '../../fixtures/fake-autostart';

let folder: TempFolder;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe('electronStoreBackend', () => {
  it('hands electron-store its options (file `name`, format version, no JSON schema: zod validates) and works on real files', async () => {
    const received: Record<string, unknown>[] = [];
    // What electron-store does with its options, minus Electron: `name` becomes conf's `configName`.
    class StandInElectronStore extends Conf<Record<string, unknown>> {
      constructor({ name, ...options }: { name?: string } & Record<string, unknown>) {
        received.push({ name, ...options });
        super({ ...options, ...(name === undefined ? {} : { configName: name }) });
      }
    }
    const backend = electronStoreBackend(StandInElectronStore, folder.directory);
    const settings = openSettings({ backend, autostart: new FakeAutostart() });
    await settings.update({ theme: 'dark' });

    expect(received[0]).toMatchObject({
      name: 'settings',
      cwd: folder.directory,
      projectVersion: '1.0.0',
      clearInvalidConfig: false,
      configFileMode: 0o600,
    });
    expect(received[0]).not.toHaveProperty('configName');
    expect(received[0]).not.toHaveProperty('schema');
    expect(JSON.parse(fs.readFileSync(folder.file('settings.json'), 'utf8')).theme).toBe('dark');
    expect(backend.pathOf('settings')).toBe(folder.file('settings.json'));
  });
});
