// The Authorize screen in Chromium: providers grouped by server with who holds the tokens,
// and a login's progress, steering (cancel, browser), success and errors.
import { describe, expect, test } from 'vitest';
import { useAppInChromium } from './support/browser-suite';
import { createInMemoryHandlers } from './support/in-memory-handlers';

const openApp = useAppInChromium();

async function openAuthorize(double = createInMemoryHandlers()) {
  const host = await openApp(double);
  await host.page.getByRole('button', { name: 'Authorize', exact: true }).click();
  await host.page.getByRole('heading', { name: 'Duplicati AuthID service' }).waitFor();
  return { double, host, page: host.page };
}

describe('authorizing a provider', () => {
  test('lists providers under their server with its note and who holds the tokens', async () => {
    const { page } = await openAuthorize();
    const hosted = page.getByRole('region', { name: 'Duplicati AuthID service' });
    expect(await hosted.textContent()).toContain("Who holds the tokens: Duplicati's hosted service keeps your provider tokens");
    expect(await hosted.getByRole('heading', { name: 'Google Drive (limited)' }).count()).toBe(1);
    expect(await hosted.textContent()).toContain('Limited access: only the files Duplicati creates.');
    expect(await hosted.textContent()).toContain('personal login token');
    const newer = page.getByRole('region', { name: 'Duplicati OAuth service (newer)' });
    expect(await newer.getByRole('heading', { name: 'pCloud' }).count()).toBe(1);
    expect(await hosted.getByRole('heading', { name: 'pCloud' }).count()).toBe(0);
  });

  test('shows what is happening, lets the user switch to the browser, then opens the new AuthID', async () => {
    const { double, host, page } = await openAuthorize();
    await page.getByRole('button', { name: 'Authorize Dropbox' }).click();
    const panel = page.getByRole('region', { name: 'Login to Dropbox' });
    await panel.getByText('Dropbox: Waiting for you in the login window').waitFor();
    expect(host.calls.find((call) => call.name === 'startLogin')?.payload).toEqual({
      provider: 'dropbox',
      serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com',
    });

    await panel.getByRole('button', { name: 'Use my browser instead' }).click();
    await panel.getByText('Dropbox: Waiting for you in your browser').waitFor();
    expect(double.openedUrls).toEqual(['https://duplicati-oauth-handler.appspot.com/login?id=dropbox']);
    expect(await panel.getByRole('button', { name: 'Use my browser instead' }).count()).toBe(0);

    double.finishLogin(double.loginIds[0]!, { result: 'succeeded', accountName: 'sam@example.com' });
    await panel.getByText('Dropbox: Done: the AuthID is saved').waitFor();
    await panel.getByRole('button', { name: 'Open the AuthID' }).click();
    await page.getByRole('heading', { name: 'Dropbox', level: 1 }).waitFor();
    expect(await page.getByText('sam@example.com').count()).toBe(1);
  });

  test('Cancel stops the login and offers to try again', async () => {
    const { host, page } = await openAuthorize();
    await page.getByRole('button', { name: 'Authorize Box' }).click();
    const panel = page.getByRole('region', { name: 'Login to Box' });
    await panel.getByRole('button', { name: 'Cancel login' }).click();
    await panel.getByText('Box: Login cancelled').waitFor();
    expect(await panel.textContent()).toContain('You cancelled the login. Nothing was saved.');
    await panel.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('region', { name: 'Login to Box' }).getByText('Waiting for you in the login window').waitFor();
    expect(host.calls.filter((call) => call.name === 'startLogin')).toHaveLength(2);
  });

  test('a pseudo-AuthID answer says what to do and links to the de-authorize page', async () => {
    const { double, page } = await openAuthorize();
    await page.getByRole('button', { name: 'Authorize Google Drive (limited)' }).click();
    const panel = page.getByRole('region', { name: 'Login to Google Drive (limited)' });
    await panel.getByText('Waiting for you in the login window').waitFor();
    double.finishLogin(double.loginIds[0]!, {
      result: 'failed',
      message: 'The server answered "Server error, you must de-authorize Duplicati" instead of an AuthID.',
      deauthorizeUrl: 'https://myaccount.google.com/permissions',
    });
    await panel.getByText('The login did not finish').waitFor();
    expect(await panel.textContent()).toContain('Remove the app\'s access at Google Drive (limited), then try again.');
    await panel.getByRole('button', { name: 'Open the de-authorize page (opens in your browser)' }).click();
    await expect.poll(() => double.openedUrls).toEqual(['https://myaccount.google.com/permissions']);
  });

  test('a rejected start shows the reason inside that provider card', async () => {
    const { double, page } = await openAuthorize();
    double.failNext('startLogin', 'The AuthID server did not answer. Check your connection and try again.');
    await page.getByRole('button', { name: 'Authorize Jottacloud' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Jottacloud' }) });
    await card.getByRole('alert').filter({ hasText: 'The AuthID server did not answer.' }).waitFor();
    expect(await page.getByRole('region', { name: /Login to/ }).count()).toBe(0);
  });

  test('a login started from the tray shows up here while it runs', async () => {
    const double = createInMemoryHandlers({ authIds: [{ label: 'Team drive', provider: 'onedrivev2', secret: 'abcdef0123456789:Secret-password-1' }] });
    const { page } = await openAuthorize(double);
    await double.handlers.reauthorize({ id: 'a1' });
    await page.getByRole('region', { name: 'Login to Microsoft OneDrive' }).getByText('Waiting for you in the login window').waitFor();
  });
});
