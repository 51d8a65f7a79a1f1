// The built-in AuthID server from the window, on the real app core in Chromium: turned on in
// Settings, a provider registered (endpoints at the fixture OAuth provider), checked, then a
// login through it from Authorize that saves an AuthID; a taken port and a refused client say
// what to do. axe over the section in both themes.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { osPickedPort } from '../fixtures/loopback-server';
import { signInAtProvider } from '../integration/login/support/provider-pages';
import { useRealApp } from './journeys/real-app-suite';
import { providerRow, serverChoices } from './support/authorize-screen';
import { axeViolations } from './support/axe';
import { openBuiltInSection, setUpBuiltInServer } from './support/built-in-server-settings';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();
/** The Settings section under test: axe runs over it (the whole Settings page takes axe long on this machine). */
const SECTION = 'section[aria-labelledby="built-in-heading"]';

/** The window at `part` (the page is long; a whole-page shot would be too small to read). */
async function screenshotAt(part: Locator, name: string): Promise<void> {
  await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await saveScreenshot(part.page(), name, { fullPage: false });
}

describe('the built-in AuthID server', () => {
  it('set up in Settings and checked: running on its port, the provider ready', async () => {
    const { app, host } = await start();
    const { page } = host;
    const section = await openBuiltInSection(page);
    expect(await section.getByRole('status').filter({ hasText: /^Off\./ }).textContent()).toBe('Off. Turn it on to log in through this computer.');

    const free = await osPickedPort();
    await free.close();
    const onedrive = await setUpBuiltInServer(section, free.port, 'Microsoft OneDrive', { clientId: 'public-pkce' });
    await section.getByText(`Running on http://127.0.0.1:${free.port}. Duplicati on this computer refreshes its AuthIDs here`).waitFor();
    await onedrive.getByText('Saved, not checked yet.', { exact: false }).waitFor();
    expect(await onedrive.textContent()).toContain('Needs only the client id: no secret');
    expect(await onedrive.textContent()).toContain(`the redirect URI http://127.0.0.1:${free.port}/logged-in`);
    expect(await onedrive.getByLabel('Client secret').count()).toBe(0);

    await onedrive.getByRole('button', { name: 'Check Microsoft OneDrive' }).click();
    await onedrive.getByText('Ready: Microsoft OneDrive accepts this app registration.').waitFor();
    await section.getByRole('button', { name: 'Copy redirect URI' }).click();
    await section.getByText('Redirect URI copied.').waitFor();
    expect(app.clipboard.writes.at(-1)).toBe(`http://127.0.0.1:${free.port}/logged-in`);
    // Running, it offers what keeps it there for Duplicati.
    await section.getByText('A backup that runs while AuthID Manager is closed cannot refresh its AuthID here').waitFor();
    await section.getByRole('button', { name: 'Start AuthID Manager when I log in' }).click();
    await section.getByText('AuthID Manager starts when you log in, so this server is there').waitFor();
    expect((await app.core.handlers.getSettings(undefined)).startAtLogin).toBe(true);
    // Duplicati's web UI may receive AuthIDs only once the user says so, at the port they name.
    const webUi = section.getByRole('checkbox', { name: 'Let Duplicati’s web UI on this computer receive AuthIDs' });
    expect(await webUi.isChecked()).toBe(false);
    await webUi.check();
    await section.getByText('Allowed: http://127.0.0.1:8200, http://localhost:8200', { exact: false }).waitFor();
    await section.getByLabel('Port of Duplicati’s web UI').fill('8300');
    await section.getByLabel('Port of Duplicati’s web UI').press('Enter');
    await section.getByText('Allowed: http://127.0.0.1:8300', { exact: false }).waitFor();
    expect(app.builtInServer.status().duplicatiWebUi?.port).toBe(8300);
    expect(await axeViolations(page, { include: SECTION })).toEqual([]);
    await screenshotAt(section, 'built-in-server-running');
    await screenshotAt(onedrive, 'built-in-server-provider-ready');
  });

  it('offered under Authorize with only its registered providers; a login through it saves an AuthID that refreshes', async () => {
    const { app, host } = await start();
    const { page } = host;
    const free = await osPickedPort();
    await free.close();
    await app.builtInServer.setPort(free.port);
    await app.builtInServer.saveRegistration({ id: 'onedrivev2', clientId: 'public-pkce' });
    await app.builtInServer.setEnabled(true);
    const baseUrl = `http://127.0.0.1:${free.port}`;

    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    // Recommended for its one registered provider, and offered for no other.
    const oneDrive = providerRow(page, 'Microsoft OneDrive');
    await oneDrive.getByText('Through Built into this app').waitFor();
    expect(await page.getByText('Through Built into this app').count()).toBe(1);
    expect(await serverChoices(providerRow(page, 'Dropbox'))).not.toContain('Built into this app');
    const opened = app.loginWindow.pages.length;
    await oneDrive.getByRole('button', { name: 'Authorize Microsoft OneDrive' }).click();
    const loginPage = await app.loginWindow.pages.nth(opened, 'the login window');
    // The window opens at the built-in server's /login, which sends it on to the provider.
    await loginPage.waitForURL((url) => url.origin === app.stack.provider.issuer);
    await signInAtProvider(loginPage, app.stack, { account: 'robin' });
    await page.getByRole('region', { name: 'Login to Microsoft OneDrive' }).getByText('Done: the AuthID is saved').waitFor();

    expect(app.vault.list().map((record) => [record.provider, record.serverBaseUrl])).toEqual([['onedrivev2', baseUrl]]);
    await page.getByRole('button', { name: 'AuthIDs', exact: true }).click();
    const rows = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem');
    await rows.first().getByText('Microsoft OneDrive').first().waitFor();
    expect(await rows.count()).toBe(1);
    // The app's check refreshes at the built-in server, as Duplicati would.
    expect((await app.core.handlers.checkNow({ id: app.vault.list()[0]!.id })).health).toBe('healthy');
  });

  it('a port another program holds says so and what to do', async () => {
    const { host } = await start();
    const { page } = host;
    const taken = await osPickedPort();
    try {
      const section = await openBuiltInSection(page);
      await setUpBuiltInServer(section, taken.port, 'Microsoft OneDrive', { clientId: 'public-pkce' });
      await section.getByText(`Port ${taken.port} is in use. Another program already uses port ${taken.port} on 127.0.0.1.`).waitFor();
      expect(await section.getByRole('status').filter({ hasText: 'is in use' }).textContent()).toContain('choose another port for the built-in server');
      expect(await axeViolations(page, { include: SECTION })).toEqual([]);
      await screenshotAt(section, 'built-in-server-port-taken');
      // Nothing to log in through while it does not run.
      await page.getByRole('button', { name: 'Authorize', exact: true }).click();
      expect(await serverChoices(providerRow(page, 'Microsoft OneDrive'))).not.toContain('Built into this app');
      expect(await page.getByText('Through Built into this app').count()).toBe(0);
    } finally {
      await taken.close();
    }
  });

  it('a client secret the provider refuses is explained, in the dark theme too', async () => {
    const { app, host } = await start();
    const { page } = host;
    await page.emulateMedia({ colorScheme: 'dark' });
    const section = await openBuiltInSection(page);
    const free = await osPickedPort();
    await free.close();
    const box = await setUpBuiltInServer(section, free.port, 'Box.com', { clientId: 'rotating', clientSecret: 'not-the-secret' });
    await section.getByText('Running on', { exact: false }).waitFor();
    await box.getByText('A client secret is saved, encrypted by your operating system.', { exact: false }).waitFor();
    await box.getByRole('button', { name: 'Check Box.com' }).click();
    await box.getByText('Box.com refused the client id or secret (invalid_client).', { exact: false }).waitFor();
    expect(await box.getByText('Needs attention').count()).toBe(1);
    // The secret never reaches the window; the saved file holds only ciphertext.
    expect(await page.content()).not.toContain('not-the-secret');
    expect(app.secretBox.encryptions).toBeGreaterThan(0);
    expect(await axeViolations(page, { include: SECTION })).toEqual([]);
    await screenshotAt(box, 'built-in-server-refused-dark');
  });
});
