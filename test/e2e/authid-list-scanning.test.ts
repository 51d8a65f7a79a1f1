// Issue 15 item 5: the AuthID list is quick to scan: compact rows, problems first (sortable),
// Re-authorize on the rows that need it, the whole row opens the detail, filters only when useful.
import type { Page } from 'playwright-core';
import { describe, expect, it  } from 'vitest';
import { useRealApp } from './journeys/real-app-suite';
import { waitForCount } from './support/locator-waits';
import { manyLabels, seedManyAuthIds } from './support/many-authids';
import { ARCHIVE, FAMILY_PHOTOS, OLD_BOX, WORK_DOCUMENTS, idOf, realAuthId, seedSampleAuthIds } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();
const rowsOf = (page: Page) => page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem');
const labelsInOrder = (page: Page) => page.getByRole('list', { name: 'AuthIDs' }).getByRole('heading', { level: 2 }).allTextContents();

describe('the AuthID list at 420x640', () => {
  it('rows are compact: at least seven fit fully in the window', async () => {
    const { page } = (await start({ seed: seedManyAuthIds(12) })).host;
    const rows = rowsOf(page);
    await waitForCount(rows, 12);
    await saveScreenshot(page, 'authids-compact-light', { fullPage: false });
    const boxes = await rows.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
    for (const box of boxes) expect(box.height).toBeLessThan(64);
    const inView = boxes.filter((box) => box.top >= 0 && box.bottom <= 640);
    expect(inView.length).toBeGreaterThanOrEqual(7);
  });

  it('problems come first, then by label; the Sort control orders by label or provider', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    await rowsOf(page).first().waitFor();
    expect(await labelsInOrder(page)).toEqual([WORK_DOCUMENTS, OLD_BOX, ARCHIVE, FAMILY_PHOTOS]);
    await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Sort: Label (A–Z)' });
    await page.getByRole('heading', { name: ARCHIVE }).and(rowsOf(page).first().getByRole('heading')).waitFor();
    expect(await labelsInOrder(page)).toEqual([ARCHIVE, FAMILY_PHOTOS, OLD_BOX, WORK_DOCUMENTS]);
    await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Sort: Provider' });
    await page.getByRole('heading', { name: OLD_BOX }).and(rowsOf(page).first().getByRole('heading')).waitFor();
    // Box, Dropbox, Microsoft SharePoint, pCloud.
    expect(await labelsInOrder(page)).toEqual([OLD_BOX, FAMILY_PHOTOS, WORK_DOCUMENTS, ARCHIVE]);
  });

  it('a row that needs re-authorization offers Re-authorize, which starts the login', async () => {
    const { app, host } = await start({
      seed: async ({ vault, stack }) => {
        const record = await vault.add({ label: 'Expired Dropbox', defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: await realAuthId(stack, 'dropbox'), serverBaseUrl: stack.baseUrl });
        vault.recordCheck(record.id, { at: new Date().toISOString(), health: 'needs-reauthorization', reason: 'Dropbox refused the token.' });
        await vault.add({ label: 'Fine Box', defaultLabel: 'Box', provider: 'box.com', kind: 'v1', authId: await realAuthId(stack, 'box.com'), serverBaseUrl: stack.baseUrl });
      },
    });
    const { page } = host;
    await rowsOf(page).first().waitFor();
    expect(await rowsOf(page).filter({ hasText: 'Fine Box' }).getByRole('button', { name: /^Re-authorize/ }).count()).toBe(0);
    const opened = app.loginWindow.pages.length;
    await rowsOf(page).filter({ hasText: 'Expired Dropbox' }).getByRole('button', { name: 'Re-authorize Expired Dropbox' }).click();
    await rowsOf(page).filter({ hasText: 'Expired Dropbox' }).getByRole('region', { name: 'Login to Dropbox' }).getByText('Waiting for you in the login window').waitFor();
    expect(host.calls.filter((call) => call.name === 'reauthorize').map((call) => call.payload)).toEqual([{ id: idOf(app, 'Expired Dropbox') }]);
    await app.loginWindow.pages.nth(opened, 'the login window to open');
    // The row's own button did not also open the detail.
    expect(await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).count()).toBe(1);
  });

  it('a click anywhere on a row opens its detail', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    const chip = (await rowsOf(page).filter({ hasText: OLD_BOX }).getByText('Rate-limited').boundingBox())!;
    await page.mouse.click(chip.x + chip.width / 2, chip.y + chip.height / 2);
    await page.getByRole('heading', { name: OLD_BOX, level: 1 }).waitFor();
  });

  it('Rename stays on the line of a long label, and the label ends in an ellipsis', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    const label = page.getByRole('heading', { name: WORK_DOCUMENTS });
    await label.waitFor();
    const labelBox = (await label.boundingBox())!;
    const renameBox = (await page.getByRole('button', { name: `Rename ${WORK_DOCUMENTS}` }).boundingBox())!;
    expect(renameBox.x).toBeGreaterThanOrEqual(labelBox.x + labelBox.width - 1);
    expect(Math.abs(renameBox.y + renameBox.height / 2 - (labelBox.y + labelBox.height / 2))).toBeLessThan(4);
    expect(await label.locator('.truncate').evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  });

  it('the "Not checked yet" chip does not read as cut-off text', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    const chip = rowsOf(page).filter({ hasText: ARCHIVE }).locator('.health-chip');
    await chip.waitFor();
    const text = (await chip.textContent())!;
    expect(text).toContain('Not checked yet');
    expect(text).not.toContain('…');
    expect(await chip.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });

  it('search also matches the names of saved destinations', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    await rowsOf(page).first().waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('laptop backup');
    await waitForCount(rowsOf(page), 1);
    expect(await rowsOf(page).first().getByRole('heading').textContent()).toBe(FAMILY_PHOTOS);
  });

  it('with one AuthID there is nothing to search, sort or filter', async () => {
    const { page } = (await start({ seed: seedManyAuthIds(1) })).host;
    await page.getByRole('heading', { name: 'Backup 01' }).waitFor();
    expect(await page.getByRole('searchbox').count()).toBe(0);
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await page.getByText('1 AuthID', { exact: true }).count()).toBe(1);
  });

  it('filters show only where the AuthIDs differ', async () => {
    const { page } = (await start({ seed: seedManyAuthIds(2) })).host;
    await page.getByRole('heading', { name: 'Backup 02' }).waitFor();
    // Both healthy, one Dropbox and one Box: search, sort and the provider filter.
    expect(await page.getByRole('searchbox', { name: 'Search' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Sort' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Provider' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Health' }).count()).toBe(0);
  });

  it('a long list says how many are shown and what "Show more" adds', async () => {
    const { page } = (await start({ seed: seedManyAuthIds(30) })).host;
    await waitForCount(rowsOf(page), 25);
    expect(await page.getByText('Showing 25 of 30 AuthIDs', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Show the last 5' }).click();
    await waitForCount(rowsOf(page), 30);
    expect(await page.getByText('30 AuthIDs', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Show/ }).count()).toBe(0);
    expect(await labelsInOrder(page)).toHaveLength(manyLabels(30).length);
  });
});
