// The Paste and Settings screens in Chromium: lint findings with fixes, saving a pasted URL,
// servers (client-side https check, Test, add, remove), preferences, theme and storage.
import { describe, expect, it  } from 'vitest';
import { HOSTED_HANDLER } from '../../electron/services/servers/known-servers';
import { startAuthIdStack } from '../fixtures/authid-stack';
import type { RealAppOptions } from '../fixtures/app/real-app';
import { closedPortServer } from '../fixtures/recording-loopback-server';
import { useRealApp } from './journeys/real-app-suite';
import { providerRow, serverChoices } from './support/authorize-screen';
import { refuseWrites } from './support/failing-writes';
import { MADE_UP_V1, realAuthId } from './support/sample-authids';

const start = useRealApp();

async function openScreen(name: 'Paste' | 'Settings', options: Partial<RealAppOptions> = {}) {
  const { app, host } = await start(options);
  await host.page.getByRole('button', { name, exact: true }).click();
  await host.page.getByRole('heading', { level: 1, name: name === 'Paste' ? 'Paste a URL or AuthID' : 'Settings' }).waitFor();
  return { app, host, page: host.page };
}

describe('pasting a connection URL or AuthID', () => {
  it('shows findings with their fixes, allows saving once fixed, and opens the new AuthID', async () => {
    const { app, host, page } = await openScreen('Paste');
    const authId = await realAuthId(app.stack, 'dropbox');
    const oauthUrl = `oauth-url=${encodeURIComponent(`${app.stack.baseUrl}/refresh`)}`;
    const text = page.getByRole('textbox', { name: 'Connection URL or AuthID' });
    const analysis = page.locator('.paste-analysis');
    await text.fill(`dropbox://Backups/Desktop?${oauthUrl}`);
    await page.getByText('Duplicati finds no AuthID in this URL (an option named exactly authid), so it cannot log in.').waitFor();
    expect(await page.getByText('Fix: Add authid=<AuthID, percent-encoded> to the URL, or copy the URL from this app.').count()).toBe(1);
    const save = page.getByRole('button', { name: 'Save as a new AuthID' });
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    // Forced: Playwright will not click an aria-disabled button, but a person can.
    await save.click({ force: true });
    expect(app.vault.list()).toHaveLength(0);

    const good = `dropbox://Backups/Desktop?authid=${encodeURIComponent(authId)}&${oauthUrl}`;
    await text.fill(`dropbox://Backups/Desktop?authid=${encodeURIComponent(authId)}&oauth-url=${encodeURIComponent('http://oauth.example.com/refresh')}`);
    await page.getByText('oauth-url uses plain http, so the AuthID travels unencrypted to that server.').waitFor();
    expect(await page.getByText('Warning:').count()).toBe(1);
    await text.fill(good);
    await page.getByText('No problems found.').waitFor();
    expect(await page.getByRole('heading', { name: 'A connection URL for Dropbox' }).count()).toBe(1);
    expect(await analysis.textContent()).not.toContain(authId.split(':')[1]);

    await page.getByRole('textbox', { name: 'Label (optional)' }).fill('Desktop at home');
    await save.click();
    await page.getByRole('heading', { name: 'Desktop at home', level: 1 }).waitFor();
    expect(host.calls.filter((call) => call.name === 'savePaste')).toHaveLength(1);
    const [record] = app.vault.list();
    expect(record).toMatchObject({ label: 'Desktop at home', serverBaseUrl: app.stack.baseUrl });
    expect(record!.destinations.map((destination) => destination.path)).toEqual(['Backups/Desktop']);
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
  });

  it('a one-click fix changes the pasted text, which is checked again and can then be saved', async () => {
    const { app, page } = await openScreen('Paste');
    const authId = await realAuthId(app.stack, 'dropbox');
    const oauthUrl = `oauth-url=${encodeURIComponent(`${app.stack.baseUrl}/refresh`)}`;
    const text = page.getByRole('textbox', { name: 'Connection URL or AuthID' });
    await text.fill(` dropbox://Backups/Desktop?AuthID=${encodeURIComponent(authId)}&${oauthUrl}`);
    await page.getByText('Duplicati will not see AuthID: its option names are looked up exactly, and this one is authid.').waitFor();
    await page.getByRole('button', { name: 'Remove the surrounding spaces' }).click();
    await expect.poll(() => text.inputValue(), { timeout: 10_000 }).toBe(`dropbox://Backups/Desktop?AuthID=${encodeURIComponent(authId)}&${oauthUrl}`);
    await page.getByRole('button', { name: 'Write authid' }).click();
    await expect.poll(() => text.inputValue(), { timeout: 10_000 }).toBe(`dropbox://Backups/Desktop?authid=${encodeURIComponent(authId)}&${oauthUrl}`);
    await page.getByText('No problems found.').waitFor();
    expect(await page.getByRole('button', { name: 'Save as a new AuthID' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('recognises a server error message pasted in place of an AuthID', async () => {
    const { page } = await openScreen('Paste');
    await page.getByRole('textbox', { name: 'Connection URL or AuthID' }).fill('Server error, you must de-authorize Duplicati');
    const analysis = page.locator('.paste-analysis');
    await analysis.getByText('The server got no lasting access from the provider, usually because the app was already authorized.').waitFor();
    expect(await analysis.textContent()).toContain('This text is not an AuthID and was not saved.');
    expect(await page.getByText("Fix: Remove the app's access on the provider's page, then authorize again to get a real AuthID.").count()).toBe(1);
  });
});

describe('settings', () => {
  it('refuses plain http to another computer before asking main', async () => {
    const { host, page } = await openScreen('Settings');
    await page.getByRole('textbox', { name: 'Server address' }).fill('http://oauth.example.com');
    await page.getByRole('button', { name: 'Add server' }).click();
    await page.getByText('Use https://. Plain http is allowed only for a server on this computer').waitFor();
    expect(await page.getByRole('textbox', { name: 'Server address' }).getAttribute('aria-invalid')).toBe('true');
    expect(host.calls.some((call) => call.name === 'addServer' || call.name === 'testServer')).toBe(false);
  });

  it('tests a loopback server, adds it, lists it under Authorize, and removes it', async () => {
    const { host, page } = await openScreen('Settings');
    const other = await startAuthIdStack();
    try {
      const name = `Self-hosted (${new URL(other.baseUrl).host})`;
      const address = page.getByRole('textbox', { name: 'Server address' });
      await address.fill(`${other.baseUrl}/`);
      await page.getByRole('button', { name: 'Test', exact: true }).click();
      await page.getByText(/Offers: .*Dropbox.*Box/).waitFor();
      expect(host.calls.find((call) => call.name === 'testServer')?.payload).toEqual({ baseUrl: other.baseUrl });

      await page.getByRole('button', { name: 'Add server' }).click();
      await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) }).waitFor();
      expect(await address.inputValue()).toBe('');

      await page.getByRole('button', { name: 'Authorize', exact: true }).click();
      expect(await serverChoices(providerRow(page, 'Box'))).toContain(name);

      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByRole('button', { name: `Remove ${name}` }).click();
      await page.getByRole('heading', { name }).waitFor({ state: 'detached' });
    } finally {
      await other.close();
    }
  });

  it('an unreachable server says so', async () => {
    const { page } = await openScreen('Settings');
    await page.getByRole('textbox', { name: 'Server address' }).fill((await closedPortServer()).baseUrl);
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByText('Test failed.').waitFor();
  });

  it('check interval and clipboard delay are validated, saved, and used by the next copy', async () => {
    const { app, host, page } = await openScreen('Settings', {
      seed: async ({ vault }) => {
        await vault.add({ label: 'Photos', defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: MADE_UP_V1, serverBaseUrl: HOSTED_HANDLER.baseUrl });
      },
    });
    const interval = page.getByRole('spinbutton', { name: 'Check every (hours)' });
    await interval.fill('0');
    await interval.press('Tab');
    await page.getByText('The check interval must be between 1 and 720.').waitFor();
    expect(host.calls.some((call) => call.name === 'updateSettings')).toBe(false);

    await interval.fill('12');
    await interval.press('Tab');
    const clearAfter = page.getByRole('spinbutton', { name: 'Clear the clipboard after (seconds)' });
    await clearAfter.fill('0');
    await clearAfter.press('Enter');
    // Each number is saved on its own as its field is left or Enter is pressed.
    await host.calls.until((calls) => calls.filter((call) => call.name === 'updateSettings').length === 2, 'both numbers to be saved');
    expect(host.calls.filter((call) => call.name === 'updateSettings').map((call) => call.payload)).toEqual([{ checkIntervalHours: 12 }, { clipboardClearSeconds: 0 }]);
    await page.locator('.number-setting').getByRole('status').filter({ hasText: 'Saved' }).nth(1).waitFor();
    expect(app.settings.values()).toMatchObject({ checkIntervalHours: 12, clipboardClearSeconds: 0 });

    await page.getByRole('button', { name: 'AuthIDs', exact: true }).click();
    await page.getByRole('button', { name: 'Details for Photos' }).click();
    await page.getByRole('button', { name: 'Copy AuthID' }).click();
    await page.getByRole('status').filter({ hasText: 'AuthID copied. The clipboard will not be cleared automatically.' }).waitFor();
    expect(app.clipboard.writes).toEqual([MADE_UP_V1]);
  });

  it('notifications and start at login apply at once; a settings file the disk refuses is reported next to the box', async () => {
    const { app, host, page } = await openScreen('Settings');
    const startAtLogin = page.getByRole('checkbox', { name: 'Start AuthID Manager when I log in' });
    expect(await startAtLogin.isChecked()).toBe(false);
    await startAtLogin.check();
    await host.calls.until((calls) => calls.some((call) => call.name === 'setStartAtLogin'), 'the window to ask for start at login');
    expect(host.calls.find((call) => call.name === 'setStartAtLogin')?.payload).toEqual({ enabled: true });
    expect(await startAtLogin.isChecked()).toBe(true);

    refuseWrites(app, 'settings');
    const notify = page.getByRole('checkbox', { name: 'Notify me when an AuthID needs attention' });
    await notify.click();
    await page.getByRole('alert').filter({ hasText: /^Nothing was changed: .*settings\.json could not be saved/ }).waitFor();
    expect(await notify.isChecked()).toBe(true);
    expect(app.settings.values().notifications).toBe(true);
  });

  it('theme: dark and light override the system, system follows it', async () => {
    const { page } = await openScreen('Settings');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const backgroundBecomes = (color: string) => page.waitForFunction((wanted) => getComputedStyle(document.documentElement).backgroundColor === wanted, color);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await backgroundBecomes('rgb(21, 24, 28)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('radio', { name: 'Light' }).check();
    await backgroundBecomes('rgb(255, 255, 255)');
    await page.getByRole('radio', { name: 'Same as the system' }).check();
    await backgroundBecomes('rgb(21, 24, 28)');
  });

  it('storage protection explains the backend and the weak opt-in carries a warning', async () => {
    const { app, page } = await openScreen('Settings', { keyring: { available: false, backend: 'basic_text' } });
    const section = page.getByRole('region', { name: 'Storage protection', exact: true });
    expect(await section.textContent()).toContain('Kept in memory only (lost when the app quits)');
    expect(await section.textContent()).toContain('basic_text');
    const optIn = section.getByRole('checkbox', { name: 'Save AuthIDs on disk without OS encryption' });
    expect(await optIn.getAttribute('aria-describedby')).toBeTruthy();
    expect(await section.textContent()).toContain('Warning: anyone who can read your files');
    await optIn.check();
    await section.getByText('Saved on disk with weak protection').waitFor();
    await page.getByRole('region', { name: 'Storage protection warning' }).getByText('saved on disk with weak protection').waitFor();
    expect(app.vault.status()).toMatchObject({ protection: 'weak-on-disk', weakOptIn: true });
  });
});
