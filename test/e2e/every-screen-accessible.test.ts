// Every screen in both themes: axe-core finds nothing, nothing scrolls sideways at 420x640,
// no inline styles; screenshots go to docs/screenshots when UPDATE_SCREENSHOTS=1.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useAppInChromium } from './support/browser-suite';
import { createInMemoryHandlers } from './support/in-memory-handlers';
import { layoutProblems } from './support/page-checks';
import { SAMPLE_AUTHIDS } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const openApp = useAppInChromium();

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
    const double = createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS });
    const { page } = await openApp(double, { colorScheme });
    const shot = (name: string, fullPage = true) => inspect(page, `${name}-${colorScheme}`, fullPage);

    await page.getByRole('heading', { name: 'Family photos' }).waitFor();
    await shot('authids');

    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    await page.getByRole('heading', { name: 'Duplicati AuthID service' }).waitFor();
    await shot('authorize');

    await page.getByRole('button', { name: 'Authorize Dropbox' }).click();
    await page.getByText('Dropbox: Waiting for you in the login window').waitFor();
    await shot('authorize-login');

    double.finishLogin(double.loginIds[0]!, {
      result: 'failed',
      message: 'The server answered "Server error, you must de-authorize Duplicati" instead of an AuthID.',
      deauthorizeUrl: 'https://www.dropbox.com/account/connected_apps',
    });
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
    await page.getByText('The URL has no authid.').waitFor();
    await shot('paste');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'AuthID servers' }).waitFor();
    await shot('settings');
  });

  test('the empty list and the storage warning have no accessibility problems', async () => {
    const double = createInMemoryHandlers({
      storage: {
        protection: 'memory-only',
        backend: 'basic_text',
        explanation: 'No keyring (such as GNOME Keyring or KWallet) is running, so AuthIDs cannot be encrypted on disk.',
        weakOptInAllowed: true,
        recoveredFrom: '/home/alex/.config/authid-manager/authids.corrupt-2024-05-01T10-00-00.json',
      },
    });
    const { page } = await openApp(double, { colorScheme });
    await page.getByRole('heading', { name: 'No AuthIDs yet' }).waitFor();
    await inspect(page, `authids-empty-${colorScheme}`);

    await page.getByRole('button', { name: 'Review storage protection' }).click();
    await page.getByRole('heading', { name: 'Storage protection' }).waitFor();
    await inspect(page, `settings-storage-${colorScheme}`);
  });
});

test('a wider window uses the room: row actions move beside the text, nothing overflows', async () => {
  const double = createInMemoryHandlers({ authIds: SAMPLE_AUTHIDS });
  const { page } = await openApp(double, { viewport: { width: 1024, height: 768 } });
  const row = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem').first();
  await row.waitFor();
  const text = await row.locator('.authid-row-main').boundingBox();
  const details = await row.getByRole('button', { name: 'Details for Family photos' }).boundingBox();
  expect(details!.x).toBeGreaterThan(text!.x + text!.width - 1);
  expect(await layoutProblems(page)).toEqual([]);
  await saveScreenshot(page, 'authids-wide-light');
});
