/** Steps the journeys share: a login started from the window and finished in the login page. */
import type { Locator, Page } from 'playwright-core';
import type { RealApp } from '../../fixtures/app/real-app';
import { signInAtProvider } from '../../integration/login/support/provider-pages';
import type { AppHost } from '../support/app-host';
import { providerRow, useServer } from '../support/authorize-screen';

/** Clicks Authorize for `providerName` through the loopback server; resolves with the login page once it loaded. */
export async function startLogin(app: RealApp, host: AppHost, providerName: string): Promise<{ panel: Locator; loginPage: Page }> {
  const { page } = host;
  await page.getByRole('button', { name: 'Authorize', exact: true }).click();
  const row = providerRow(page, providerName);
  await useServer(row, `Self-hosted (${new URL(app.stack.baseUrl).host})`);
  const opened = app.loginWindow.pages.length;
  await row.getByRole('button', { name: `Authorize ${providerName}` }).click();
  const panel = page.getByRole('region', { name: `Login to ${providerName}` });
  await panel.getByText('Waiting for you in the login window').waitFor();
  const loginPage = await app.loginWindow.pages.nth(opened, 'the login window to open');
  await loginPage.waitForLoadState();
  return { panel, loginPage };
}

/** Authorizes `providerName` at the loopback server, signing in as `account` at the provider. */
export async function authorize(app: RealApp, host: AppHost, providerName: string, account: string): Promise<Locator> {
  const { panel, loginPage } = await startLogin(app, host, providerName);
  await signInAtProvider(loginPage, app.stack, { account });
  await panel.getByText('Done: the AuthID is saved').waitFor();
  return panel;
}
