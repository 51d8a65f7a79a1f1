// The Duplicati connection in Chromium on the real app core, against the Duplicati stand-in:
// signing in (wrong password, then right), every backup by AuthID with the broken and at-risk
// ones flagged, "Used by" on an AuthID's detail, and a re-authorized AuthID put into three
// backups (read back with their schedules) and undone. Nothing the window receives holds a
// plaintext AuthID or the password.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it  } from 'vitest';
import { launchChromium } from '../fixtures/chromium';
import { newAuthId } from '../integration/duplicati/support/sample-backups';
import { withNewAuthId } from '../integration/duplicati/support/update-journey';
import { axeViolations } from './support/axe';
import { BOX, DUPLICATI_PASSWORD, ONEDRIVE, startDuplicatiSession, type DuplicatiSession } from './support/duplicati-session';
import { layoutProblems } from './support/page-checks';
import { saveScreenshot } from './support/screenshots';

let browser: Browser | undefined;
let session: DuplicatiSession | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(colorScheme: 'light' | 'dark' = 'light'): Promise<DuplicatiSession> {
  session = await startDuplicatiSession(browser!, { colorScheme });
  return session;
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  return page.getByRole('region', { name: 'Duplicati on this computer' });
}

/** Signs in through Settings and waits for the first look at the backups. */
async function signIn({ host: { page }, duplicati }: DuplicatiSession, password = DUPLICATI_PASSWORD) {
  const section = await openSettings(page);
  await section.getByRole('textbox', { name: 'Duplicati address' }).fill(duplicati.baseUrl);
  await section.getByLabel('Duplicati password').fill(password);
  await section.getByRole('button', { name: 'Sign in to Duplicati' }).click();
  return section;
}

async function openDuplicatiScreen(page: Page) {
  await page.getByRole('button', { name: 'Duplicati', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Duplicati backups' }).waitFor();
  await page.getByRole('heading', { name: 'Backups by AuthID' }).waitFor();
}

/** axe finds nothing (in `part` only, when given) and nothing scrolls sideways. */
async function expectAccessible(page: Page, part?: string) {
  expect(await axeViolations(page, part === undefined ? {} : { include: part })).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
}

const SETTINGS_PART = 'section[aria-labelledby="duplicati-heading"]';

describe('signing in to Duplicati', () => {
  it('a wrong password says so and what to do next, and the password is not kept in the form', async () => {
    const s = await start();
    const { page } = s.host;
    const section = await signIn(s, 'not the password');
    await section.getByText('Wrong password.').waitFor();
    expect(await section.getByRole('alert').textContent()).toContain('did not accept that password');
    expect(await section.getByLabel('Duplicati password').inputValue()).toBe('');
    await expectAccessible(page, SETTINGS_PART);
    await saveScreenshot(page, 'duplicati-wrong-password');
    await s.expectNoSecretsReceived();
  });

  it('the right password connects and shows the version; connecting and signing out change nothing in Duplicati', async () => {
    const s = await start();
    const { page } = s.host;
    const section = await signIn(s);
    await section.getByText(`Connected to Duplicati 2.3.0.4 at 127.0.0.1:${s.duplicati.port}.`).waitFor();
    expect(await section.getByRole('button', { name: 'Forget the password' }).count()).toBe(0);
    await expectAccessible(page, SETTINGS_PART);
    await saveScreenshot(page, 'duplicati-connected');

    await section.getByRole('button', { name: 'Sign out of Duplicati' }).click();
    await section.getByRole('button', { name: 'Sign in to Duplicati' }).waitFor();
    expect(s.duplicati.writes()).toBe(0);
    expect(s.duplicati.requests.filter((r) => r.method === 'PUT' || r.path.includes('update-backups'))).toEqual([]);
    await s.expectNoSecretsReceived();
  });

  it('a Duplicati that is not running is named as not reachable', async () => {
    const s = await start();
    await s.duplicati.close();
    const section = await signIn(s);
    await section.getByText('Duplicati is not reachable.').waitFor();
    expect(await section.getByRole('alert').textContent()).toContain('Check that Duplicati is running');
  });
});

describe.each(['light', 'dark'] as const)('the backups, in the %s theme', (colorScheme) => {
  it('shows every backup by AuthID and flags the broken and at-risk ones', async () => {
    const s = await start(colorScheme);
    const { page } = s.host;
    await page.emulateMedia({ colorScheme });
    await signIn(s);
    await openDuplicatiScreen(page);
    const usage = page.getByRole('region', { name: 'Backups by AuthID' });
    await usage.getByText('Used by: Documents, Photos, Work').waitFor();
    const box = usage.getByRole('listitem').filter({ has: page.getByRole('heading', { name: BOX }) });
    expect(await box.getByText('Used by: Box archive').count()).toBe(1);
    expect(await box.getByText('Needs re-authorization').count()).toBe(1);
    await page.getByText('1 backup uses an AuthID that needs re-authorization.').waitFor();

    const all = page.getByRole('region', { name: 'All backups (6)' });
    const backup = (name: string) => all.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
    const healthOf = (name: string) => backup(name).locator('.health-chip').textContent();
    expect(await healthOf('Box archive')).toBe('✕Broken');
    expect(await backup('Box archive').textContent()).toContain('needs re-authorization; its next run will fail to connect');
    expect(await healthOf('Shared Dropbox')).toBe('!At risk');
    expect(await backup('Shared Dropbox').textContent()).toContain('not in AuthID Manager');
    expect(await healthOf('Documents')).toBe('✓OK');
    expect(await backup('Work').textContent()).toContain('--authid');
    await expectAccessible(page);
    await saveScreenshot(page, `duplicati-overview-${colorScheme}`);
    await s.expectNoSecretsReceived();
  });
});

describe('putting a re-authorized AuthID into its backups', () => {
  it('previews three backups, updates them with their schedules kept, and undoes it exactly', async () => {
    const s = await start();
    const { page } = s.host;
    await signIn(s);
    await openDuplicatiScreen(page);
    const before = new Map(s.duplicati.backups.ids().map((id) => [id, s.duplicati.backups.raw(id)!]));
    // What a re-authorization does to the vault; the login itself is covered by the authorize journeys.
    const fresh = newAuthId();
    await s.app.vault.replaceSecret(s.onedriveId, { authId: fresh, kind: 'v1' });
    s.duplicati.workingAuthIds.add(fresh);
    await page.getByRole('button', { name: 'Look again' }).click();
    await page.getByText('3 backups use an AuthID you have replaced').or(page.getByText('1 backup uses an AuthID that needs re-authorization.')).first().waitFor();

    await page.getByRole('button', { name: `Details for ${ONEDRIVE}` }).click();
    await page.getByRole('heading', { name: ONEDRIVE, level: 1 }).waitFor();
    const usedBy = page.getByRole('region', { name: 'Used by Duplicati backups' });
    await usedBy.getByText('3 backups still use this AuthID as it was before you re-authorized it').waitFor();
    expect(await usedBy.getByRole('listitem').allTextContents()).toEqual(['Documents', 'Photos', 'Work']);
    await saveScreenshot(page, 'duplicati-used-by');
    await usedBy.getByRole('button', { name: 'Use the new AuthID in these backups…' }).click();
    await page.getByRole('dialog', { name: 'Use the new AuthID in these 3 backups' }).waitFor();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: 'Work' }).waitFor();
    for (const name of ['Documents', 'Photos', 'Work']) expect(await dialog.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await dialog.textContent()).toContain('Advanced option --authid');
    expect(await dialog.textContent()).toContain('Schedule: Every day at 02:00 (kept as is)');
    expect(s.duplicati.writes()).toBe(0);
    // The whole page: the dialog and, behind it, the detail with "Used by".
    await expectAccessible(page);
    await saveScreenshot(page, 'duplicati-update-preview', { fullPage: false });

    await dialog.getByRole('button', { name: 'Update 3 backups' }).click();
    await dialog.getByText('Updated 3 backups; schedules and other settings are unchanged.').waitFor();
    for (const id of ['1', '2', '3']) expect(s.duplicati.backups.raw(id)).toEqual(withNewAuthId(before.get(id)!, s.ids.onedrive, fresh));
    for (const id of ['4', '5', '6']) expect(s.duplicati.backups.raw(id)).toEqual(before.get(id));
    await saveScreenshot(page, 'duplicati-update-result', { fullPage: false });

    await dialog.getByRole('button', { name: 'Undo this update' }).click();
    await dialog.getByText('Restored 3 backups to their previous configuration.').waitFor();
    for (const [id, backup] of before) expect(s.duplicati.backups.raw(id)).toEqual(backup);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await s.expectNoSecretsReceived();
  });
});
