// The Authorize screen in Chromium on the real services: providers grouped by server with who
// holds the tokens, and a real login's progress, steering (cancel, browser), success and errors.
import { describe, expect, test } from 'vitest';
import { pageClosed } from '../fixtures/waits/page-closed';
import { signInAtProvider } from '../integration/login/support/provider-pages';
import { startLogin } from './journeys/journey-steps';
import { useRealApp } from './journeys/real-app-suite';
import { realAuthId } from './support/sample-authids';

const start = useRealApp();

describe('authorizing a provider', () => {
  test('lists providers under their server with its note and who holds the tokens', async () => {
    const { app, host } = await start();
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const hosted = page.getByRole('region', { name: 'Duplicati AuthID service' });
    await hosted.waitFor();
    expect(await hosted.textContent()).toContain("Who holds the tokens: Duplicati's hosted service keeps your provider tokens");
    expect(await hosted.getByRole('heading', { name: 'Google Drive (limited)' }).count()).toBe(1);
    expect(await hosted.getByRole('heading', { name: 'pCloud' }).count()).toBe(0);
    const newer = page.getByRole('region', { name: 'Duplicati OAuth service (newer)' });
    expect(await newer.getByRole('heading', { name: 'pCloud' }).count()).toBe(1);
    const server = new URL(app.stack.baseUrl).host;
    const selfHosted = page.getByRole('region', { name: `Self-hosted (${server})` });
    expect(await selfHosted.textContent()).toContain(`Who holds the tokens: Your own server at ${server} holds the provider tokens`);
    expect(await selfHosted.getByRole('heading', { name: 'Jottacloud' }).count()).toBe(1);
    expect(await selfHosted.textContent()).toContain('personal login token');
  });

  test('shows what is happening, lets the user switch to the browser, then opens the new AuthID', async () => {
    const { app, host } = await start();
    const { page } = host;
    const { panel, loginPage } = await startLogin(app, host, 'Dropbox');
    await panel.getByText('Dropbox: Waiting for you in the login window').waitFor();
    expect(host.calls.find((call) => call.name === 'startLogin')?.payload).toEqual({ provider: 'dropbox', serverBaseUrl: app.stack.baseUrl });

    await panel.getByRole('button', { name: 'Use my browser instead' }).click();
    await panel.getByText('Dropbox: Waiting for you in your browser').waitFor();
    await pageClosed(loginPage);
    expect(app.openedUrls).toEqual([expect.stringMatching(new RegExp(`^${app.stack.baseUrl}/`))]);
    expect(await panel.getByRole('button', { name: 'Use my browser instead' }).count()).toBe(0);

    const inBrowser = await app.browserPages.nth(0, 'the login page in the system browser');
    await signInAtProvider(inBrowser, app.stack, { account: 'sam' });
    await panel.getByText('Dropbox: Done: the AuthID is saved').waitFor();
    await panel.getByRole('button', { name: 'Open the AuthID' }).click();
    await page.getByRole('heading', { name: 'Dropbox', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
  });

  test('Cancel stops the login and offers to try again', async () => {
    const { app, host } = await start();
    const { panel } = await startLogin(app, host, 'Box');
    await panel.getByRole('button', { name: 'Cancel login' }).click();
    await panel.getByText('Box: Login cancelled').waitFor();
    expect(await panel.textContent()).toContain('You cancelled the login. Nothing was saved.');
    await panel.getByRole('button', { name: 'Try again' }).click();
    await host.page.getByRole('region', { name: 'Login to Box' }).getByText('Waiting for you in the login window').waitFor();
    expect(host.calls.filter((call) => call.name === 'startLogin')).toHaveLength(2);
    await app.loginWindow.pages.nth(1, 'a second login window');
    expect(app.loginWindow.pages).toHaveLength(2);
  });

  test('a login at a server that is down ends at once, says so, and opens no window', async () => {
    const { app, host } = await start();
    await app.stack.server.close();
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const selfHosted = page.getByRole('region', { name: `Self-hosted (${new URL(app.stack.baseUrl).host})` });
    await selfHosted.getByRole('button', { name: 'Authorize Jottacloud' }).click();
    const panel = page.getByRole('region', { name: 'Login to Jottacloud' });
    await panel.getByText(/the AuthID server at 127\.0\.0\.1:\d+ could not be reached\. Nothing was saved\./).waitFor();
    expect(app.loginWindow.pages).toHaveLength(0);
    expect(app.vault.list()).toEqual([]);
  });

  test('a login started from the tray shows up here while it runs', async () => {
    const { app, host } = await start({
      seed: async ({ vault, stack }) => {
        await vault.add({ label: 'Team drive', defaultLabel: 'Microsoft OneDrive', provider: 'onedrivev2', kind: 'v1', authId: await realAuthId(stack, 'onedrivev2'), serverBaseUrl: stack.baseUrl });
      },
    });
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    await page.getByRole('heading', { name: 'Duplicati AuthID service' }).waitFor();
    await app.core.handlers.reauthorize({ id: app.vault.list()[0]!.id });
    await page.getByRole('region', { name: 'Login to Microsoft OneDrive' }).getByText('Waiting for you in the login window').waitFor();
  });
});
