// Issue 15 item 3, in Chromium on the real app core: a bare AuthID says little about itself, so
// the paste screen asks for its provider, AuthID server and (pCloud) region, pre-filled from
// what the AuthID's shape reveals, and saves it end to end; the first check then runs for real.
import { afterAll, describe, expect, it  } from 'vitest';
import { createRefresher } from '../../electron/services/refresher';
import { HOSTED_SERVICE } from '../../electron/services/servers/known-servers';
import { startPcloudStandIn, type PcloudStandIn } from '../integration/refresher/support/pcloud-stand-in';
import { useRealApp } from './journeys/real-app-suite';
import { accessibleInBothThemes } from './support/both-themes';
import { realAuthId } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

let pcloud: PcloudStandIn | undefined;
afterAll(async () => {
  await pcloud?.close();
});

const start = useRealApp();

async function openPaste() {
  const session = await start({
    // pCloud's /userinfo on loopback (a stand-in), so the first check of a pasted token stays on this computer.
    checker: (parts) => createRefresher({ ...parts, pcloudBaseUrl: () => pcloud?.baseUrl ?? 'http://127.0.0.1:9' }),
  });
  const { page } = session.host;
  await page.getByRole('button', { name: 'Paste', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Paste a URL or AuthID' }).waitFor();
  return { ...session, page };
}

describe('pasting a bare AuthID asks what it needs', () => {
  it('a v1 AuthID: choose the provider, the self-hosted server its shape reveals is pre-filled, save, and it is checked', async () => {
    const { app, host, page } = await openPaste();
    const authId = await realAuthId(app.stack, 'dropbox');
    const serverName = `Self-hosted (${new URL(app.stack.baseUrl).host})`;
    await page.getByRole('textbox', { name: 'Connection URL or AuthID' }).fill(authId);
    const choices = page.getByRole('group', { name: 'Where this AuthID belongs' });
    await choices.getByText('A v1 AuthID from a self-hosted AuthID server (its password has 32 characters); it does not say which provider it is for.').waitFor();
    await page.getByText('This AuthID does not say which provider it belongs to.').waitFor();
    const save = page.getByRole('button', { name: 'Save as a new AuthID' });
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    const provider = choices.getByRole('combobox', { name: 'Provider' });
    // Only providers whose AuthIDs can look like this (no pCloud: its tokens have no colon).
    expect(await provider.locator('option').allTextContents()).not.toContain('pCloud');

    await provider.focus();
    await provider.selectOption({ label: 'Dropbox' });
    await page.getByRole('heading', { name: 'An AuthID for Dropbox' }).waitFor();
    const server = choices.getByRole('combobox', { name: 'AuthID server' });
    expect(await server.locator('option:checked').textContent()).toBe(serverName);
    await page.getByText('No problems found.').waitFor();
    expect(await save.getAttribute('aria-disabled')).toBeNull();
    // The choice did not move the focus away from where the user made it.
    expect(await provider.evaluate((element) => element === document.activeElement)).toBe(true);
    await accessibleInBothThemes(page, { include: '.app-main' });
    await saveScreenshot(page, 'paste-bare-authid');

    await page.getByRole('textbox', { name: 'Label (optional)' }).fill('Pasted Dropbox');
    await save.click();
    await page.getByRole('heading', { name: 'Pasted Dropbox', level: 1 }).waitFor();
    expect(host.calls.find((call) => call.name === 'savePaste')?.payload).toMatchObject({ provider: 'dropbox' });
    expect(app.vault.list()).toMatchObject([{ label: 'Pasted Dropbox', provider: 'dropbox', kind: 'v1', serverBaseUrl: app.stack.baseUrl }]);
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
  });

  it('a pCloud token: choose pCloud, then its region (which the token does not say), save, and it is checked at that region', async () => {
    const { app, page } = await openPaste();
    pcloud ??= await startPcloudStandIn(app.stack.provider.issuer);
    const token = await realAuthId(app.stack, 'pcloud');
    await page.getByRole('textbox', { name: 'Connection URL or AuthID' }).fill(token);
    const choices = page.getByRole('group', { name: 'Where this AuthID belongs' });
    await choices.getByText('It has no colon, so it is an access token (pCloud or Dropbox)', { exact: false }).waitFor();
    const provider = choices.getByRole('combobox', { name: 'Provider' });
    expect(await provider.locator('option').allTextContents()).toEqual(['Choose the provider you logged in to…', 'Dropbox', 'pCloud']);

    await provider.selectOption({ label: 'pCloud' });
    const region = choices.getByRole('group', { name: 'pCloud region' });
    await region.waitFor();
    await page.getByText('A pCloud token works only with its own region, and the token does not say which.').waitFor();
    const save = page.getByRole('button', { name: 'Save as a new AuthID' });
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    expect(await choices.getByRole('combobox', { name: 'AuthID server' }).locator('option:checked').textContent()).toBe('Duplicati OAuth service (newer)');

    await region.getByRole('radio', { name: 'Europe (eapi.pcloud.com)' }).check();
    await page.getByText('No problems found.').waitFor();
    expect(await save.getAttribute('aria-disabled')).toBeNull();
    await accessibleInBothThemes(page, { include: '.app-main' });
    await saveScreenshot(page, 'paste-pcloud-region');
    await save.click();
    await page.getByRole('heading', { name: 'pCloud', level: 1 }).waitFor();
    expect(app.vault.list()).toMatchObject([{ provider: 'pcloud', kind: 'access-token-only', region: 'eapi.pcloud.com', serverBaseUrl: HOSTED_SERVICE.baseUrl }]);
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
  });
});
