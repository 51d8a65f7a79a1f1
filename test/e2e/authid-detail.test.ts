// An AuthID's detail in Chromium on the real services: reveal and copy, the connection-URL
// builder with its validation and live preview, destinations, Check now, Re-authorize, Revoke and Remove.
import type { Locator } from 'playwright-core';
import { describe, expect, it  } from 'vitest';
import type { NewAuthId } from '../../electron/services/vault/vault-record';
import { HOSTED_HANDLER } from '../../electron/services/servers/known-servers';
import type { RealAppOptions } from '../fixtures/app/real-app';
import { signInAtProvider } from '../integration/login/support/provider-pages';
import { useRealApp } from './journeys/real-app-suite';
import { waitForCount, waitForFocus, waitForText } from './support/locator-waits';
import { focusIsVisible } from './support/page-checks';
import { ARCHIVE, FAMILY_PHOTOS, MADE_UP_V1, OLD_BOX, WORK_DOCUMENTS, idOf, realAuthId, seedSampleAuthIds } from './support/sample-authids';

const start = useRealApp();

type Seed = NonNullable<RealAppOptions['seed']>;
const MADE_UP_MASK = '0123…:••••••••4567';

/** One record that never reaches a server: a made-up v1 AuthID under the hosted handler. */
const oneRecord = (record: Omit<NewAuthId, 'defaultLabel' | 'serverBaseUrl' | 'kind' | 'authId'> & Partial<NewAuthId>): Seed => async ({ vault }) => {
  await vault.add({ defaultLabel: record.provider, serverBaseUrl: HOSTED_HANDLER.baseUrl, kind: 'v1', authId: MADE_UP_V1, ...record });
};

async function openDetail(seed: Seed, label: string) {
  const { app, host } = await start({ seed });
  await host.page.getByRole('button', { name: `Details for ${label}` }).click();
  await host.page.getByRole('heading', { name: label, level: 1 }).waitFor();
  return { app, host, page: host.page };
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe("an AuthID's detail", () => {
  it('reveals and hides the AuthID, and copying says when the clipboard is cleared', async () => {
    const { app, page } = await openDetail(seedSampleAuthIds, FAMILY_PHOTOS);
    const secret = await app.vault.readSecret(idOf(app, FAMILY_PHOTOS));
    const masked = `${secret.slice(0, 4)}…:••••••••${secret.slice(-4)}`;
    const value = page.locator('.authid-value code');
    expect(await value.textContent()).toBe(masked);
    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForText(value, secret);
    await page.getByRole('button', { name: 'Hide' }).click();
    await waitForText(value, masked);

    await page.getByRole('button', { name: 'Copy AuthID' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'AuthID copied.' });
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/The clipboard will be cleared at .+ \(in 60 seconds\)\./);
    expect(app.clipboard.writes).toEqual([secret]);
  });

  it('builds a SharePoint URL: site id is required, the preview is live and masked, Copy hands main the real URL', async () => {
    const { app, host, page } = await openDetail(oneRecord({ label: 'Team site', provider: 'sharepoint' }), 'Team site');
    const preview = page.locator('output.url-preview-text');
    await preview.getByText('sharepoint://?authid=').waitFor();
    // The form, not the paste linter, says what is missing (issue 15 item 7).
    expect(await page.getByText("SharePoint needs the site-id option; Duplicati refuses the URL without it.").count()).toBe(0);

    await page.getByRole('button', { name: 'Copy URL' }).click();
    const siteId = page.getByRole('textbox', { name: 'Site ID (required)' });
    await page.getByText('Site ID is required.').waitFor();
    await waitForFocus(siteId);
    expect(await siteId.getAttribute('aria-invalid')).toBe('true');
    expect(host.calls.some((call) => call.name === 'copyUrl')).toBe(false);

    await page.getByLabel('Folder path').fill('Backups/Server');
    await siteId.fill('contoso.sharepoint.com,1234,5678');
    const refresh = `oauth-url=${encodeURIComponent('https://duplicati-oauth-handler.appspot.com/refresh')}`;
    await preview.getByText(`sharepoint://Backups/Server?site-id=contoso.sharepoint.com%2C1234%2C5678&authid=${MADE_UP_MASK}&${refresh}`).waitFor();
    expect(await page.getByText('Site ID is required.').count()).toBe(0);
    expect(await preview.textContent()).not.toContain('Pass-word');

    await page.getByRole('button', { name: 'Copy URL' }).click();
    await page.getByRole('status').filter({ hasText: 'Connection URL copied.' }).waitFor();
    expect(app.clipboard.writes).toEqual([`sharepoint://Backups/Server?site-id=contoso.sharepoint.com%2C1234%2C5678&authid=${encodeURIComponent(MADE_UP_V1)}&${refresh}`]);
  });

  it('Microsoft 365 Group needs the e-mail or the id, and a number option must be a number', async () => {
    const { app, host, page } = await openDetail(oneRecord({ label: 'Group files', provider: 'msgroup' }), 'Group files');
    await page.getByRole('button', { name: 'Copy URL' }).click();
    expect(await page.getByText('Enter Group e-mail or Group id.').count()).toBe(2);
    expect(await page.getByText('One of Group e-mail or Group id is required.').count()).toBe(2);
    await page.getByRole('textbox', { name: 'Group id' }).fill('f00d-1234');
    // Rarely used options are folded away under Advanced.
    expect(await page.getByRole('textbox', { name: 'Fragment size (bytes)' }).isVisible()).toBe(false);
    await page.getByText('Advanced (', { exact: false }).click();
    await page.getByRole('textbox', { name: 'Fragment size (bytes)' }).fill('ten');
    await page.getByText('Fragment size (bytes) must be a number.').waitFor();
    expect(await page.getByText('Enter Group e-mail or Group id.').count()).toBe(0);
    await page.getByRole('button', { name: 'Copy URL' }).click();
    expect(host.calls.some((call) => call.name === 'copyUrl')).toBe(false);
    await page.getByRole('textbox', { name: 'Fragment size (bytes)' }).fill('10485760');
    await page.getByRole('button', { name: 'Copy URL' }).click();
    await page.getByRole('status').filter({ hasText: 'Connection URL copied.' }).waitFor();
    expect(host.calls.find((call) => call.name === 'copyUrl')?.payload).toEqual({
      id: idOf(app, 'Group files'),
      path: '',
      options: { 'group-id': 'f00d-1234', 'fragment-size': '10485760' },
    });
  });

  it("pCloud's region starts at the AuthID's own region, and goes to main as the destination's host, not as an option", async () => {
    const { app, host, page } = await openDetail(seedSampleAuthIds, ARCHIVE);
    const region = page.getByRole('combobox', { name: 'Region (required)' });
    expect(await region.inputValue()).toBe('eapi.pcloud.com');
    await page.locator('output.url-preview-text').getByText('pcloud://eapi.pcloud.com?authid=••••••••6789').waitFor();
    await region.selectOption('api.pcloud.com');
    await page.locator('output.url-preview-text').getByText('pcloud://api.pcloud.com?authid=••••••••6789').waitFor();
    await page.getByRole('button', { name: 'Copy URL' }).click();
    await page.getByRole('status').filter({ hasText: 'Connection URL copied.' }).waitFor();
    expect(host.calls.find((call) => call.name === 'copyUrl')?.payload).toEqual({ id: idOf(app, ARCHIVE), path: '', options: {}, host: 'api.pcloud.com' });
  });

  it('a destination the new URL rules build differently is shown with the difference until accepted', async () => {
    const label = 'Code on OneDrive';
    const { app, host } = await start({ seed: oneRecord({ label, provider: 'onedrivev2', destination: { name: 'Sources', path: 'C++', options: {} } }) });
    const page = host.page;
    const banner = page.getByRole('region', { name: 'Changed connection URLs' });
    await banner.getByText('A saved destination has a new connection URL.').waitFor();
    await banner.getByRole('button', { name: `Review ${label}` }).click();
    await page.getByRole('heading', { name: label, level: 1 }).waitFor();
    const notice = page.getByRole('region', { name: 'Saved destinations' }).getByRole('note');
    await notice.getByText("This destination's URL has changed").waitFor();
    expect(await notice.textContent()).toContain('Duplicati used the folder "/C  "; the new URL uses "/C++"');
    expect(await notice.textContent()).toContain(`Before: onedrivev2://C%2B%2B?authid=${MADE_UP_MASK}`);
    expect(await notice.textContent()).toContain(`Now: onedrivev2://C%252B%252B?authid=${MADE_UP_MASK}&oauth-url=`);
    await notice.getByRole('button', { name: 'Understood, use the new URL' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(app.vault.list()[0]?.destinations[0]).toMatchObject({ name: 'Sources', path: 'C++', urlRules: 2 });
    await page.getByRole('button', { name: 'All AuthIDs' }).click();
    await page.getByRole('button', { name: `Details for ${label}` }).waitFor();
    expect(await banner.count()).toBe(0);
  });

  it('saves a destination, then copies and removes it from the list', async () => {
    const { app, page } = await openDetail(seedSampleAuthIds, FAMILY_PHOTOS);
    const id = idOf(app, FAMILY_PHOTOS);
    const secret = await app.vault.readSecret(id);
    const oauthUrl = encodeURIComponent(`${app.stack.baseUrl}/refresh`);
    await page.getByLabel('Folder path').fill('Backups/Desktop');
    await page.getByRole('button', { name: 'Save as destination' }).click();
    await page.getByText('Give the destination a name').waitFor();
    await page.getByRole('textbox', { name: 'Destination name' }).fill('Desktop backup');
    await page.keyboard.press('Enter');
    const saved = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Desktop backup' }) });
    await saved.waitFor();
    expect(await saved.textContent()).toContain(`dropbox://Backups/Desktop?authid=${secret.slice(0, 4)}…:••••••••${secret.slice(-4)}&oauth-url=${oauthUrl}`);
    await page.getByRole('status').filter({ hasText: "It is now in the tray's Copy connection URL menu." }).waitFor();

    await saved.getByRole('button', { name: 'Copy Desktop backup' }).click();
    await page.getByRole('status').filter({ hasText: '“Desktop backup” URL copied.' }).waitFor();
    expect(app.clipboard.writes.at(-1)).toBe(`dropbox://Backups/Desktop?authid=${encodeURIComponent(secret)}&oauth-url=${oauthUrl}`);

    await saved.getByRole('button', { name: 'Remove Desktop backup' }).click();
    await page.getByRole('heading', { name: 'Desktop backup' }).waitFor({ state: 'detached' });
    expect(app.vault.get(id)!.destinations.map((destination) => destination.name)).toEqual(['Laptop backup']);
  });

  it('Check now asks the real server, shows the result and adds it to the history', async () => {
    const { app, page } = await openDetail(seedSampleAuthIds, OLD_BOX);
    const history = page.locator('.check-history > li');
    expect(await history.count()).toBe(1);
    await page.getByRole('button', { name: 'Check now' }).click();
    const health = page.getByRole('region', { name: 'Health' });
    await health.getByRole('status').getByText('Checked just now: Healthy.').waitFor();
    await health.getByText(`The AuthID works: the server at ${new URL(app.stack.baseUrl).host} handed out an access token.`).waitFor();
    await waitForCount(history, 2);
    expect(await history.first().textContent()).toContain('Healthy');
  });

  it('a check while the AuthID server is down says so next to the button', async () => {
    const { app, page } = await openDetail(seedSampleAuthIds, FAMILY_PHOTOS);
    await app.stack.server.close();
    await page.getByRole('button', { name: 'Check now' }).click();
    const health = page.getByRole('region', { name: 'Health' });
    await health.getByText('Checked just now: Needs attention.').waitFor();
    expect(await health.textContent()).toContain(new URL(app.stack.baseUrl).host);
  });

  it('Re-authorize shows the login progress in place and the new AuthID checks healthy', async () => {
    const label = 'Team drive';
    const { app, page } = await openDetail(async ({ vault, stack }) => {
      const record = await vault.add({ label, defaultLabel: label, provider: 'onedrivev2', kind: 'v1', authId: await realAuthId(stack, 'onedrivev2'), serverBaseUrl: stack.baseUrl });
      vault.recordCheck(record.id, { at: new Date().toISOString(), health: 'needs-reauthorization', reason: 'Microsoft refused the refresh token: log in again.' });
    }, label);
    const before = await app.vault.readSecret(idOf(app, label));
    await page.getByRole('button', { name: 'Re-authorize' }).click();
    const panel = page.getByRole('region', { name: 'Login to Microsoft OneDrive' });
    await panel.getByText('Waiting for you in the login window').waitFor();
    const loginPage = await app.loginWindow.pages.nth(0, 'the login window');
    await signInAtProvider(loginPage, app.stack, { account: 'team-user' });
    await panel.getByText('Done: the AuthID is saved').waitFor();
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
    expect(await app.vault.readSecret(idOf(app, label))).not.toBe(before);
  });

  it('Revoke first lists exactly what will happen, traps focus, closes on Escape, then reports what it did', async () => {
    const { app, host, page } = await openDetail(seedSampleAuthIds, FAMILY_PHOTOS);
    const revokeButton = page.getByRole('button', { name: 'Revoke…' });
    await revokeButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Revoke “Family photos”?' });
    await dialog.getByText('This is what will happen:').waitFor();
    const plan = await app.core.handlers.planRevoke({ id: idOf(app, FAMILY_PHOTOS) });
    expect(await dialog.locator('.revoke-steps li').allTextContents()).toEqual(plan.steps);

    // Dropbox offers the stronger choice first: revoke at the provider, Keep it, Revoke.
    const keep = dialog.getByRole('button', { name: 'Keep it' });
    const revokeAsUsual = dialog.getByRole('button', { name: 'Revoke', exact: true });
    await waitForFocus(keep);
    await page.keyboard.press('Tab');
    expect(await isFocused(revokeAsUsual)).toBe(true);
    // The last control wraps to the first (the stronger choice) and back: focus stays in the dialog.
    await page.keyboard.press('Tab');
    await waitForFocus(dialog.getByRole('button', { name: 'Revoke at the provider' }));
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(revokeAsUsual)).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await waitForFocus(revokeButton);
    expect(host.calls.some((call) => call.name === 'revoke')).toBe(false);

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    const done = page.getByRole('dialog', { name: '“Family photos” is revoked' });
    await done.getByText('Revoked at the AuthID server.').waitFor();
    expect(await done.textContent()).toContain('Removed from this computer.');
    await done.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: '“Family photos” is revoked and removed from this computer.' }).waitFor();
    expect(await page.getByRole('heading', { name: FAMILY_PHOTOS }).count()).toBe(0);
  });

  it('revoking a v2 AuthID sends the user to the provider page', async () => {
    const { app, page } = await openDetail(seedSampleAuthIds, WORK_DOCUMENTS);
    await page.getByRole('button', { name: 'Revoke…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The AuthID server cannot revoke this kind of AuthID').waitFor();
    expect(await dialog.locator('.revoke-steps li').first().textContent()).toBe('The AuthID server keeps nothing for this AuthID, so it cannot revoke it.');
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    await dialog.getByText('Not revoked: the AuthID server keeps nothing for this AuthID.').waitFor();
    await dialog.getByRole('button', { name: "Open the provider's app-access page (opens in your browser)" }).first().click();
    await app.openedUrls.until((urls) => urls.length > 0, 'the app-access page to open');
    expect(app.openedUrls).toEqual(['https://account.live.com/consent/Manage']);
    expect(app.browserPages).toEqual([]);
  });

  it('Remove from this computer asks first and then forgets the AuthID', async () => {
    const { app, page } = await openDetail(seedSampleAuthIds, ARCHIVE);
    await page.getByRole('button', { name: 'Remove from this computer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove “Archive (EU)” from this computer?' });
    await dialog.getByText('It is not revoked').waitFor();
    await dialog.getByRole('button', { name: 'Remove from this computer' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
    expect(app.vault.list().map((record) => record.label)).not.toContain(ARCHIVE);
  });
});
