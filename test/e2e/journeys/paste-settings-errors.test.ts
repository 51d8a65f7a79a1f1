// Journeys on the real services besides the main one: paste-and-lint → fix → save; adding a
// real self-hosted server after testing it; and the error paths a user meets (server down,
// login cancelled, the server's pseudo-AuthID).
import { describe, expect, it  } from 'vitest';
import { startAuthIdStack } from '../../fixtures/authid-stack';
import { pageClosed } from '../../fixtures/waits/page-closed';
import { signInAtProvider } from '../../integration/login/support/provider-pages';
import { providerRow, serverChoices } from '../support/authorize-screen';
import { startLogin } from './journey-steps';
import { useRealApp } from './real-app-suite';

const start = useRealApp();

async function openScreen(page: import('playwright-core').Page, button: string, heading: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('paste a connection URL', () => {
  it('lint finds the repeated authid, the fixed URL saves as a new AuthID with its destination, and it checks healthy', async () => {
    const { app, host } = await start();
    const { page } = host;
    const { authId } = await app.stack.completeLogin(`${app.stack.baseUrl}/login?id=onedrivev2`);
    const refreshUrl = encodeURIComponent(`${app.stack.baseUrl}/refresh`);
    const good = `onedrivev2://Backups/Desk?authid=${encodeURIComponent(authId!)}&oauth-url=${refreshUrl}`;

    await openScreen(page, 'Paste', 'Paste a URL or AuthID');
    const text = page.getByRole('textbox', { name: 'Connection URL or AuthID' });
    await text.fill(`${good}&authid=${encodeURIComponent(authId!)}`);
    const save = page.getByRole('button', { name: 'Save as a new AuthID' });
    await page.locator('.paste-analysis').getByText('The URL holds authid= 2 times').waitFor();
    expect(await page.locator('.paste-analysis').textContent()).not.toContain(authId!.split(':')[1]);
    expect(await save.isDisabled()).toBe(true);

    await text.fill(good);
    await page.getByText('No problems found.').waitFor();
    await page.getByRole('textbox', { name: 'Label (optional)' }).fill('Desk at work');
    await save.click();
    await page.getByRole('heading', { name: 'Desk at work', level: 1 }).waitFor();

    const [record] = app.vault.list();
    expect(record).toMatchObject({ label: 'Desk at work', provider: 'onedrivev2', kind: 'v1', serverBaseUrl: app.stack.baseUrl });
    expect(record!.destinations).toEqual([expect.objectContaining({ path: 'Backups/Desk', options: {} })]);
    expect(await app.vault.readSecret(record!.id)).toBe(authId);
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
  });
});

describe('settings: a self-hosted server', () => {
  it('Test shows what a real server offers; once added, its providers are under Authorize', async () => {
    const { host } = await start();
    const { page } = host;
    const other = await startAuthIdStack();
    try {
      await openScreen(page, 'Settings', 'Settings');
      await page.getByRole('textbox', { name: 'Server address' }).fill(other.baseUrl);
      await page.getByRole('button', { name: 'Test', exact: true }).click();
      await page.getByText(/Offers: .*Dropbox/).waitFor();
      await page.getByRole('button', { name: 'Add server' }).click();
      const name = `Self-hosted (${new URL(other.baseUrl).host})`;
      await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) }).waitFor();
      await page.getByRole('button', { name: 'Authorize', exact: true }).click();
      expect(await serverChoices(providerRow(page, 'pCloud'))).toContain(name);
    } finally {
      await other.close();
    }
  });
});

describe('when things go wrong', () => {
  it('a server that is down: Test says it is not reachable and what to check', async () => {
    const { host } = await start();
    const { page } = host;
    const down = await startAuthIdStack();
    const address = down.baseUrl;
    await down.close();
    await openScreen(page, 'Settings', 'Settings');
    await page.getByRole('textbox', { name: 'Server address' }).fill(address);
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByText('Test failed.').waitFor();
    expect(await page.locator('main').textContent()).toContain(new URL(address).host);
  });

  it('cancelling a login closes the login page and saves nothing', async () => {
    const { app, host } = await start();
    const { panel, loginPage } = await startLogin(app, host, 'Box');
    await panel.getByRole('button', { name: 'Cancel login' }).click();
    await panel.getByText('Box: Login cancelled').waitFor();
    await pageClosed(loginPage);
    expect(app.vault.list()).toEqual([]);
  });

  it("the server's pseudo-AuthID is never saved; the user is told what to do and where to de-authorize", async () => {
    const { app, host } = await start();
    const { panel, loginPage } = await startLogin(app, host, 'Dropbox');
    await signInAtProvider(loginPage, app.stack, { account: 'declining-user', deny: true });
    await panel.getByText('Dropbox: The login did not finish').waitFor();
    expect(await panel.textContent()).toContain('This text is not an AuthID and was not saved.');
    expect(await panel.textContent()).toContain("Remove the app's access at Dropbox, then try again.");
    await panel.getByRole('button', { name: 'Open the de-authorize page (opens in your browser)' }).click();
    await app.openedUrls.until((urls) => urls.length > 0, 'the de-authorize page to open');
    expect(app.openedUrls).toEqual(['https://www.dropbox.com/account/connected_apps']);
    expect(app.vault.list()).toEqual([]);
    expect(app.notifier.notices.map((n) => n.title)).toEqual(['Dropbox sign-in failed']);
  });
});
