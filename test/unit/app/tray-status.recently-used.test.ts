// The tray's Copy AuthID order across a restart: kept in a document next to the settings, on
// real files, as record ids only; a file that cannot be written leaves this run's order intact.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openTrayStatus } from '../../../electron/app/tray-status';
import { openSettings } from '../../../electron/services/settings/settings';
import { openRecentlyUsed } from '../../../electron/services/tray/recently-used';
import { memoryAutostart } from '../../fixtures/app/recording-ports';
import { refuseWrites } from '../../e2e/support/failing-writes';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';

let folder: TempFolder | undefined;
afterEach(() => folder?.remove());

/** The tray status as main opens it at each start, on the same folder. */
async function startTray(on: TempFolder, errors: unknown[] = []) {
  const backend = on.backend();
  return openTrayStatus({
    settings: openSettings({ backend, autostart: memoryAutostart() }),
    onError: (error) => void errors.push(error),
    recentlyUsed: openRecentlyUsed({ backend, onError: (error) => void errors.push(error) }),
  });
}

describe("the tray's recently used AuthIDs", () => {
  it('survive a restart, the last used first, as ids only', async () => {
    folder = tempFolder();
    const first = await startTray(folder);
    first.used('id-a');
    first.used('id-b');
    first.used('id-a');
    const second = await startTray(folder);
    expect(second.recentlyUsed()).toEqual(['id-a', 'id-b']);
    expect(JSON.parse(readFileSync(folder.file('tray-recently-used.json'), 'utf8'))).toMatchObject({ ids: ['id-a', 'id-b'] });
  });

  it('a file that cannot be written is reported, and the order holds for this run', async () => {
    folder = tempFolder();
    const errors: unknown[] = [];
    const status = await startTray(folder, errors);
    status.used('id-a');
    refuseWrites({ folder }, 'tray-recently-used');
    status.used('id-b');
    expect(status.recentlyUsed()).toEqual(['id-b', 'id-a']);
    expect(errors).toHaveLength(1);
  });
});
