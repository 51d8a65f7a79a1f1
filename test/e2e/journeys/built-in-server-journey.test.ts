// Issue 16's whole path on the real app core in Chromium: the user sets up Box (an app with a
// client secret) in Settings → Built-in AuthID server, authorizes through that server at the
// real OAuth provider, copies the connection URL, and the AuthID in it refreshes at the URL's
// own oauth-url the way Duplicati asks (`X-AuthID`), on this computer only.
import { describe, expect, it } from 'vitest';
import { osPickedPort } from '../../fixtures/loopback-server';
import { signInAtProvider } from '../../integration/login/support/provider-pages';
import { providerRow } from '../support/authorize-screen';
import { openBuiltInSection, setUpBuiltInServer } from '../support/built-in-server-settings';
import { useRealApp } from './real-app-suite';

const start = useRealApp();

describe('the built-in AuthID server, from setup to a refresh as Duplicati does it', () => {
  it('Box set up in Settings, authorized through it, its copied URL refreshes at its oauth-url', async () => {
    const { app, host } = await start();
    const { page } = host;
    const free = await osPickedPort();
    await free.close();
    const baseUrl = `http://127.0.0.1:${free.port}`;
    const section = await openBuiltInSection(page);
    await setUpBuiltInServer(section, free.port, 'Box.com', { clientId: 'rotating', clientSecret: app.stack.provider.clients.rotating.clientSecret });
    await section.getByText(`Running on ${baseUrl}.`, { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const box = providerRow(page, 'Box');
    await box.getByText('Through Built into this app').waitFor();
    const opened = app.loginWindow.pages.length;
    await box.getByRole('button', { name: 'Authorize Box' }).click();
    const loginPage = await app.loginWindow.pages.nth(opened, 'the login window');
    await loginPage.waitForURL((url) => url.origin === app.stack.provider.issuer);
    await signInAtProvider(loginPage, app.stack, { account: 'robin' });
    const panel = page.getByRole('region', { name: 'Login to Box' });
    await panel.getByText('Done: the AuthID is saved').waitFor();
    const [record] = app.vault.list();
    expect(record?.serverBaseUrl).toBe(baseUrl);

    await panel.getByRole('button', { name: 'Open the AuthID' }).click();
    await page.getByRole('heading', { name: record!.label, level: 1 }).waitFor();
    await page.getByLabel('Folder path').fill('Backups/Desk');
    await page.getByRole('button', { name: 'Copy URL' }).click();
    await page.getByRole('status').filter({ hasText: 'Connection URL copied.' }).waitFor();

    // What Duplicati gets: the AuthID and where to refresh it, both from the pasted URL.
    const copied = new URL(app.clipboard.writes.at(-1) ?? '');
    const oauthUrl = copied.searchParams.get('oauth-url');
    expect(oauthUrl).toBe(`${baseUrl}/refresh`);
    const authId = copied.searchParams.get('authid') ?? '';
    expect(authId).toBe(await app.vault.readSecret(record!.id));
    const refreshed = await fetch(oauthUrl!, { headers: { 'X-AuthID': authId } });
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toMatchObject({ type: 'box.com', access_token: expect.any(String) });
  });
});
