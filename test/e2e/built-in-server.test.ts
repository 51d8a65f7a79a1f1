// The built-in AuthID server from the window, on the real app core in Chromium: turned on in
// Settings, a provider registered (endpoints at the fixture OAuth provider), checked, then a
// login through it from Authorize that saves an AuthID; a taken port and a refused client say
// what to do. axe over the section in both themes.
import { createServer, type Server } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clickProviderButton, signInAtProvider } from '../integration/login/support/provider-pages';
import { useRealApp } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();

/** A port the OS picked; `close` frees it for the server under test, or it stays taken. */
async function osPickedPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { port: address.port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function openSection(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Built-in AuthID server' });
  await section.getByRole('checkbox', { name: 'Run the built-in server' }).waitFor();
  return section;
}

/** Turns the server on at `port` and registers `providerName` with the given credentials. */
async function setUp(section: Locator, port: number, providerName: string, credentials: { clientId: string; clientSecret?: string }): Promise<Locator> {
  await section.getByRole('checkbox', { name: 'Run the built-in server' }).check();
  await section.getByText('Waiting for a provider: Not running: set up at least one provider below').waitFor();
  await section.getByLabel('Port').fill(String(port));
  await section.getByRole('button', { name: 'Save port' }).click();
  await section.getByText(`http://127.0.0.1:${port}/logged-in`, { exact: true }).waitFor();
  const provider = section.getByRole('listitem').filter({ has: section.page().locator('summary', { hasText: providerName }) });
  // Each provider is a disclosure: its summary opens the steps and the form.
  await provider.locator('summary').click();
  await provider.getByLabel('Client id').fill(credentials.clientId);
  if (credentials.clientSecret !== undefined) await provider.getByLabel('Client secret').fill(credentials.clientSecret);
  await provider.getByRole('button', { name: `Save ${providerName}` }).click();
  return provider;
}

describe('the built-in AuthID server', () => {
  test('set up in Settings, checked, and logged in through from Authorize: the AuthID lands in the list', async () => {
    const { app, host } = await start();
    const { page } = host;
    const section = await openSection(page);
    expect(await section.getByRole('status').first().textContent()).toContain('Off');

    const free = await osPickedPort();
    await free.close();
    const baseUrl = `http://127.0.0.1:${free.port}`;
    const onedrive = await setUp(section, free.port, 'Microsoft OneDrive', { clientId: 'public-pkce' });
    await section.getByText(`Running on ${baseUrl}.`, { exact: false }).waitFor();
    await onedrive.getByText('Saved, not checked yet.', { exact: false }).waitFor();
    expect(await onedrive.textContent()).toContain('Needs only the client id: no secret');
    expect(await onedrive.getByLabel('Client secret').count()).toBe(0);

    await onedrive.getByRole('button', { name: 'Check Microsoft OneDrive' }).click();
    await onedrive.getByText('Ready: Microsoft OneDrive accepts this app registration.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'built-in-server-running');

    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const builtIn = page.getByRole('region', { name: 'Built into this app' });
    await builtIn.getByRole('heading', { name: 'Microsoft OneDrive' }).waitFor();
    // Only the registered provider is offered there.
    expect(await builtIn.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Microsoft OneDrive']);
    const opened = app.loginWindow.pages.length;
    await builtIn.getByRole('button', { name: 'Authorize Microsoft OneDrive' }).click();
    const loginPage = await app.loginWindow.pages.nth(opened, 'the login window');
    await loginPage.waitForURL((url) => url.origin === baseUrl);
    await clickProviderButton(loginPage);
    await signInAtProvider(loginPage, app.stack, { account: 'robin' });
    const panel = page.getByRole('region', { name: 'Login to Microsoft OneDrive' });
    await panel.getByText('Done: the AuthID is saved').waitFor();

    expect(app.vault.list().map((record) => [record.provider, record.serverBaseUrl])).toEqual([['onedrivev2', baseUrl]]);
    await page.getByRole('button', { name: 'AuthIDs', exact: true }).click();
    const rows = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem');
    await rows.first().getByText('Microsoft OneDrive').first().waitFor();
    expect(await rows.count()).toBe(1);
    // Refreshing at the built-in server the way the app checks an AuthID.
    const check = await app.core.handlers.checkNow({ id: app.vault.list()[0]!.id });
    expect(check.health).toBe('healthy');
  });

  test('a port another program holds says so and what to do', async () => {
    const { host } = await start();
    const { page } = host;
    const taken = await osPickedPort();
    try {
      const section = await openSection(page);
      await setUp(section, taken.port, 'Microsoft OneDrive', { clientId: 'public-pkce' });
      await section.getByText(`Port in use: Another program already uses port ${taken.port} on 127.0.0.1.`, { exact: false }).waitFor();
      expect(await section.getByRole('status').first().textContent()).toContain('choose another port for the built-in server');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'built-in-server-port-taken');
      // Nothing to log in through while it does not run.
      await page.getByRole('button', { name: 'Authorize', exact: true }).click();
      await page.getByRole('region', { name: 'Duplicati AuthID service' }).waitFor();
      expect(await page.getByRole('region', { name: 'Built into this app' }).count()).toBe(0);
    } finally {
      await taken.close();
    }
  });

  test('a client secret the provider refuses is explained, in the dark theme too', async () => {
    const { app, host } = await start();
    const { page } = host;
    await page.emulateMedia({ colorScheme: 'dark' });
    const section = await openSection(page);
    const free = await osPickedPort();
    await free.close();
    const box = await setUp(section, free.port, 'Box.com', { clientId: 'rotating', clientSecret: 'not-the-secret' });
    await section.getByText('Running on', { exact: false }).waitFor();
    await box.getByText('A client secret is saved, encrypted by your operating system.', { exact: false }).waitFor();
    await box.getByRole('button', { name: 'Check Box.com' }).click();
    await box.getByText('Box.com refused the client id or secret (invalid_client).', { exact: false }).waitFor();
    expect(await box.getByText('Needs attention').count()).toBe(1);
    // The secret never reaches the window; the saved file holds only ciphertext.
    expect(await page.content()).not.toContain('not-the-secret');
    expect(app.secretBox.encryptions).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'built-in-server-refused-dark');
  });
});
