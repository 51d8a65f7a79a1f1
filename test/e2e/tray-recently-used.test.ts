// The tray's Copy AuthID order survives a restart, on the real app core: the AuthID copied last
// from the tray still comes first in a tray opened again on the same folder (as main opens it
// at the next start), and what is kept is the record id, never the AuthID or its label.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openRecentlyUsed } from '../../electron/services/tray/recently-used';
import { useRealApp } from './journeys/real-app-suite';
import { realTray, type RealTray } from './support/real-tray';
import { FAMILY_PHOTOS, OLD_BOX, idOf, seedSampleAuthIds } from './support/sample-authids';

const start = useRealApp();

/** The Copy AuthID submenu's provider groups, in order. */
function groups(tray: RealTray): string[] {
  const copy = tray.menu().find((item) => item.kind === 'submenu' && item.id === 'copy-authid');
  return copy?.kind === 'submenu' ? copy.items.map((item) => (item.kind === 'separator' ? '---' : item.label)) : [];
}

describe("the tray's most recently used order", () => {
  it('Copy AuthID lists the AuthID copied last first again after a restart; only its id is kept', async () => {
    const { app, host } = await start({ seed: seedSampleAuthIds });
    const errors: unknown[] = [];
    const kept = () => openRecentlyUsed({ backend: app.folder.backend(), onError: (error) => void errors.push(error) });
    const before = await realTray(app, host, 'win32', kept());
    expect(groups(before)).toEqual(['Box', 'pCloud', 'Microsoft SharePoint', 'Dropbox']);
    await before.click('Copy AuthID', 'Box', OLD_BOX);
    await before.click('Copy AuthID', 'Dropbox', FAMILY_PHOTOS);
    expect(groups(before)).toEqual(['Dropbox', 'Box', 'pCloud', 'Microsoft SharePoint']);

    const afterRestart = await realTray(app, host, 'win32', kept());
    expect(groups(afterRestart)).toEqual(['Dropbox', 'Box', 'pCloud', 'Microsoft SharePoint']);
    const file = readFileSync(app.folder.file('tray-recently-used.json'), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ ids: [idOf(app, FAMILY_PHOTOS), idOf(app, OLD_BOX)] });
    for (const label of [FAMILY_PHOTOS, OLD_BOX]) {
      expect(file).not.toContain(await app.vault.readSecret(idOf(app, label)));
      expect(file).not.toContain(label);
    }
    expect(errors).toEqual([]);
  });
});
