// An AuthID's detail in Chromium: reveal and copy, the connection-URL builder with its
// validation and live preview, destinations, Check now, Re-authorize, Revoke and Remove.
import { describe, expect, test } from 'vitest';
import { useAppInChromium } from './support/browser-suite';
import { createInMemoryHandlers, type SeedAuthId } from './support/in-memory-handlers';
import { focusIsVisible } from './support/page-checks';
import { SAMPLE_AUTHIDS } from './support/sample-authids';

const openApp = useAppInChromium();

const SHAREPOINT: SeedAuthId = { label: 'Team site', provider: 'sharepoint', secret: '0123456789abcdef0123456789abcd:Pass-word.1234567' };
const GROUP: SeedAuthId = { label: 'Group files', provider: 'msgroup', secret: '0123456789abcdef0123456789abcd:Pass-word.7654321' };
const PCLOUD: SeedAuthId = { label: 'pCloud EU', provider: 'pcloud', secret: 'pcloudToken123456', kind: 'access-token-only', region: 'eapi.pcloud.com' };

async function openDetail(seeds: readonly SeedAuthId[], label: string) {
  const double = createInMemoryHandlers({ authIds: seeds });
  const host = await openApp(double);
  await host.page.getByRole('button', { name: `Details for ${label}` }).click();
  await host.page.getByRole('heading', { name: label, level: 1 }).waitFor();
  return { double, host, page: host.page };
}

const isFocused = (locator: import('playwright-core').Locator) => locator.evaluate((element) => element === document.activeElement);

describe("an AuthID's detail", () => {
  test('reveals and hides the AuthID, and copying says when the clipboard is cleared', async () => {
    const { double, page } = await openDetail(SAMPLE_AUTHIDS, 'Family photos');
    const value = page.locator('.authid-value code');
    expect(await value.textContent()).toBe('3f9a0c1b…:••••••');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(() => value.textContent()).toBe(SAMPLE_AUTHIDS[0]!.secret);
    await page.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => value.textContent()).toBe('3f9a0c1b…:••••••');

    await page.getByRole('button', { name: 'Copy AuthID' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'AuthID copied.' });
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/The clipboard will be cleared at .+ \(in 30 seconds\)\./);
    expect(double.clipboard).toEqual([SAMPLE_AUTHIDS[0]!.secret]);
  });

  test('builds a SharePoint URL: site id is required, the preview is live and masked, Copy hands main the real URL', async () => {
    const { double, host, page } = await openDetail([SHAREPOINT], 'Team site');
    const preview = page.locator('output.url-preview-text');
    await preview.getByText('sharepoint://?authid=').waitFor();
    expect(await page.getByText('Site id is missing.').count()).toBe(1);

    await page.getByRole('button', { name: 'Copy URL' }).click();
    const siteId = page.getByRole('textbox', { name: 'Site id (required)' });
    await page.getByText('Site id is required.').waitFor();
    await expect.poll(() => isFocused(siteId)).toBe(true);
    expect(await siteId.getAttribute('aria-invalid')).toBe('true');
    expect(host.calls.some((call) => call.name === 'copyUrl')).toBe(false);

    await page.getByLabel('Folder path').fill('Backups/Server');
    await siteId.fill('contoso.sharepoint.com,1234,5678');
    await preview.getByText('sharepoint://Backups/Server?authid=01234567…:••••••&site-id=contoso.sharepoint.com%2C1234%2C5678').waitFor();
    expect(await page.getByText('Site id is required.').count()).toBe(0);
    expect(await preview.textContent()).not.toContain('Pass-word');

    await page.getByRole('button', { name: 'Copy URL' }).click();
    await page.getByRole('status').filter({ hasText: 'Connection URL copied.' }).waitFor();
    expect(double.clipboard).toEqual([
      'sharepoint://Backups/Server?authid=0123456789abcdef0123456789abcd%3APass-word.1234567&site-id=contoso.sharepoint.com%2C1234%2C5678',
    ]);
  });

  test('Microsoft 365 Group needs the e-mail or the id, and a number option must be a number', async () => {
    const { host, page } = await openDetail([GROUP], 'Group files');
    await page.getByRole('button', { name: 'Copy URL' }).click();
    expect(await page.getByText('Enter Group e-mail or Group id.').count()).toBe(2);
    expect(await page.getByText('One of Group e-mail or Group id is required.').count()).toBe(2);
    await page.getByRole('textbox', { name: 'Group id' }).fill('f00d-1234');
    await page.getByRole('textbox', { name: 'Fragment size (bytes)' }).fill('ten');
    await page.getByText('Fragment size (bytes) must be a number.').waitFor();
    expect(await page.getByText('Enter Group e-mail or Group id.').count()).toBe(0);
    await page.getByRole('button', { name: 'Copy URL' }).click();
    expect(host.calls.some((call) => call.name === 'copyUrl')).toBe(false);
    await page.getByRole('textbox', { name: 'Fragment size (bytes)' }).fill('10485760');
    await page.getByRole('button', { name: 'Copy URL' }).click();
    await page.getByRole('status').filter({ hasText: 'Connection URL copied.' }).waitFor();
    expect(host.calls.find((call) => call.name === 'copyUrl')?.payload).toEqual({
      id: 'a1',
      path: '',
      options: { 'group-id': 'f00d-1234', 'fragment-size': '10485760' },
    });
  });

  test("pCloud's region starts at the AuthID's own region", async () => {
    const { page } = await openDetail([PCLOUD], 'pCloud EU');
    const region = page.getByRole('combobox', { name: 'Region (required)' });
    expect(await region.inputValue()).toBe('eapi.pcloud.com');
    await page.locator('output.url-preview-text').getByText('pcloud://eapi.pcloud.com/?authid=pclo••••••').waitFor();
  });

  test('saves a destination, then copies and removes it from the list', async () => {
    const { double, page } = await openDetail(SAMPLE_AUTHIDS, 'Family photos');
    await page.getByLabel('Folder path').fill('Backups/Desktop');
    await page.getByRole('button', { name: 'Save as destination' }).click();
    await page.getByText('Give the destination a name').waitFor();
    await page.getByRole('textbox', { name: 'Destination name' }).fill('Desktop backup');
    await page.keyboard.press('Enter');
    const saved = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Desktop backup' }) });
    await saved.waitFor();
    expect(await saved.textContent()).toContain('dropbox://Backups/Desktop?authid=3f9a0c1b…:••••••');
    await page.getByRole('status').filter({ hasText: "It is now in the tray's Copy connection URL menu." }).waitFor();

    await saved.getByRole('button', { name: 'Copy Desktop backup' }).click();
    await page.getByRole('status').filter({ hasText: '“Desktop backup” URL copied.' }).waitFor();
    expect(double.clipboard.at(-1)).toBe(`dropbox://Backups/Desktop?authid=${encodeURIComponent(SAMPLE_AUTHIDS[0]!.secret)}`);

    await saved.getByRole('button', { name: 'Remove Desktop backup' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Desktop backup' }).count()).toBe(0);
    expect(double.authIds()[0]!.destinations.map((destination) => destination.name)).toEqual(['Laptop backup']);
  });

  test('Check now shows the result and adds it to the history', async () => {
    const { page } = await openDetail(SAMPLE_AUTHIDS, 'Old Box account');
    const history = page.locator('.check-history > li');
    expect(await history.count()).toBe(1);
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.getByText('Checked: Healthy. The AuthID server issued an access token.').waitFor();
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.first().textContent()).toContain('Healthy');
  });

  test('a failing action shows its message inline near the button', async () => {
    const { double, page } = await openDetail(SAMPLE_AUTHIDS, 'Family photos');
    double.failNext('checkNow', 'The AuthID server is down (HTTP 503). Try again later.');
    await page.getByRole('button', { name: 'Check now' }).click();
    const alert = page.getByRole('region', { name: 'Health' }).getByRole('alert');
    await alert.getByText('The AuthID server is down (HTTP 503). Try again later.').waitFor();
  });

  test('Re-authorize shows the login progress in place', async () => {
    const { double, page } = await openDetail(SAMPLE_AUTHIDS, 'Work documents on the shared SharePoint site with a very long label that must not break the layout');
    await page.getByRole('button', { name: 'Re-authorize' }).click();
    const panel = page.getByRole('region', { name: 'Login to Microsoft SharePoint' });
    await panel.getByText('Waiting for you in the login window').waitFor();
    double.finishLogin(double.loginIds[0]!, { result: 'succeeded' });
    await panel.getByText('Done: the AuthID is saved').waitFor();
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
  });

  test('Revoke first lists exactly what will happen, traps focus, closes on Escape, then reports what it did', async () => {
    const { double, host, page } = await openDetail(SAMPLE_AUTHIDS, 'Family photos');
    const revokeButton = page.getByRole('button', { name: 'Revoke…' });
    await revokeButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Revoke “Family photos”?' });
    await dialog.getByText('This is what will happen:').waitFor();
    const plan = await double.handlers.planRevoke({ id: 'a1' });
    expect(await dialog.locator('.revoke-steps li').allTextContents()).toEqual(plan.steps);

    const keep = dialog.getByRole('button', { name: 'Keep it' });
    await expect.poll(() => isFocused(keep)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(keep)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(dialog.getByRole('button', { name: 'Revoke', exact: true }))).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => isFocused(revokeButton)).toBe(true);
    expect(host.calls.some((call) => call.name === 'revoke')).toBe(false);

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Revoke “Family photos”: done' });
    await done.getByText('The AuthID server deleted the AuthID; it no longer works anywhere.').waitFor();
    expect(await done.textContent()).toContain('Revoked at the AuthID server.');
    expect(await done.textContent()).toContain('Removed from this computer.');
    await done.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: '“Family photos” is no longer saved on this computer.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Family photos' }).count()).toBe(0);
  });

  test('revoking a v2 AuthID sends the user to the provider page', async () => {
    const label = 'Work documents on the shared SharePoint site with a very long label that must not break the layout';
    const { double, page } = await openDetail(SAMPLE_AUTHIDS, label);
    await page.getByRole('button', { name: 'Revoke…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The AuthID server cannot revoke this kind of AuthID').waitFor();
    expect(await dialog.locator('.revoke-steps li').first().textContent()).toBe(
      'The AuthID server cannot revoke this AuthID: Microsoft SharePoint holds the access.',
    );
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    await dialog.getByText('Not revoked at the AuthID server.').waitFor();
    await dialog.getByRole('button', { name: "Open the provider's app-access page (opens in your browser)" }).first().click();
    await expect.poll(() => double.openedUrls).toEqual(['https://account.live.com/consent/Manage']);
  });

  test('Remove from this computer asks first and then forgets the AuthID', async () => {
    const { double, page } = await openDetail(SAMPLE_AUTHIDS, 'Archive (EU)');
    await page.getByRole('button', { name: 'Remove from this computer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove “Archive (EU)” from this computer?' });
    await dialog.getByText('It is not revoked').waitFor();
    await dialog.getByRole('button', { name: 'Remove from this computer' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
    expect(double.authIds().map((authId) => authId.label)).not.toContain('Archive (EU)');
  });
});
