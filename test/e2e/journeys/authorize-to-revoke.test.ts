// The main journey on the real services: authorize at the real AuthID server and provider in a
// real login page → the AuthID appears → build a URL → copy (what the clipboard received) →
// save a destination (it reaches the tray menu) → revoke at the server → gone everywhere.
import { describe, expect, it  } from 'vitest';
import { revoke } from '../../../electron/services/server-client';
import { buildTrayMenu } from '../../../electron/app/tray-menu-model';
import { pageClosed } from '../../fixtures/waits/page-closed';
import { signInAtProvider } from '../../integration/login/support/provider-pages';
import { authorize, startLogin } from './journey-steps';
import { useRealApp } from './real-app-suite';

const start = useRealApp();

describe('authorize → URL → copy → destination → revoke, on the real services', () => {
  it('a Dropbox AuthID from the real server goes all the way through', async () => {
    const { app, host } = await start();
    const { page } = host;
    await authorize(app, host, 'Dropbox', 'journey-user');

    const [record] = app.vault.list();
    expect(record).toMatchObject({ provider: 'dropbox', kind: 'v1', serverBaseUrl: app.stack.baseUrl });
    const secret = await app.vault.readSecret(record!.id);
    expect(app.notifier.notices.map((n) => n.title)).toContain('Signed in to Dropbox');
    // The login window closed itself once the AuthID was captured.
    await pageClosed(app.loginWindow.pages[0]!);

    await page.getByRole('region', { name: 'Login to Dropbox' }).getByRole('button', { name: 'Open the AuthID' }).click();
    await page.getByRole('heading', { name: record!.label, level: 1 }).waitFor();
    // The first check ran against the real server right after the login.
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
    expect(await page.content()).not.toContain(secret.split(':')[1]);

    await page.getByLabel('Folder path').fill('Backups/Laptop');
    const preview = page.locator('output.url-preview-text');
    await preview.getByText('dropbox://Backups/Laptop?authid=').waitFor();
    expect(await preview.textContent()).toContain(`oauth-url=${encodeURIComponent(`${app.stack.baseUrl}/refresh`)}`);
    expect(await preview.textContent()).not.toContain(secret.split(':')[1]);

    await page.getByRole('button', { name: 'Copy URL' }).click();
    await page.getByRole('status').filter({ hasText: 'Connection URL copied.' }).waitFor();
    const expected = `dropbox://Backups/Laptop?authid=${encodeURIComponent(secret)}&oauth-url=${encodeURIComponent(`${app.stack.baseUrl}/refresh`)}`;
    expect(app.clipboard.writes).toEqual([expected]);

    await page.getByRole('button', { name: 'Save as destination' }).click();
    await page.getByRole('textbox', { name: 'Destination name' }).fill('Laptop');
    await page.getByRole('button', { name: 'Save as destination' }).click();
    await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Laptop' }) }).waitFor();
    const menu = buildTrayMenu({
      authIds: app.core.state().authIds,
      providerGroups: app.core.providerGroups(),
      logins: [],
      checking: 0,
      recentlyUsed: [],
      startAtLogin: false,
      platform: 'linux',
    });
    expect(JSON.stringify(menu)).toContain(`"type":"copy-url","id":"${record!.id}"`);

    await page.getByRole('button', { name: 'Revoke…' }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke “${record!.label}”?` });
    await dialog.getByText(`Ask the AuthID server (${new URL(app.stack.baseUrl).host}) to delete this AuthID`).waitFor();
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    const done = page.getByRole('dialog', { name: `“${record!.label}” is revoked` });
    await done.getByText(/revoked/i).first().waitFor();
    await done.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
    expect(app.vault.list()).toEqual([]);

    // Gone at the server too: a second revoke finds no such AuthID there.
    const again = await revoke(secret, { baseUrl: app.stack.baseUrl, flavour: 'self-hosted' });
    expect(again).toMatchObject({ ok: false });
    expect(again.ok ? '' : again.kind).toMatch(/unknown-authid/);
  });

  it('"Use my browser instead" closes the login window and still captures the AuthID from the browser', async () => {
    const { app, host } = await start();
    const { panel, loginPage } = await startLogin(app, host, 'Microsoft OneDrive');
    await panel.getByRole('button', { name: 'Use my browser instead' }).click();
    await panel.getByText('Waiting for you in your browser').waitFor();
    await pageClosed(loginPage);
    const inBrowser = await app.browserPages.nth(0, 'the login page in the system browser');
    // The browser went where the window did: straight to the provider's sign-in.
    expect(new URL(inBrowser.url()).origin).toBe(app.stack.provider.issuer);
    expect(app.openedUrls).toEqual([expect.stringMatching(new RegExp(`^${app.stack.baseUrl}/login\\?id=onedrivev2&`))]);
    await signInAtProvider(inBrowser, app.stack, { account: 'browser-user' });
    await panel.getByText('Done: the AuthID is saved').waitFor();
    expect(app.vault.list()).toEqual([expect.objectContaining({ provider: 'onedrivev2', kind: 'v1' })]);
  });
});
