// The AuthIDs screen in Chromium: rows, search and filters, inline rename by keyboard,
// the empty state, the storage banner and the tray's navigate event.
import { describe, expect, test } from 'vitest';
import { useAppInChromium } from './support/browser-suite';
import { createInMemoryHandlers } from './support/in-memory-handlers';
import { focusIsVisible } from './support/page-checks';
import { SAMPLE_AUTHIDS } from './support/sample-authids';

const openApp = useAppInChromium();
const LONG_LABEL = SAMPLE_AUTHIDS[1]!.label;

describe('the AuthIDs list', () => {
  test('shows each AuthID with provider, account, server, masked AuthID and health in words', async () => {
    const { page } = await openApp(createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS }));
    const rows = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(4);
    const first = rows.nth(0);
    expect(await first.textContent()).toContain('Dropbox · alex@example.com');
    expect(await first.textContent()).toContain('https://duplicati-oauth-handler.appspot.com');
    expect(await first.textContent()).toContain('3f9a0c1b…:••••••');
    expect(await first.textContent()).not.toContain('Xy7-Pq9');
    expect(await first.textContent()).toContain('Healthy');
    expect(await first.textContent()).toMatch(/Last check: 2 hours ago/);
    expect(await rows.nth(1).textContent()).toContain('Needs re-authorization');
    expect(await rows.nth(2).textContent()).toContain('Not checked yet');
    expect(await rows.nth(3).textContent()).toContain('Rate-limited');
  });

  test('keeps a long label on one line with the full text available', async () => {
    const { page } = await openApp(createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS }));
    const label = page.getByRole('heading', { name: LONG_LABEL });
    await label.waitFor();
    const truncated = label.locator('.truncate');
    expect(await truncated.getAttribute('title')).toBe(LONG_LABEL);
    const fits = await truncated.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(fits).toBe(true);
  });

  test('search and filters narrow the list, and clearing them brings every row back', async () => {
    const { page } = await openApp(createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS }));
    const rows = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem');
    await rows.first().waitFor();

    await page.getByRole('searchbox', { name: 'Search' }).fill('contoso');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('SharePoint');
    expect(await page.getByText('Showing 1 of 4 AuthIDs').count()).toBe(1);

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByRole('combobox', { name: 'Health' }).selectOption('rate-limited');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Old Box account');

    await page.getByRole('combobox', { name: 'Provider' }).selectOption('dropbox');
    await page.getByText('No AuthID matches this search.').waitFor();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => rows.count()).toBe(4);
  });

  test('rename by keyboard: Enter saves, Escape cancels, focus returns to Rename', async () => {
    const double = createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS });
    const host = await openApp(double);
    const { page } = host;
    const rename = page.getByRole('button', { name: 'Rename Family photos' });
    await rename.focus();
    await page.keyboard.press('Enter');
    const input = page.getByRole('textbox', { name: 'New label for Family photos' });
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Holiday pictures');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Family photos' }).waitFor();
    expect(host.calls.some((call) => call.name === 'rename')).toBe(false);
    expect(await rename.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);

    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Holiday pictures');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Holiday pictures' }).waitFor();
    expect(host.calls.filter((call) => call.name === 'rename').map((call) => call.payload)).toEqual([{ id: 'a1', label: 'Holiday pictures' }]);
    expect(double.authIds()[0]!.label).toBe('Holiday pictures');
    const renameAgain = page.getByRole('button', { name: 'Rename Holiday pictures' });
    await expect.poll(() => renameAgain.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  test('a rejected rename shows the message next to the field and keeps the edit open', async () => {
    const double = createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS });
    const { page } = await openApp(double);
    double.failNext('rename', 'The vault is locked; unlock your keyring and try again.');
    await page.getByRole('button', { name: 'Rename Family photos' }).click();
    await page.getByRole('textbox', { name: 'New label for Family photos' }).fill('Photos');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The vault is locked' });
    await alert.waitFor();
    expect(await page.getByRole('textbox', { name: 'New label for Family photos' }).inputValue()).toBe('Photos');
  });

  test('an empty label is refused before anything is sent', async () => {
    const host = await openApp(createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS }));
    await host.page.getByRole('button', { name: 'Rename Family photos' }).click();
    await host.page.getByRole('textbox', { name: 'New label for Family photos' }).fill('   ');
    await host.page.keyboard.press('Enter');
    await host.page.getByText('Enter a label, or press Escape to keep the old one.').waitFor();
    expect(host.calls.some((call) => call.name === 'rename')).toBe(false);
  });

  test('with no AuthIDs, the empty state leads to Authorize', async () => {
    const { page } = await openApp(createInMemoryHandlers());
    await page.getByRole('heading', { name: 'No AuthIDs yet' }).waitFor();
    await page.getByRole('button', { name: 'Authorize a provider' }).click();
    await page.getByRole('heading', { name: 'Authorize a provider', level: 1 }).waitFor();
  });

  test('the storage banner stays while AuthIDs are memory-only and names a moved-aside store', async () => {
    const double = createInMemoryHandlers({
      authIds: SAMPLE_AUTHIDS,
      storage: {
        protection: 'memory-only',
        backend: 'basic_text',
        explanation: 'No keyring is running.',
        weakOptInAllowed: true,
        recoveredFrom: '/home/alex/.config/authid-manager/store.corrupt.json',
      },
    });
    const { page } = await openApp(double);
    const banner = page.getByRole('region', { name: 'Storage protection warning' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('kept in memory only');
    expect(await banner.textContent()).toContain('/home/alex/.config/authid-manager/store.corrupt.json');
    await page.getByRole('button', { name: 'Paste', exact: true }).click();
    await page.getByRole('heading', { name: 'Paste a URL or AuthID' }).waitFor();
    expect(await banner.isVisible()).toBe(true);
  });

  test('no banner when the OS encrypts the AuthIDs', async () => {
    const { page } = await openApp(createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS }));
    await page.getByRole('heading', { name: 'Family photos' }).waitFor();
    expect(await page.getByRole('region', { name: 'Storage protection warning' }).count()).toBe(0);
  });

  test("the tray's navigate event opens an AuthID's detail, and list updates arrive live", async () => {
    const double = createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS });
    const host = await openApp(double);
    await host.page.getByRole('heading', { name: 'Family photos' }).waitFor();
    await host.emit('navigate', { screen: 'detail', id: 'a4' });
    await host.page.getByRole('heading', { name: 'Old Box account', level: 1 }).waitFor();
    await host.emit('navigate', { screen: 'settings' });
    await host.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await host.emit('navigate', { screen: 'authids' });
    await double.handlers.rename({ id: 'a1', label: 'Renamed from the tray' });
    await host.page.getByRole('heading', { name: 'Renamed from the tray' }).waitFor();
  });

  test('Check all asks main once and shows progress until it answers', async () => {
    const host = await openApp(createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS }));
    await host.page.getByRole('button', { name: 'Check all' }).click();
    await expect.poll(() => host.page.getByRole('list', { name: 'AuthIDs' }).getByText('Healthy').count()).toBe(4);
    expect(host.calls.filter((call) => call.name === 'checkAll')).toHaveLength(1);
  });
});
