// Logins that fail end at once with the server's reason, in the window on the real app core,
// against the project's server answering like the hosted handler (the stand-in): the provider
// refuses the code exchange (JSON 500 with X-Reason), a result page with no AuthID, and a
// provider the server does not have. Each must end well inside the page's 10-s wait, not after
// the fetch token's five minutes.
import type { Page } from 'playwright-core';
import { describe, expect, it  } from 'vitest';
import type { RealApp } from '../fixtures/app/real-app';
import { pageClosed } from '../fixtures/waits/page-closed';
import { signInAtProvider } from '../integration/login/support/provider-pages';
import { startLogin } from './journeys/journey-steps';
import { useRealApp } from './journeys/real-app-suite';
import { providerRow, serverChoices } from './support/authorize-screen';
import { MADE_UP_V1 } from './support/sample-authids';

const start = useRealApp();
const HOSTED = { answersLike: { flavour: 'hosted-handler' } } as const;
const host = (app: RealApp) => new URL(app.stack.baseUrl).host;

async function expectNothingSaved(app: RealApp, providerName: string): Promise<void> {
  expect(app.vault.list()).toEqual([]);
  expect(app.notifier.notices.map((notice) => notice.title)).toEqual([`${providerName} sign-in failed`]);
}

describe('a login that fails says so at once, with the server’s reason', () => {
  it('the provider refuses the code exchange: the hosted handler’s JSON 500 with X-Reason', async () => {
    const { app, host: window } = await start({ server: HOSTED });
    app.stack.standIn!.edge.setFault('dropbox', { grantType: 'authorization_code', status: 400, body: '{"error": "invalid_grant", "error_description": "The code has expired."}' });
    const { panel, loginPage } = await startLogin(app, window, 'Dropbox');
    await signInAtProvider(loginPage, app.stack, { account: 'refused-user' });
    await panel.getByText('Dropbox: The login did not finish').waitFor();
    expect(await panel.locator('.login-message').textContent()).toBe(
      "Dropbox did not accept the login (invalid_grant: The code has expired.). Nothing was saved. Start the login again; if it fails again, remove the app's access at Dropbox first.",
    );
    await pageClosed(loginPage);
    await panel.getByRole('button', { name: 'Try again' }).waitFor();
    await expectNothingSaved(app, 'Dropbox');
  });

  it('a result page with no AuthID: the hosted handler shows a CLI-token error as page text', async () => {
    const { app, host: window } = await start({ server: HOSTED });
    const { panel, loginPage } = await startLogin(app, window, 'Jottacloud');
    await submitCliToken(loginPage, 'not-a-personal-login-token');
    await panel.getByText('Jottacloud: The login did not finish').waitFor();
    expect(await panel.locator('.login-message').textContent()).toBe(
      `The AuthID server at ${host(app)} ended the Jottacloud login without an AuthID (it said: “Error: Invalid CLI token”). Nothing was saved. Create a new personal login token at Jottacloud, then start the login again.`,
    );
    await pageClosed(loginPage);
    await expectNothingSaved(app, 'Jottacloud');
  });

  it('a provider the server does not have: Re-authorize ends before any window opens, with the server’s answer', async () => {
    const label = 'Old Box account';
    const { app, host: window } = await start({
      server: { ...HOSTED, providers: ['dropbox', 'onedrivev2'] },
      seed: async ({ vault, stack }) => {
        await vault.add({ label, defaultLabel: label, provider: 'box.com', kind: 'v1', authId: MADE_UP_V1, serverBaseUrl: stack.baseUrl });
      },
    });
    const { page } = window;
    await page.getByRole('button', { name: `Details for ${label}` }).click();
    await page.getByRole('button', { name: 'Re-authorize' }).click();
    const panel = page.getByRole('region', { name: 'Login to Box' });
    await panel.getByText('Box: The login did not finish').waitFor();
    expect(await panel.locator('.login-message').textContent()).toBe(
      `The AuthID server at ${host(app)} does not offer Box (it said: “Server error”). Nothing was saved. Authorize Box at another server.`,
    );
    expect(app.loginWindow.pages).toHaveLength(0);
    expect(app.notifier.notices.map((notice) => notice.title)).toEqual(['Box sign-in failed']);
  });
});

it('Authorize offers each server only for what its index page lists', async () => {
  const { app, host: window } = await start({ server: { ...HOSTED, providers: ['dropbox', 'onedrivev2'] } });
  const { page } = window;
  await page.getByRole('button', { name: 'Authorize', exact: true }).click();
  const selfHosted = `Self-hosted (${host(app)})`;
  await providerRow(page, 'Box').getByText('Through Duplicati AuthID service').waitFor();
  expect(await serverChoices(providerRow(page, 'Box'))).not.toContain(selfHosted);
  const offered = await page.getByRole('list', { name: 'Providers' }).getByRole('listitem').filter({ hasText: `Through ${selfHosted}` }).getByRole('heading', { level: 2 }).allTextContents();
  expect(offered).toEqual(['Microsoft OneDrive', 'Dropbox']);
  expect(app.core.providerGroups().find((group) => group.server.baseUrl === app.stack.baseUrl)?.providers.map((p) => p.id)).toEqual(['onedrivev2', 'dropbox']);
});

async function submitCliToken(page: Page, token: string): Promise<void> {
  await page.locator('#token').fill(token);
  await page.locator('button[type="submit"]').click();
}

