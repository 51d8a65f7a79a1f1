// Every screen in both themes: axe-core finds nothing, nothing scrolls sideways at 420x640,
// no inline styles; screenshots go to docs/screenshots when UPDATE_SCREENSHOTS=1.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { clickProviderButton, signInAtProvider } from '../integration/login/support/provider-pages';
import { startLogin } from './journeys/journey-steps';
import { useRealApp } from './journeys/real-app-suite';
import { layoutProblems } from './support/page-checks';
import { seedSampleAuthIds } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();

async function inspect(page: Page, name: string, fullPage = true): Promise<void> {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  expect(await layoutProblems(page), `layout of ${name}`).toEqual([]);
  // A confirmation left over from the previous step would cover part of the picture.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  if (await dismiss.isVisible()) await dismiss.click();
  await saveScreenshot(page, name, { fullPage });
}

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  test('the AuthIDs, Authorize, detail, revoke, Paste and Settings screens have no accessibility problems', async () => {
    const { app, host } = await start({ seed: seedSampleAuthIds });
    const { page } = host;
    await page.emulateMedia({ colorScheme });
    const shot = (name: string, fullPage = true) => inspect(page, `${name}-${colorScheme}`, fullPage);

    await page.getByRole('heading', { name: 'Family photos' }).waitFor();
    await shot('authids');

    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    await page.getByRole('heading', { name: 'Duplicati AuthID service' }).waitFor();
    await shot('authorize');

    const { loginPage } = await startLogin(app, host, 'Dropbox');
    await page.getByText('Dropbox: Waiting for you in the login window').waitFor();
    await shot('authorize-login');

    await clickProviderButton(loginPage);
    await signInAtProvider(loginPage, app.stack, { account: 'alex', deny: true });
    await page.getByText('Dropbox: The login did not finish').waitFor();
    await shot('authorize-login-failed');

    await page.getByRole('button', { name: 'AuthIDs', exact: true }).click();
    await page.getByRole('button', { name: 'Details for Family photos' }).click();
    await page.getByLabel('Folder path').fill('Backups/Laptop');
    await page.getByText('dropbox://Backups/Laptop?authid=').first().waitFor();
    await shot('detail');

    await page.getByRole('button', { name: 'Revoke…' }).click();
    await page.getByText('This is what will happen:').waitFor();
    await shot('revoke-plan', false);

    await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.getByText('Revoked at the AuthID server.').waitFor();
    await shot('revoke-result', false);
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Paste', exact: true }).click();
    await page.getByLabel('Connection URL or AuthID').fill('dropbox://Backups/Desktop');
    await page.getByText('The URL has no AuthID, so Duplicati cannot log in.').waitFor();
    await shot('paste');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'AuthID servers' }).waitFor();
    await shot('settings');
  });

  test('the empty list and the storage warning have no accessibility problems', async () => {
    const { page } = (await start({ keyring: { available: false, backend: 'basic_text' }, vaultFileText: '{"records": [ {"id": "trunc' })).host;
    await page.emulateMedia({ colorScheme });
    await page.getByRole('heading', { name: 'No AuthIDs yet' }).waitFor();
    await inspect(page, `authids-empty-${colorScheme}`);

    await page.getByRole('button', { name: 'Review storage protection' }).click();
    await page.getByRole('heading', { name: 'Storage protection' }).waitFor();
    await inspect(page, `settings-storage-${colorScheme}`);
  });
});

test('a wider window uses the room: row actions move beside the text, nothing overflows', async () => {
  const { page } = (await start({ seed: seedSampleAuthIds })).host;
  await page.setViewportSize({ width: 1024, height: 768 });
  const row = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem').first();
  await row.waitFor();
  const text = await row.locator('.authid-row-main').boundingBox();
  const details = await row.getByRole('button', { name: 'Details for Family photos' }).boundingBox();
  expect(details!.x).toBeGreaterThan(text!.x + text!.width - 1);
  expect(await layoutProblems(page)).toEqual([]);
  await saveScreenshot(page, 'authids-wide-light');
});
