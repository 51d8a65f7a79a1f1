// Two copies of the app on one vault folder, in Chromium on the real app core: when another copy
// saved the vault after this one read it, this one refuses to overwrite it and says so in the
// window (next to the action, and in the banner), and what the other copy saved survives.
import { describe, expect, it  } from 'vitest';
import { openVault } from '../../electron/services/vault/vault';
import { FakeSecretBox } from '../fixtures/fake-secret-box';
import { useRealApp } from './journeys/real-app-suite';
import { MADE_UP_V1 } from './support/sample-authids';

const start = useRealApp();

describe('a second copy of the app on the same vault', () => {
  it("is not overwritten: the save is refused with a clear message and the other copy's AuthID stays", async () => {
    const { app, host } = await start({
      seed: async ({ vault }) => {
        await vault.add({ label: 'Family photos', defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: MADE_UP_V1, serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
      },
    });
    const { page } = host;
    await page.getByRole('button', { name: 'Rename Family photos' }).waitFor();

    const other = await openVault({ backend: app.folder.backend(), secretBox: new FakeSecretBox() });
    await other.add({ label: 'Saved by the other copy', defaultLabel: 'Box', provider: 'box.com', kind: 'v1', authId: MADE_UP_V1.replace('Pass', 'Ssap'), serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    await other.flush();

    await page.getByRole('button', { name: 'Rename Family photos' }).click();
    await page.getByRole('textbox', { name: 'New label for Family photos' }).fill('Photos');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /^Nothing was saved: .*vault\.json was changed by another program/ }).waitFor();
    const banner = page.getByRole('region', { name: 'Storage protection warning' });
    await banner.getByText('most likely a second copy of AuthID Manager using the same folder').waitFor();
    expect(await banner.textContent()).toContain('Quit every other copy, then restart AuthID Manager.');

    const afterRestart = await openVault({ backend: app.folder.backend(), secretBox: new FakeSecretBox() });
    expect(afterRestart.list().map((r) => r.label).sort()).toEqual(['Family photos', 'Saved by the other copy']);
  });
});
