// Issue 15 item 4, in Chromium on the real app core: what revoking and removing say they did.
// The provider's de-authorize page comes with every outcome that leaves access there, the screen
// behind the dialog stays as it was until Done, the toast says "revoked" only when it was, and
// a failure names the button the user can press instead.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it  } from 'vitest';
import { HOSTED_SERVICE } from '../../electron/services/servers/known-servers';
import { closeServer, listenOnLoopback } from '../fixtures/loopback-server';
import { useRealApp } from './journeys/real-app-suite';
import { accessibleInBothThemes } from './support/both-themes';
import { waitForFocus } from './support/locator-waits';
import { MADE_UP_V1, realAuthId } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();
const DROPBOX_PAGE = 'https://www.dropbox.com/account/connected_apps';
const FAMILY_PHOTOS = 'Family photos';
const ARCHIVE = 'Archive (EU)';

/** One Dropbox AuthID from a real login at the loopback server, so revoking it reaches that server. */
const oneRealDropbox: NonNullable<Parameters<typeof start>[0]> = {
  seed: async ({ vault, stack }) => {
    await vault.add({ label: FAMILY_PHOTOS, defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: await realAuthId(stack, 'dropbox'), serverBaseUrl: stack.baseUrl });
  },
};

/** A pCloud token that never reaches pCloud: removing it asks nothing of a server. */
const onePcloud: NonNullable<Parameters<typeof start>[0]> = {
  seed: async ({ vault }) => {
    await vault.add({ label: ARCHIVE, defaultLabel: 'pCloud', provider: 'pcloud', kind: 'access-token-only', authId: 'pcloudAccessTokenAbcdef0123456789', serverBaseUrl: HOSTED_SERVICE.baseUrl, region: 'eapi.pcloud.com' });
  },
};

async function openDetail(label: string, seed: Parameters<typeof start>[0]) {
  const session = await start(seed);
  const { page } = session.host;
  await page.getByRole('button', { name: `Details for ${label}` }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
  return { ...session, page };
}

describe('revoking says what it did, in one wording', () => {
  it('a v1 AuthID revoked at the server: the provider page is linked, the screen behind stays, Done gets focus, the toast says revoked', async () => {
    const { app, page } = await openDetail(FAMILY_PHOTOS, oneRealDropbox);
    await page.getByRole('button', { name: 'Revoke…' }).click();
    const plan = page.getByRole('dialog', { name: `Revoke “${FAMILY_PHOTOS}”?` });
    await plan.getByText("The app's access at Dropbox stays. Remove it there too to end it.").waitFor();
    await plan.getByRole('button', { name: 'Revoke', exact: true }).click();

    const done = page.getByRole('dialog', { name: `“${FAMILY_PHOTOS}” is revoked` });
    await done.getByText('Revoked at the AuthID server.').waitFor();
    expect(await done.getByRole('status').textContent()).toContain("Dropbox still lists the app's access: remove it there too to end it completely.");
    await done.getByText("To end it completely, remove the app's access on the provider's page:").waitFor();
    expect(await done.locator('.external-link-url').allTextContents()).toEqual([DROPBOX_PAGE]);
    await waitForFocus(done.getByRole('button', { name: 'Done' }));
    expect(app.vault.list().map((record) => record.label)).not.toContain(FAMILY_PHOTOS);
    // The AuthID is gone, yet the screen behind the dialog does not jump to "not found" under it.
    expect(await page.getByRole('heading', { name: 'AuthID not found' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: FAMILY_PHOTOS, level: 1, includeHidden: true }).count()).toBe(1);
    await accessibleInBothThemes(page, { include: 'dialog' });
    await saveScreenshot(page, 'revoke-result-provider-link', { fullPage: false });

    expect(await done.getByRole('button', { name: "Open the provider's app-access page (opens in your browser)" }).count()).toBe(1);
    await done.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: `“${FAMILY_PHOTOS}” is revoked and removed from this computer.` }).waitFor();
  });

  it('a revoke that fails names the button that removes it here instead, and keeps it', async () => {
    const server = createServer();
    await listenOnLoopback(server);
    const closed = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await closeServer(server);
    const { app, page } = await openDetail('Unreachable', {
      seed: async ({ vault, settings }) => {
        await settings.addServer(closed);
        await vault.add({ label: 'Unreachable', defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: MADE_UP_V1, serverBaseUrl: closed });
      },
    });
    await page.getByRole('button', { name: 'Revoke…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke “Unreachable”?' });
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('Nothing was removed.', { exact: false }).waitFor();
    expect(await alert.textContent()).toContain('choose “Remove from this computer…” to delete it here only');
    expect(await alert.textContent()).not.toContain('Forget');
    await accessibleInBothThemes(page, { include: 'dialog' });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    // The button the message names is the one the screen has.
    await page.getByRole('button', { name: 'Remove from this computer…' }).waitFor();
    expect(app.vault.list()).toHaveLength(1);
  });

  it('removing from this computer says it is not revoked', async () => {
    const { page } = await openDetail(ARCHIVE, onePcloud);
    await page.getByRole('button', { name: 'Remove from this computer…' }).click();
    await page.getByRole('dialog').getByText('To stop it from working, choose Revoke… instead.').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove from this computer' }).click();
    await page.getByRole('status').filter({ hasText: `“${ARCHIVE}” is removed from this computer. It is not revoked.` }).waitFor();
  });
});
