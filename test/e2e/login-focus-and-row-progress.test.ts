// Issue 15 polish, on the real app core in Chromium: dismissing a login that ended gives the focus
// back to the control that started it (Authorize in its provider row, Re-authorize in the
// detail), and Re-authorize on a list row shows the login's progress and outcome in that row.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInAtProvider } from '../integration/login/support/provider-pages';
import type { RealApp, SeedParts } from '../fixtures/app/real-app';
import { startLogin } from './journeys/journey-steps';
import { useRealApp } from './journeys/real-app-suite';
import { providerRow } from './support/authorize-screen';
import { accessibleInBothThemes } from './support/both-themes';
import { expectInView } from './support/in-view';
import { realAuthId } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();
const EXPIRED = 'Expired Dropbox';

/** One Dropbox AuthID from a real login that the last check found refused. */
async function seedExpired({ vault, stack }: SeedParts): Promise<void> {
  const record = await vault.add({ label: EXPIRED, defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: await realAuthId(stack, 'dropbox'), serverBaseUrl: stack.baseUrl });
  vault.recordCheck(record.id, { at: new Date().toISOString(), health: 'needs-reauthorization', reason: 'Dropbox refused the token.' });
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
const focusIsWithin = (locator: Locator) => locator.evaluate((element) => element.contains(document.activeElement));
const rowOf = (page: Page, label: string) => page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem').filter({ hasText: label });

describe('after a login ends, Dismiss gives the focus back to what started it', () => {
  it('Authorize: a cancelled login, dismissed, leaves the focus on its row’s Authorize button', async () => {
    const { app, host } = await start();
    const { panel } = await startLogin(app, host, 'Box');
    await panel.getByRole('button', { name: 'Cancel login' }).click();
    await panel.getByText('Box: Login cancelled').waitFor();
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.waitFor({ state: 'detached' });
    const authorize = providerRow(host.page, 'Box').getByRole('button', { name: 'Authorize Box' });
    expect(await isFocused(authorize)).toBe(true);
  });

  it('detail: a cancelled re-authorization, dismissed, leaves the focus on Re-authorize', async () => {
    const { host } = await start({ seed: seedExpired });
    const { page } = host;
    await rowOf(page, EXPIRED).getByRole('button', { name: `Details for ${EXPIRED}` }).click();
    const health = page.getByRole('region', { name: 'Health' });
    const reauthorize = health.getByRole('button', { name: 'Re-authorize', exact: true });
    await reauthorize.click();
    const panel = health.getByRole('region', { name: 'Login to Dropbox' });
    await panel.getByRole('button', { name: 'Cancel login' }).click();
    await panel.getByText('Dropbox: Login cancelled').waitFor();
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await isFocused(reauthorize)).toBe(true);
  });
});

describe('Re-authorize on a list row', () => {
  /** Clicks the row's Re-authorize; resolves with the row, its login panel and the login page. */
  async function reauthorizeFromRow(app: RealApp, page: Page) {
    const row = rowOf(page, EXPIRED);
    const opened = app.loginWindow.pages.length;
    await row.getByRole('button', { name: `Re-authorize ${EXPIRED}` }).click();
    const panel = row.getByRole('region', { name: 'Login to Dropbox' });
    await panel.getByText('Waiting for you in the login window').waitFor();
    return { row, panel, loginPage: await app.loginWindow.pages.nth(opened, 'the login window') };
  }

  it('shows the login in the row, focused and in view, instead of a toast', async () => {
    const { app, host } = await start({ seed: seedExpired });
    const { page } = host;
    const { panel } = await reauthorizeFromRow(app, page);
    expect(await focusIsWithin(panel)).toBe(true);
    await expectInView(page, panel);
    expect(await page.getByText('in the window that opened to re-authorize').count()).toBe(0);
    await accessibleInBothThemes(page, { include: '.authid-row-login' });
    await saveScreenshot(page, 'row-reauthorize-login-light', { fullPage: false });
  });

  it('keeps the outcome in the row until dismissed, then leaves the focus on the row', async () => {
    const { app, host } = await start({ seed: seedExpired });
    const { page } = host;
    const { row, panel, loginPage } = await reauthorizeFromRow(app, page);
    await signInAtProvider(loginPage, app.stack, { account: 'robin' });
    await panel.getByText('Done: the AuthID is saved').waitFor();
    // Renewed, the row no longer offers Re-authorize; the outcome stays in the row, focused.
    await row.getByRole('button', { name: `Re-authorize ${EXPIRED}` }).waitFor({ state: 'detached' });
    expect(await focusIsWithin(panel)).toBe(true);
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'row-reauthorize-done-dark', { fullPage: false });
    await page.emulateMedia({ colorScheme: 'light' });
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await isFocused(row.getByRole('button', { name: `Details for ${EXPIRED}` }))).toBe(true);
    // Still the list: nothing in the row's login opened the detail.
    expect(await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).count()).toBe(1);
  });
});
