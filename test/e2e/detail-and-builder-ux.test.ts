// Issue 15 items 6 and 7 in Chromium on the real app core: the detail leads with health and says
// its reason once, in plain words; a revealed AuthID hides itself again (driven by Playwright's
// clock, no real wait); Re-authorize leads where it is what fixes the AuthID; the URL builder
// keeps quiet until the user has written something and then speaks about the fields.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it  } from 'vitest';
import { HOSTED_HANDLER } from '../../electron/services/servers/known-servers';
import type { RealAppOptions } from '../fixtures/app/real-app';
import { memoryStore } from '../fixtures/memory-secret-store';
import { useRealApp } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { waitForFocus, waitForText } from './support/locator-waits';
import { layoutProblems } from './support/page-checks';
import { FAMILY_PHOTOS, MADE_UP_V1, idOf, seedSampleAuthIds } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();
type Seed = NonNullable<RealAppOptions['seed']>;
const VIEWPORT_HEIGHT = 640;

async function openDetail(options: Partial<RealAppOptions>, label: string) {
  const session = await start(options);
  const { page } = session.host;
  await page.getByRole('button', { name: `Details for ${label}` }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
  return { ...session, page };
}

/** The page's timers and Date from now on move only when the test says so (nothing here needs them to flow). */
async function stopTheClock(page: Page): Promise<void> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
}

const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN;
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const teamSite: Seed = async ({ vault }) => {
  await vault.add({ label: 'Team site', defaultLabel: 'SharePoint', provider: 'sharepoint', serverBaseUrl: HOSTED_HANDLER.baseUrl, kind: 'v1', authId: MADE_UP_V1 });
};

const NEEDS_LOGIN = 'Shared drive at work with a long label that has to wrap';
const needsLogin: Seed = async ({ vault }) => {
  const record = await vault.add({ label: NEEDS_LOGIN, defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: HOSTED_HANDLER.baseUrl, kind: 'v1', authId: MADE_UP_V1 });
  vault.recordCheck(record.id, { at: new Date().toISOString(), health: 'needs-reauthorization', reason: 'Microsoft refused the refresh token (invalid_grant): log in again.' });
};

/** Only the parts these items changed: the whole screen is checked in every-screen-accessible.test.ts, and axe on all of it takes long here. */
const CHANGED_DETAIL = '.detail-health, section[aria-labelledby="reveal-heading"], section[aria-labelledby="facts-heading"], .url-builder';

describe('the detail screen (issue 15 item 6)', () => {
  it('leads with health, says its reason once and the kind in plain words', async () => {
    const { app, page } = await openDetail({ seed: seedSampleAuthIds }, FAMILY_PHOTOS);
    const health = region(page, 'Health');
    await health.getByText('Healthy').first().waitFor();
    // Health is the first section, above the AuthID and the facts, and fully in the first screenful.
    const healthBox = await health.boundingBox();
    expect(healthBox!.y + healthBox!.height).toBeLessThanOrEqual(VIEWPORT_HEIGHT);
    expect(healthBox!.y).toBeLessThan(await top(region(page, 'AuthID')));
    expect(await top(region(page, 'AuthID'))).toBeLessThan(await top(region(page, 'About this AuthID')));

    // Two checks said the same; the sentence appears once on the whole screen.
    const reason = `The AuthID works: the server at ${new URL(app.stack.baseUrl).host} handed out an access token.`;
    expect(await page.getByText(reason).count()).toBe(1);
    expect(await page.locator('.check-history > li').count()).toBe(2);

    const facts = region(page, 'About this AuthID');
    expect(await facts.textContent()).not.toContain('kept by the server');
    expect(await facts.locator('dt', { hasText: 'Stops working' }).count()).toBe(1);
    expect(await facts.textContent()).toContain('When you revoke it here.');

    // Check now announces its result without saying the reason a second time.
    await health.getByRole('button', { name: 'Check now' }).click();
    await health.getByRole('status').getByText('Checked just now: Healthy.').waitFor();
    await page.locator('.check-history > li').nth(2).waitFor();
    expect(await page.getByText(reason).count()).toBe(1);
  });

  it('a revealed AuthID hides itself after 30 seconds, with the time left shown and Hide still there', async () => {
    const { app, page } = await openDetail({ seed: seedSampleAuthIds }, FAMILY_PHOTOS);
    const secret = await app.vault.readSecret(idOf(app, FAMILY_PHOTOS));
    const masked = `${secret.slice(0, 4)}…:••••••••${secret.slice(-4)}`;
    await stopTheClock(page);
    const value = page.locator('.authid-value code');
    const section = region(page, 'AuthID');

    await section.getByRole('button', { name: 'Reveal' }).click();
    await waitForText(value, secret);
    const hide = section.getByRole('button', { name: 'Hide' });
    await waitForFocus(hide);
    await section.getByText('Hides again in 30 s').waitFor();
    await page.clock.runFor(10_000);
    await section.getByText('Hides again in 20 s').waitFor();
    await page.clock.runFor(20_000);
    await waitForText(value, masked);
    expect(await section.getByText('Hides again in').count()).toBe(0);
    // The same button turned back into Reveal, so focus did not fall to the page.
    await waitForFocus(section.getByRole('button', { name: 'Reveal' }));

    // Hide still hides at once, and a new reveal starts the full time again.
    await page.keyboard.press('Enter');
    await waitForText(value, secret);
    await section.getByText('Hides again in 30 s').waitFor();
    await hide.click();
    await waitForText(value, masked);
    await page.clock.runFor(60_000);
    expect(await value.textContent()).toBe(masked);
  });

  it('an AuthID that needs re-authorization makes Re-authorize the main button, not Copy URL', async () => {
    const { page } = await openDetail({ seed: needsLogin }, NEEDS_LOGIN);
    const health = region(page, 'Health');
    const reauthorize = health.getByRole('button', { name: 'Re-authorize' });
    const copyUrl = page.getByRole('button', { name: 'Copy URL' });
    await reauthorize.waitFor();
    expect(await reauthorize.getAttribute('class')).toContain('button-primary');
    expect(await copyUrl.getAttribute('class')).not.toContain('button-primary');
    expect(await page.locator('.button-primary').count()).toBe(1);
    // First in its row, in the first screenful, before Check now in the tab order.
    expect(await health.locator('.button-row button').allTextContents()).toEqual(['Re-authorize', 'Check now']);
    const box = await reauthorize.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORT_HEIGHT);
    expect(await page.getByText('Microsoft refused the refresh token (invalid_grant): log in again.').count()).toBe(1);
    await region(page, 'Connection URL').getByText('This AuthID no longer works: re-authorize first').waitFor();
  });

  it('a healthy AuthID keeps Copy URL as the main button and Re-authorize second', async () => {
    const { page } = await openDetail({ seed: seedSampleAuthIds }, FAMILY_PHOTOS);
    const health = region(page, 'Health');
    await health.getByRole('button', { name: 'Check now' }).waitFor();
    expect(await health.locator('.button-row button').allTextContents()).toEqual(['Check now', 'Re-authorize']);
    expect(await page.getByRole('button', { name: 'Copy URL' }).getAttribute('class')).toContain('button-primary');
  });
});

describe('the connection-URL builder (issue 15 item 7)', () => {
  it('says nothing before anything was typed, then speaks about the field, never with paste advice', async () => {
    const { host, page } = await openDetail({ seed: teamSite }, 'Team site');
    const builder = region(page, 'Connection URL');
    await builder.locator('output.url-preview-text').getByText('sharepoint://?authid=').waitFor();
    // The preview answered; it brought no findings with it, and no field shows an error yet.
    expect(await builder.getByRole('region', { name: 'Problems with this URL' }).count()).toBe(0);
    expect(await builder.locator('.field-error').count()).toBe(0);
    expect(await builder.textContent()).not.toMatch(/&site-id=|building the URL in this app/);

    // Leaving the field empty: the field says what it needs.
    const siteId = builder.getByRole('textbox', { name: 'Site ID (required)' });
    await siteId.focus();
    await page.keyboard.press('Tab');
    await builder.getByText('Site ID is required.').waitFor();
    expect(await siteId.getAttribute('aria-invalid')).toBe('true');
    await builder.getByLabel('Folder path').fill('Backups');
    await builder.locator('output.url-preview-text').getByText('sharepoint://Backups?authid=').waitFor();
    expect(await builder.textContent()).not.toMatch(/&site-id=|building the URL in this app|SharePoint needs the site-id option/);
    expect(host.calls.filter((call) => call.name === 'previewUrl').length).toBeGreaterThan(0);

    // Help in plain words; the rarely needed options stay folded away.
    expect(await builder.textContent()).not.toMatch(/Graph|\/sites\/<host>/);
    const advanced = builder.locator('details.advanced-options');
    expect(await advanced.getAttribute('open')).toBeNull();
    expect(await builder.getByRole('textbox', { name: 'Short request timeout' }).isVisible()).toBe(false);
  });

  it("the app's own keychain reference raises no secret-provider note", async () => {
    const label = 'Team drive';
    const { page } = await openDetail(
      {
        secretStore: memoryStore(),
        seed: async ({ vault }) => {
          await vault.add({ label, defaultLabel: label, provider: 'onedrivev2', serverBaseUrl: HOSTED_HANDLER.baseUrl, kind: 'v1', authId: MADE_UP_V1 });
        },
      },
      label,
    );
    const keychain = region(page, 'System keychain');
    await keychain.getByRole('checkbox', { name: 'Duplicati reads this AuthID from the system keychain' }).check();
    await keychain.getByText('Your keyring holds this AuthID; Duplicati reads it at every backup.').waitFor();
    const builder = region(page, 'Connection URL');
    await builder.getByLabel('Folder path').fill('Backups/Laptop');
    await builder.locator('output.url-preview-text').getByText('onedrivev2://Backups/Laptop?authid=$authid_team_drive&').waitFor();
    expect(await builder.getByRole('region', { name: 'Problems with this URL' }).count()).toBe(0);
    expect(await page.getByText('secret-provider reference', { exact: false }).count()).toBe(0);
  });
});

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it('the detail of an AuthID that needs re-authorization, revealed, has no accessibility or layout problems', async () => {
    const { page } = await openDetail({ seed: needsLogin }, NEEDS_LOGIN);
    await page.emulateMedia({ colorScheme });
    // Date stands still and timers keep running (axe needs them), so the countdown holds at 30 s.
    await page.clock.setFixedTime(Date.now());
    await region(page, 'AuthID').getByRole('button', { name: 'Reveal' }).click();
    await region(page, 'AuthID').getByText('Hides again in 30 s').waitFor();
    expect(await axeViolations(page, { include: CHANGED_DETAIL })).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await saveScreenshot(page, `detail-reauthorize-${colorScheme}`);
  });

  it('the builder with a field error has no accessibility or layout problems', async () => {
    const { page } = await openDetail({ seed: teamSite }, 'Team site');
    await page.emulateMedia({ colorScheme });
    const builder = region(page, 'Connection URL');
    await builder.getByRole('textbox', { name: 'Site ID (required)' }).focus();
    await page.keyboard.press('Tab');
    await builder.getByText('Site ID is required.').waitFor();
    await builder.getByText('Advanced (', { exact: false }).click();
    await builder.getByRole('textbox', { name: 'Short request timeout' }).waitFor();
    expect(await axeViolations(page, { include: '.url-builder' })).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await builder.scrollIntoViewIfNeeded();
    await saveScreenshot(page, `url-builder-${colorScheme}`);
  });
});
