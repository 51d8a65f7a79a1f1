// Every screen and state in both themes, one test each, each setting up only what it shows:
// axe-core finds nothing, nothing scrolls sideways at 420x640, no inline styles; screenshots go
// to docs/screenshots when UPDATE_SCREENSHOTS=1.
import type { Page } from 'playwright-core';
import { describe, expect, it  } from 'vitest';
import type { RealAppOptions } from '../fixtures/app/real-app';
import { signInAtProvider } from '../integration/login/support/provider-pages';
import { startLogin } from './journeys/journey-steps';
import { useRealApp, type RealSession } from './journeys/real-app-suite';
import { providerRow, serverChoices } from './support/authorize-screen';
import { axeViolations } from './support/axe';
import { layoutProblems } from './support/page-checks';
import { FAMILY_PHOTOS, seedSampleAuthIds } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();

interface ScreenCase {
  /** Also the screenshot's name (with the theme added). */
  readonly name: string;
  readonly options?: Partial<RealAppOptions>;
  /** Brings the window to the state to inspect. */
  readonly reach: (session: RealSession) => Promise<void>;
  /** Dialogs: just the window, whose backdrop covers only it. */
  readonly windowOnly?: boolean;
}

const SAMPLES: Partial<RealAppOptions> = { seed: seedSampleAuthIds };
const NO_KEYRING: Partial<RealAppOptions> = { keyring: { available: false, backend: 'basic_text' }, vaultFileText: '{"records": [ {"id": "trunc' };

async function openScreen(page: Page, button: string, heading: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

async function openDetail({ host: { page } }: RealSession): Promise<void> {
  await page.getByRole('button', { name: `Details for ${FAMILY_PHOTOS}` }).click();
  await page.getByRole('heading', { name: FAMILY_PHOTOS, level: 1 }).waitFor();
}

async function openRevokePlan(session: RealSession): Promise<void> {
  await openDetail(session);
  await session.host.page.getByRole('button', { name: 'Revoke…' }).click();
  await session.host.page.getByText('This is what will happen:').waitFor();
}

const SCREENS: readonly ScreenCase[] = [
  { name: 'authids', options: SAMPLES, reach: ({ host }) => host.page.getByRole('heading', { name: FAMILY_PHOTOS }).waitFor() },
  { name: 'authorize', reach: ({ host }) => openScreen(host.page, 'Authorize', 'Dropbox') },
  {
    name: 'authorize-other-server',
    reach: async ({ host }) => {
      await openScreen(host.page, 'Authorize', 'Dropbox');
      await serverChoices(providerRow(host.page, 'Dropbox'));
    },
  },
  {
    name: 'authorize-login',
    reach: async ({ app, host }) => {
      await startLogin(app, host, 'Dropbox');
      await host.page.getByText('Dropbox: Waiting for you in the login window').waitFor();
    },
  },
  {
    name: 'authorize-login-failed',
    reach: async ({ app, host }) => {
      const { loginPage } = await startLogin(app, host, 'Dropbox');
      await signInAtProvider(loginPage, app.stack, { account: 'alex', deny: true });
      await host.page.getByText('Dropbox: The login did not finish').waitFor();
    },
  },
  {
    name: 'detail',
    options: SAMPLES,
    reach: async (session) => {
      await openDetail(session);
      await session.host.page.getByLabel('Folder path').fill('Backups/Laptop');
      await session.host.page.getByText('dropbox://Backups/Laptop?authid=').first().waitFor();
    },
  },
  { name: 'revoke-plan', options: SAMPLES, windowOnly: true, reach: openRevokePlan },
  {
    name: 'revoke-result',
    options: SAMPLES,
    windowOnly: true,
    reach: async (session) => {
      await openRevokePlan(session);
      const { page } = session.host;
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
      await page.getByText('Revoked at the AuthID server.').waitFor();
    },
  },
  {
    name: 'paste',
    reach: async ({ host: { page } }) => {
      await openScreen(page, 'Paste', 'Paste a URL or AuthID');
      await page.getByLabel('Connection URL or AuthID').fill('dropbox://Backups/Desktop');
      await page.getByText('Duplicati finds no AuthID in this URL (an option named exactly authid), so it cannot log in.').waitFor();
    },
  },
  { name: 'settings', reach: ({ host }) => openScreen(host.page, 'Settings', 'AuthID servers') },
  { name: 'authids-empty', options: NO_KEYRING, reach: ({ host }) => host.page.getByRole('heading', { name: 'No AuthIDs yet' }).waitFor() },
  {
    name: 'settings-storage',
    options: NO_KEYRING,
    reach: async ({ host: { page } }) => {
      await page.getByRole('heading', { name: 'No AuthIDs yet' }).waitFor();
      await page.getByRole('button', { name: 'Storage settings' }).click();
      await page.getByRole('heading', { name: 'Storage protection' }).waitFor();
    },
  },
];

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it.each(SCREENS)('$name has no accessibility or layout problems', async ({ name, options, reach, windowOnly }) => {
    const session = await start(options);
    const { page } = session.host;
    await page.emulateMedia({ colorScheme });
    await reach(session);
    expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
    expect(await layoutProblems(page), `layout of ${name}`).toEqual([]);
    // A confirmation toast would cover part of the picture.
    const dismiss = page.getByRole('button', { name: 'Dismiss message' });
    if (await dismiss.isVisible()) await dismiss.click();
    await saveScreenshot(page, `${name}-${colorScheme}`, { fullPage: windowOnly !== true });
  });
});

it('a wider window uses the room: row actions move beside the text, nothing overflows', async () => {
  const { page } = (await start(SAMPLES)).host;
  await page.setViewportSize({ width: 1024, height: 768 });
  const row = page.getByRole('list', { name: 'AuthIDs' }).getByRole('listitem').filter({ hasText: FAMILY_PHOTOS });
  await row.waitFor();
  const text = await row.locator('.authid-row-main').boundingBox();
  const details = await row.getByRole('button', { name: `Details for ${FAMILY_PHOTOS}` }).boundingBox();
  expect(details!.x).toBeGreaterThan(text!.x + text!.width - 1);
  expect(await layoutProblems(page)).toEqual([]);
  await saveScreenshot(page, 'authids-wide-light');
});
