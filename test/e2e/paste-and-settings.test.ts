// The Paste and Settings screens in Chromium: lint findings with fixes, saving a pasted URL,
// servers (client-side https check, Test, add, remove), preferences, theme and storage.
import { describe, expect, test } from 'vitest';
import { useAppInChromium } from './support/browser-suite';
import { createInMemoryHandlers } from './support/in-memory-handlers';

const openApp = useAppInChromium();
const AUTHID = '3f9a0c1b2d4e5f60718293a4b5c6d7:Xy7-Pq9.Lm2_Zr4!Ws8Tk';

async function openScreen(name: 'Paste' | 'Settings', double = createInMemoryHandlers()) {
  const host = await openApp(double);
  await host.page.getByRole('button', { name, exact: true }).click();
  await host.page.getByRole('heading', { level: 1, name: name === 'Paste' ? 'Paste a URL or AuthID' : 'Settings' }).waitFor();
  return { double, host, page: host.page };
}

describe('pasting a connection URL or AuthID', () => {
  test('shows findings with their fixes, allows saving once fixed, and opens the new AuthID', async () => {
    const { double, host, page } = await openScreen('Paste');
    const text = page.getByRole('textbox', { name: 'Connection URL or AuthID' });
    await text.fill('dropbox://Backups/Desktop');
    await page.getByText('The URL has no authid.').waitFor();
    expect(await page.getByText('Fix: Add ?authid= followed by the AuthID.').count()).toBe(1);
    const save = page.getByRole('button', { name: 'Save as a new AuthID' });
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    // Forced: Playwright will not click an aria-disabled button, but a person can.
    await save.click({ force: true });
    expect(double.authIds()).toHaveLength(0);

    await text.fill(`dropbox://Backups/Desktop?authid=${AUTHID}`);
    await page.getByText('The AuthID is not percent-encoded.').waitFor();
    expect(await page.getByText('Warning:').count()).toBe(1);
    await text.fill(`dropbox://Backups/Desktop?authid=${encodeURIComponent(AUTHID)}`);
    await page.getByText('No problems found.').waitFor();
    expect(await page.getByRole('heading', { name: 'A connection URL for Dropbox' }).count()).toBe(1);
    expect(await page.locator('.paste-analysis').textContent()).not.toContain('Xy7-Pq9');

    await page.getByRole('textbox', { name: 'Label (optional)' }).fill('Desktop at home');
    await save.click();
    await page.getByRole('heading', { name: 'Desktop at home', level: 1 }).waitFor();
    expect(double.authIds().map((authId) => authId.label)).toEqual(['Desktop at home']);
    expect(host.calls.filter((call) => call.name === 'savePaste')).toHaveLength(1);
    expect(double.authIds()[0]!.destinations.map((destination) => destination.path)).toEqual(['Backups/Desktop']);
  });

  test('recognises a server error message pasted in place of an AuthID', async () => {
    const { page } = await openScreen('Paste');
    await page.getByRole('textbox', { name: 'Connection URL or AuthID' }).fill('Server error, you must de-authorize Duplicati');
    await page.getByText('This is an error message from the AuthID server, not an AuthID.').waitFor();
    expect(await page.getByText('Fix: De-authorize the app at the provider, then authorize again.').count()).toBe(1);
  });
});

describe('settings', () => {
  test('refuses plain http to another computer before asking main', async () => {
    const { host, page } = await openScreen('Settings');
    await page.getByRole('textbox', { name: 'Server address' }).fill('http://oauth.example.com');
    await page.getByRole('button', { name: 'Add server' }).click();
    await page.getByText('Use https://. Plain http is allowed only for a server on this computer').waitFor();
    expect(await page.getByRole('textbox', { name: 'Server address' }).getAttribute('aria-invalid')).toBe('true');
    expect(host.calls.some((call) => call.name === 'addServer' || call.name === 'testServer')).toBe(false);
  });

  test('tests a loopback server, adds it, lists it under Authorize, and removes it', async () => {
    const double = createInMemoryHandlers({ reachableServers: { 'http://127.0.0.1:8080': ['dropbox', 'box.com'] } });
    const { host, page } = await openScreen('Settings', double);
    const address = page.getByRole('textbox', { name: 'Server address' });
    await address.fill('http://127.0.0.1:8080/');
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByText('Offers: Dropbox, Box.').waitFor();
    expect(host.calls.find((call) => call.name === 'testServer')?.payload).toEqual({ baseUrl: 'http://127.0.0.1:8080' });

    await page.getByRole('button', { name: 'Add server' }).click();
    const added = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Self-hosted (127.0.0.1:8080)' }) });
    await added.waitFor();
    expect(await address.inputValue()).toBe('');

    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    await page.getByRole('region', { name: 'Self-hosted (127.0.0.1:8080)' }).getByRole('heading', { name: 'Box', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Remove Self-hosted (127.0.0.1:8080)' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Self-hosted (127.0.0.1:8080)' }).count()).toBe(0);
  });

  test('an unreachable server says so', async () => {
    const { page } = await openScreen('Settings');
    await page.getByRole('textbox', { name: 'Server address' }).fill('https://oauth.example.com');
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByText('Not reachable.').waitFor();
  });

  test('check interval and clipboard delay are validated, saved, and used by the next copy', async () => {
    const double = createInMemoryHandlers({ authIds: [{ label: 'Photos', provider: 'dropbox', secret: AUTHID }] });
    const { host, page } = await openScreen('Settings', double);
    const interval = page.getByRole('spinbutton', { name: 'Check every (hours)' });
    await interval.fill('0');
    await page.getByRole('button', { name: 'Save check and clipboard settings' }).click();
    await page.getByText('The check interval must be between 1 and 720.').waitFor();
    expect(host.calls.some((call) => call.name === 'updateSettings')).toBe(false);

    await interval.fill('12');
    await page.getByRole('spinbutton', { name: 'Clear the clipboard after (seconds)' }).fill('0');
    await page.getByRole('button', { name: 'Save check and clipboard settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    expect(host.calls.find((call) => call.name === 'updateSettings')?.payload).toEqual({ checkIntervalHours: 12, clipboardClearSeconds: 0 });

    await page.getByRole('button', { name: 'AuthIDs', exact: true }).click();
    await page.getByRole('button', { name: 'Details for Photos' }).click();
    await page.getByRole('button', { name: 'Copy AuthID' }).click();
    await page.getByRole('status').filter({ hasText: 'AuthID copied. The clipboard will not be cleared automatically.' }).waitFor();
  });

  test('notifications and start at login apply at once; a failure is shown next to the box', async () => {
    const { double, host, page } = await openScreen('Settings');
    const startAtLogin = page.getByRole('checkbox', { name: 'Start AuthID Manager when I log in' });
    expect(await startAtLogin.isChecked()).toBe(true);
    await startAtLogin.uncheck();
    await expect.poll(() => host.calls.find((call) => call.name === 'setStartAtLogin')?.payload).toEqual({ enabled: false });
    expect(await startAtLogin.isChecked()).toBe(false);

    double.failNext('updateSettings', 'Settings could not be written: the disk is full.');
    await page.getByRole('checkbox', { name: 'Notify me when an AuthID needs attention' }).click();
    await page.getByRole('alert').filter({ hasText: 'the disk is full' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Notify me when an AuthID needs attention' }).isChecked()).toBe(true);
  });

  test('theme: dark and light override the system, system follows it', async () => {
    const { page } = await openScreen('Settings');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(background).toBe('rgb(21, 24, 28)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await page.getByRole('radio', { name: 'Same as the system' }).check();
    await expect.poll(background).toBe('rgb(21, 24, 28)');
  });

  test('storage protection explains the backend and the weak opt-in carries a warning', async () => {
    const double = createInMemoryHandlers({
      storage: { protection: 'memory-only', backend: 'basic_text', explanation: 'No keyring is running, so nothing can encrypt the AuthIDs.', weakOptInAllowed: true },
    });
    const { page } = await openScreen('Settings', double);
    const section = page.getByRole('region', { name: 'Storage protection', exact: true });
    expect(await section.textContent()).toContain('Kept in memory only (lost when the app quits)');
    expect(await section.textContent()).toContain('basic_text');
    const optIn = section.getByRole('checkbox', { name: 'Save AuthIDs on disk without OS encryption' });
    expect(await optIn.getAttribute('aria-describedby')).toBeTruthy();
    expect(await section.textContent()).toContain('Warning: anyone who can read your files');
    await optIn.check();
    await section.getByText('Saved on disk with weak protection').waitFor();
    await page.getByRole('region', { name: 'Storage protection warning' }).getByText('saved on disk with weak protection').waitFor();
  });
});
