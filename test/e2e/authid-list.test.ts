// The AuthIDs screen in Chromium: rows, search and filters, inline rename by keyboard,
// the empty state, the storage banner and the tray's navigate event.
import { describe, expect, it  } from 'vitest';
import { useRealApp } from './journeys/real-app-suite';
import { refuseWrites } from './support/failing-writes';
import { waitForCount, waitForFocus } from './support/locator-waits';
import { focusIsVisible } from './support/page-checks';
import { FAMILY_PHOTOS, OLD_BOX, WORK_DOCUMENTS as LONG_LABEL, idOf, realAuthId, seedSampleAuthIds } from './support/sample-authids';

const start = useRealApp();
const withSamples = () => start({ seed: seedSampleAuthIds });

describe('the AuthIDs list', () => {
  it('shows each AuthID with provider, account, server, masked AuthID and health in words', async () => {
    const { app, host } = await withSamples();
    const { page } = host;
    const secret = await app.vault.readSecret(idOf(app, FAMILY_PHOTOS));
    const rows = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(4);
    // Problems first: Family photos (healthy) is the last row.
    const first = await rows.nth(3).textContent();
    expect(first).toContain('Dropbox · alex@example.com');
    expect(first).toContain(app.stack.baseUrl);
    expect(first).toContain(`${secret.slice(0, 4)}…:••••••••${secret.slice(-4)}`);
    expect(first).not.toContain(secret.split(':')[1]);
    expect(first).toContain('Healthy');
    expect(first).toMatch(/Last check: 2 hours ago/);
    expect(await rows.nth(0).textContent()).toContain('Needs re-authorization');
    expect(await rows.nth(2).textContent()).toContain('Not checked yet');
    expect(await rows.nth(1).textContent()).toContain('Rate-limited');
  });

  it('keeps a long label on one line with the full text available', async () => {
    const { page } = (await withSamples()).host;
    const label = page.getByRole('heading', { name: LONG_LABEL });
    await label.waitFor();
    const truncated = label.locator('.truncate');
    expect(await truncated.getAttribute('title')).toBe(LONG_LABEL);
    const fits = await truncated.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(fits).toBe(true);
  });

  it('search and filters narrow the list, and clearing them brings every row back', async () => {
    const { page } = (await withSamples()).host;
    const rows = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem');
    await rows.first().waitFor();

    await page.getByRole('searchbox', { name: 'Search' }).fill('contoso');
    await waitForCount(rows, 1);
    expect(await rows.first().textContent()).toContain('SharePoint');
    expect(await page.getByText('Showing 1 of 4 AuthIDs').count()).toBe(1);

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByRole('combobox', { name: 'Health' }).selectOption('rate-limited');
    await waitForCount(rows, 1);
    expect(await rows.first().textContent()).toContain(OLD_BOX);

    await page.getByRole('combobox', { name: 'Provider' }).selectOption('dropbox');
    await page.getByText('No AuthID matches this search.').waitFor();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await waitForCount(rows, 4);
  });

  it('rename by keyboard: Enter saves, Escape cancels, focus returns to Rename', async () => {
    const { app, host } = await withSamples();
    const { page } = host;
    const rename = page.getByRole('button', { name: 'Rename Family photos' });
    await rename.focus();
    await page.keyboard.press('Enter');
    const input = page.getByRole('textbox', { name: 'New label for Family photos' });
    await waitForFocus(input);
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
    const id = idOf(app, 'Holiday pictures');
    expect(host.calls.filter((call) => call.name === 'rename').map((call) => call.payload)).toEqual([{ id, label: 'Holiday pictures' }]);
    expect(app.vault.list()[0]).toMatchObject({ id, label: 'Holiday pictures' });
    const renameAgain = page.getByRole('button', { name: 'Rename Holiday pictures' });
    await waitForFocus(renameAgain);
  });

  it('a rename the disk refuses shows the message next to the field and keeps the edit open', async () => {
    const { app, host } = await withSamples();
    const { page } = host;
    refuseWrites(app, 'vault');
    await page.getByRole('button', { name: 'Rename Family photos' }).click();
    await page.getByRole('textbox', { name: 'New label for Family photos' }).fill('Photos');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /^Nothing was changed: .*vault\.json could not be saved/ }).waitFor();
    expect(await page.getByRole('textbox', { name: 'New label for Family photos' }).inputValue()).toBe('Photos');
    // Memory still agrees with the file: the old label stands.
    expect(app.vault.list().map((r) => r.label)).toContain('Family photos');
  });

  it('an empty label is refused before anything is sent', async () => {
    const { host } = await withSamples();
    await host.page.getByRole('button', { name: 'Rename Family photos' }).click();
    await host.page.getByRole('textbox', { name: 'New label for Family photos' }).fill('   ');
    await host.page.keyboard.press('Enter');
    await host.page.getByText('Enter a label, or press Escape to keep the old one.').waitFor();
    expect(host.calls.some((call) => call.name === 'rename')).toBe(false);
  });

  it('with no AuthIDs, the empty state leads to Authorize', async () => {
    const { page } = (await start()).host;
    await page.getByRole('heading', { name: 'No AuthIDs yet' }).waitFor();
    await page.getByRole('button', { name: 'Authorize a provider' }).click();
    await page.getByRole('heading', { name: 'Authorize a provider', level: 1 }).waitFor();
  });

  it('the storage banner stays while AuthIDs are memory-only and names a moved-aside store', async () => {
    const { app, host } = await start({
      keyring: { available: false, backend: 'basic_text' },
      vaultFileText: '{"records": [ {"id": "trunc',
      seed: seedSampleAuthIds,
    });
    const { page } = host;
    const banner = page.getByRole('region', { name: 'Storage protection warning' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('kept in memory only');
    expect(await banner.textContent()).toContain(app.vault.status().recoveredFrom);
    expect(app.vault.status().recoveredFrom).toMatch(/vault\.corrupt-.+\.json$/);
    await page.getByRole('button', { name: 'Paste', exact: true }).click();
    await page.getByRole('heading', { name: 'Paste a URL or AuthID' }).waitFor();
    expect(await banner.isVisible()).toBe(true);
  });

  it('no banner when the OS encrypts the AuthIDs', async () => {
    const { page } = (await withSamples()).host;
    await page.getByRole('heading', { name: 'Family photos' }).waitFor();
    expect(await page.getByRole('region', { name: 'Storage protection warning' }).count()).toBe(0);
  });

  it("the tray's navigate event opens an AuthID's detail, and list updates arrive live", async () => {
    const { app, host } = await withSamples();
    await host.page.getByRole('heading', { name: 'Family photos' }).waitFor();
    await host.emit('navigate', { screen: 'detail', id: idOf(app, OLD_BOX) });
    await host.page.getByRole('heading', { name: OLD_BOX, level: 1 }).waitFor();
    await host.emit('navigate', { screen: 'settings' });
    await host.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await host.emit('navigate', { screen: 'authids' });
    app.vault.rename(idOf(app, FAMILY_PHOTOS), 'Renamed from the tray');
    await host.page.getByRole('heading', { name: 'Renamed from the tray' }).waitFor();
  });

  it('Check all asks main once and shows each real check result', async () => {
    const providers = ['dropbox', 'onedrivev2', 'googledrive', 'box.com'] as const;
    const { host } = await start({
      seed: async ({ vault, stack }) => {
        for (const provider of providers) {
          await vault.add({ defaultLabel: provider, provider, kind: 'v1', authId: await realAuthId(stack, provider), serverBaseUrl: stack.baseUrl });
        }
      },
    });
    const list = host.page.getByRole('list', { name: 'AuthIDs' });
    await waitForCount(list.getByText('Not checked yet'), 4);
    await host.page.getByRole('button', { name: 'Check all' }).click();
    await waitForCount(list.getByText('Healthy'), 4);
    expect(host.calls.filter((call) => call.name === 'checkAll')).toHaveLength(1);
  });
});
