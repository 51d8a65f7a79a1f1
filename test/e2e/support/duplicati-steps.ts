/** What a user does with Duplicati in the window: sign in, open the Duplicati screen, re-authorize an AuthID for real. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import { signInAtProvider } from '../../integration/login/support/provider-pages';
import { axeViolations } from './axe';
import { DUPLICATI_PASSWORD, ONEDRIVE, ONEDRIVE_ACCOUNT, type DuplicatiSession } from './duplicati-session';
import { layoutProblems } from './page-checks';

/** axe finds nothing (in `part` only, when given) and nothing scrolls sideways. */
export async function expectAccessible(page: Page, part?: string): Promise<void> {
  expect(await axeViolations(page, part === undefined ? {} : { include: part })).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
}

async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  return page.getByRole('region', { name: 'Duplicati on this computer' });
}

/** Signs in through Settings; the first look at the backups starts by itself. */
export async function signIn({ host: { page }, duplicati }: DuplicatiSession, password = DUPLICATI_PASSWORD): Promise<Locator> {
  const section = await openSettings(page);
  await section.getByRole('textbox', { name: 'Duplicati address' }).fill(duplicati.baseUrl);
  await section.getByLabel('Duplicati password').fill(password);
  await section.getByRole('button', { name: 'Sign in to Duplicati' }).click();
  return section;
}

export async function openDuplicatiScreen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Duplicati', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Duplicati backups' }).waitFor();
  await page.getByRole('heading', { name: 'Backups by AuthID' }).waitFor();
}

/** From the Duplicati screen to the OneDrive AuthID's detail. */
export async function openOneDriveDetail(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Backups by AuthID' }).getByRole('button', { name: `Details for ${ONEDRIVE}` }).click();
  await page.getByRole('heading', { name: ONEDRIVE, level: 1 }).waitFor();
}

/**
 * On the OneDrive AuthID's detail: Re-authorize, then a real login in the login window at the
 * app's AuthID server and the fixture provider. Resolves with the new AuthID (registered with the
 * leak check), which the storage provider behind the stand-in's destination test accepts.
 */
export async function reauthorizeOneDrive({ app, host: { page }, duplicati, onedriveId, ids }: DuplicatiSession): Promise<string> {
  const opened = app.loginWindow.pages.length;
  await page.getByRole('region', { name: 'Health' }).getByRole('button', { name: 'Re-authorize' }).click();
  const panel = page.getByRole('region', { name: 'Login to Microsoft OneDrive' });
  await panel.getByText('Waiting for you in the login window').waitFor();
  const loginPage = await app.loginWindow.pages.nth(opened, 'the login window');
  await signInAtProvider(loginPage, app.stack, { account: ONEDRIVE_ACCOUNT });
  await panel.getByText('Done: the AuthID is saved').waitFor();
  const fresh = await app.vault.readSecret(onedriveId);
  registerSecret(fresh);
  expect(fresh).not.toBe(ids.onedrive);
  duplicati.workingAuthIds.add(fresh);
  return fresh;
}

/** On the detail: waits until "Used by" offers the new AuthID to the `stale` backups still on the old one, and opens the preview. */
export async function openUpdatePreview(page: Page, stale: number): Promise<Locator> {
  const usedBy = page.getByRole('region', { name: 'Used by Duplicati backups' });
  await usedBy.getByText(`${stale} backups still use this AuthID as it was before you re-authorized it`).waitFor();
  expect(await usedBy.getByRole('listitem').allTextContents()).toEqual(['Documents', 'Photos', 'Work']);
  await usedBy.getByRole('button', { name: 'Use the new AuthID in these backups…' }).click();
  await page.getByRole('dialog', { name: `Use the new AuthID in these ${stale} backups` }).getByRole('button', { name: `Update ${stale} backups` }).waitFor();
  // The dialog keeps its place but not its title: after the update it is "Backups updated".
  return page.getByRole('dialog');
}
