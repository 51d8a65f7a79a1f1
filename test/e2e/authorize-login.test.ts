// The Authorize screen in Chromium on the real services: one list of providers, each through its
// recommended server with the others one step away, and a real login's progress right under the
// provider, steering (cancel, browser), success and errors.
import { describe, expect, it  } from 'vitest';
import { pageClosed } from '../fixtures/waits/page-closed';
import { signInAtProvider } from '../integration/login/support/provider-pages';
import { startLogin } from './journeys/journey-steps';
import { useRealApp } from './journeys/real-app-suite';
import { providerRow, serverChoices, serverOf } from './support/authorize-screen';
import { expectInView } from './support/in-view';
import { realAuthId } from './support/sample-authids';

const start = useRealApp();

describe('authorizing a provider', () => {
  it('leads with one list of providers, each through its recommended server, the others one step away with who holds the tokens', async () => {
    const { app, host } = await start();
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const list = page.getByRole('list', { name: 'Providers' });
    await list.waitFor();
    const server = new URL(app.stack.baseUrl).host;
    const selfHosted = `Self-hosted (${server})`;
    // The whole list is a few screens, not three screens per server.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3 * 640);
    // Each provider once, not once per server.
    expect(await page.getByRole('heading', { name: 'Dropbox', exact: true }).count()).toBe(1);
    const dropbox = providerRow(page, 'Dropbox');
    expect(await dropbox.textContent()).toContain('The login does not expire');
    // The user added their own server in Settings, so it is the one recommended.
    expect(await serverOf(dropbox)).toBe(selfHosted);
    expect(await serverChoices(dropbox)).toEqual([selfHosted, 'Duplicati AuthID service', 'Duplicati OAuth service (newer)']);
    expect(await dropbox.textContent()).toContain("Duplicati's hosted service keeps your provider tokens");
    expect(await dropbox.textContent()).toContain(`Your own server at ${server} holds the provider tokens`);
    await dropbox.getByRole('radio', { name: /^Duplicati AuthID service/ }).check();
    await dropbox.getByText('Through Duplicati AuthID service').waitFor();
    // pCloud is not on the hosted handler; Jottacloud's note says how it logs in.
    expect(await serverChoices(providerRow(page, 'pCloud'))).toEqual([selfHosted, 'Duplicati OAuth service (newer)']);
    expect(await providerRow(page, 'Jottacloud').textContent()).toContain('personal login token');
  });

  it('a search box narrows the list as the user types', async () => {
    const { host } = await start();
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const search = page.getByRole('searchbox', { name: 'Search providers' });
    await search.fill('microsoft');
    await providerRow(page, 'Dropbox').waitFor({ state: 'detached' });
    const names = await page.getByRole('list', { name: 'Providers' }).getByRole('heading', { level: 2 }).allTextContents();
    expect(names).toEqual(['Microsoft OneDrive', 'Microsoft SharePoint', 'Microsoft 365 Group']);
    await expectInView(page, providerRow(page, 'Microsoft OneDrive'));
    await search.fill('no such thing');
    await page.getByText('No provider matches “no such thing”.').waitFor();
    await page.getByRole('button', { name: 'Show all providers' }).click();
    await providerRow(page, 'Dropbox').waitFor();
    expect(await search.inputValue()).toBe('');
  });

  it('a login started low on the list shows its progress right there, takes focus, and keeps Cancel in reach', async () => {
    const { app, host } = await start();
    const { page } = host;
    const { panel } = await startLogin(app, host, 'Dropbox');
    // Next to the provider that was clicked, in view, and where keyboard and screen reader are.
    expect(await providerRow(page, 'Dropbox').getByRole('region', { name: 'Login to Dropbox' }).count()).toBe(1);
    await expectInView(page, panel);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Login to Dropbox');
    expect(await panel.getByRole('status').textContent()).toContain('Dropbox: Waiting for you in the login window');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel login');
    await expectInView(page, panel.getByRole('button', { name: 'Cancel login' }));

    await page.keyboard.press('Enter');
    await panel.getByText('Dropbox: Login cancelled').waitFor();
    // Cancel is gone; focus moves on to what comes next instead of falling to the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 5_000 }).toBe('Try again');
    await expectInView(page, panel.getByRole('button', { name: 'Try again' }));
  });

  it('shows what is happening, lets the user switch to the browser, then opens the new AuthID', async () => {
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

  it('Cancel stops the login and offers to try again', async () => {
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

  it('a login at a server that is down ends at once, says so, and opens no window', async () => {
    const { app, host } = await start();
    await app.stack.server.close();
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    await providerRow(page, 'Jottacloud').getByRole('button', { name: 'Authorize Jottacloud' }).click();
    const panel = page.getByRole('region', { name: 'Login to Jottacloud' });
    await panel.getByText(/the AuthID server at 127\.0\.0\.1:\d+ could not be reached\. Nothing was saved\./).waitFor();
    expect(app.loginWindow.pages).toHaveLength(0);
    expect(app.vault.list()).toEqual([]);
  });

  it('a login started from the tray shows up here while it runs', async () => {
    const { app, host } = await start({
      seed: async ({ vault, stack }) => {
        await vault.add({ label: 'Team drive', defaultLabel: 'Microsoft OneDrive', provider: 'onedrivev2', kind: 'v1', authId: await realAuthId(stack, 'onedrivev2'), serverBaseUrl: stack.baseUrl });
      },
    });
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    await page.getByRole('list', { name: 'Providers' }).waitFor();
    await app.core.handlers.reauthorize({ id: app.vault.list()[0]!.id });
    await providerRow(page, 'Microsoft OneDrive').getByRole('region', { name: 'Login to Microsoft OneDrive' }).getByText('Waiting for you in the login window').waitFor();
  });
});
