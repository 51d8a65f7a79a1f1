// Issue 15, items 8 and 10 in Chromium on the real app core: the first-run screen, the compact
// storage warning and its way to Settings, one save model for Settings, a manual server Test's
// advice, and times in the window's locale.
import type { Page } from 'playwright-core';
import { describe, expect, it  } from 'vitest';
import { HOSTED_HANDLER } from '../../electron/services/servers/known-servers';
import { startRealApp, type RealAppOptions } from '../fixtures/app/real-app';
import { closedPortServer } from '../fixtures/recording-loopback-server';
import { useRealApp } from './journeys/real-app-suite';
import { openApp } from './support/app-host';
import { axeViolations } from './support/axe';
import { MADE_UP_V1 } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();
const WINDOW_HEIGHT = 640;
const NO_KEYRING: Partial<RealAppOptions> = { keyring: { available: false, backend: 'basic_text' } };
const ONE_AUTHID: Partial<RealAppOptions> = {
  seed: async ({ vault }) => {
    await vault.add({ label: 'Photos', defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: MADE_UP_V1, serverBaseUrl: HOSTED_HANDLER.baseUrl });
  },
};

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Top and bottom of an element in the window's viewport, in CSS pixels. */
async function placeInViewport(page: Page, selector: string): Promise<{ top: number; bottom: number }> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  });
}

describe('first run', () => {
  it('explains in three points what an AuthID is, where Duplicati uses it and what the app does; the first login is one click away', async () => {
    const { page } = (await start()).host;
    const welcome = page.getByRole('region', { name: 'No AuthIDs yet' });
    await welcome.waitFor();
    const points = await welcome.getByRole('listitem').allTextContents();
    expect(points).toHaveLength(3);
    expect(points[0]).toMatch(/^An AuthID is a key you get by logging in to a cloud storage provider/);
    expect(points[1]).toContain('authid option of a backup');
    expect(points[2]).toMatch(/keeps it encrypted .* refreshes it regularly so it stays alive/);
    const authorize = welcome.getByRole('button', { name: 'Authorize a provider' });
    // The one primary action, in view without scrolling at the default window size.
    expect(await welcome.locator('.button-primary').count()).toBe(1);
    const { bottom } = await placeInViewport(page, '.welcome-action');
    expect(bottom).toBeLessThanOrEqual(WINDOW_HEIGHT);
    await authorize.click();
    await page.getByRole('heading', { name: 'Authorize a provider', level: 1 }).waitFor();
  });

  it('from the first run, an AuthID already in Duplicati is one click from Paste', async () => {
    const { page } = (await start()).host;
    await page.getByRole('region', { name: 'No AuthIDs yet' }).getByRole('button', { name: 'Paste a URL or AuthID' }).click();
    await page.getByRole('heading', { name: 'Paste a URL or AuthID', level: 1 }).waitFor();
  });
});

describe('the storage warning when no keyring can encrypt', () => {
  it('is one compact line that says "in memory" at most once; its details say how to fix the cause', async () => {
    const { page } = (await start(NO_KEYRING)).host;
    const banner = page.getByRole('region', { name: 'Storage protection warning' });
    await banner.waitFor();
    await saveScreenshot(page, 'storage-warning-light', { fullPage: false });
    const closed = await banner.boundingBox();
    expect(closed!.height).toBeLessThanOrEqual(56);
    expect(await banner.locator('summary').innerText()).toBe('No keyring: AuthIDs are lost on quit.');
    expect(await banner.getByRole('button').count()).toBe(1);
    expect((await banner.textContent())!.match(/in memory only/g)?.length ?? 0).toBeLessThanOrEqual(1);

    await banner.locator('summary').click();
    const fix = banner.getByText(/^How to fix it:/);
    await fix.waitFor();
    expect(await fix.textContent()).toContain('GNOME Keyring (the gnome-keyring package) or KDE Wallet (KWallet)');
    expect(await fix.textContent()).toContain('Then quit and start AuthID Manager again.');
  });

  it('its button opens Settings scrolled to storage protection, with focus there, also when Settings is already open', async () => {
    const { page } = (await start(NO_KEYRING)).host;
    const button = page.getByRole('region', { name: 'Storage protection warning' }).getByRole('button', { name: 'Storage settings' });
    await button.click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect.poll(() => focusedId(page), { timeout: 10_000 }).toBe('storage-heading');
    const place = await placeInViewport(page, '#storage-heading');
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(WINDOW_HEIGHT);
    await saveScreenshot(page, 'settings-storage-from-banner-light', { fullPage: false });

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('heading', { level: 1, name: 'Settings' }).focus();
    await button.click();
    await expect.poll(() => focusedId(page), { timeout: 10_000 }).toBe('storage-heading');
    expect((await placeInViewport(page, '#storage-heading')).top).toBeGreaterThanOrEqual(0);
  });
});

describe('Settings', () => {
  it('every setting is saved as it changes, with "Saved" beside it; no Save buttons', async () => {
    const { app, host } = await start();
    const { page } = host;
    await openSettings(page);
    await page.getByText('Each change is saved as soon as you make it').waitFor();
    const general = page.getByRole('region', { name: 'Checks and clipboard' });
    expect(await general.getByRole('button').count()).toBe(0);

    // (A refused number is not saved: paste-and-settings.test.ts.)
    const interval = general.getByRole('spinbutton', { name: 'Check every (hours)' });
    await interval.fill('12');
    await interval.press('Enter');
    const intervalField = general.locator('.number-setting').filter({ has: page.getByRole('spinbutton', { name: 'Check every (hours)' }) });
    await intervalField.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(host.calls.find((call) => call.name === 'updateSettings')?.payload).toEqual({ checkIntervalHours: 12 });
    expect(app.settings.values().checkIntervalHours).toBe(12);

    const notify = general.getByRole('checkbox', { name: 'Notify me when an AuthID needs attention' });
    await notify.click();
    await general.locator('.field-checkbox').filter({ has: page.getByRole('checkbox', { name: 'Notify me when an AuthID needs attention' }) }).getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(app.settings.values().notifications).toBe(false);
    await saveScreenshot(page, 'settings-saved-light', { fullPage: false });
  });
});

describe('a manual server Test that fails', () => {
  it('says what failed and what to do, not that it will be tried again', async () => {
    const { page } = (await start()).host;
    await openSettings(page);
    const address = (await closedPortServer()).baseUrl;
    await page.getByRole('textbox', { name: 'Server address' }).fill(address);
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    const result = page.locator('.probe-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toBe(
      `Test failed. Could not reach the AuthID server at ${new URL(address).host}: nothing is answering at that address (connection refused). ` +
        'Check the server address, that the server is running and your network connection, then test again.',
    );
    expect(text).not.toMatch(/tried again/i);
  });
});

describe("times in the window's locale", () => {
  async function copyConfirmationIn(locale: string, browser: Parameters<typeof startRealApp>[0]): Promise<{ toast: string; exact: string }> {
    const app = await startRealApp(browser, ONE_AUTHID);
    const host = await openApp(app.core.handlers, app.events, { browser, locale });
    try {
      const { page } = host;
      await page.getByRole('button', { name: 'Details for Photos' }).click();
      await page.getByRole('button', { name: 'Copy AuthID' }).click();
      const toast = page.getByRole('status').filter({ hasText: 'AuthID copied.' });
      await toast.waitFor();
      const exact = (await page.locator('time').first().getAttribute('title')) ?? '';
      expect(host.problems()).toEqual([]);
      return { toast: (await toast.textContent()) ?? '', exact };
    } finally {
      await host.close();
      await app.close();
    }
  }

  it('German: 24-hour clock and day.month.year; US English: AM/PM', async () => {
    const { browser } = await start();
    const german = await copyConfirmationIn('de-DE', browser);
    expect(german.toast).toMatch(/The clipboard will be cleared at \d{2}:\d{2} \(in 60 seconds\)\./);
    expect(german.toast).not.toMatch(/AM|PM/);
    expect(german.exact).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    const american = await copyConfirmationIn('en-US', browser);
    expect(american.toast).toMatch(/The clipboard will be cleared at \d{1,2}:\d{2}\s(AM|PM) \(in 60 seconds\)\./);
    expect(american.exact).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s(AM|PM)$/);
  });
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it('the first-run screen', async () => {
    const { page } = (await start()).host;
    await page.emulateMedia({ colorScheme });
    await page.getByRole('region', { name: 'No AuthIDs yet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `first-run-${colorScheme}`);
  });

  it('the storage warning, unfolded', async () => {
    const { page } = (await start(NO_KEYRING)).host;
    await page.emulateMedia({ colorScheme });
    await page.locator('.storage-banner summary').click();
    await page.getByText(/^How to fix it:/).waitFor();
    expect(await axeViolations(page, { include: '.storage-banner' })).toEqual([]);
    await saveScreenshot(page, `storage-warning-open-${colorScheme}`, { fullPage: false });
  });

  it('Settings with a "Saved" confirmation', async () => {
    const { page } = (await start()).host;
    await page.emulateMedia({ colorScheme });
    await openSettings(page);
    await page.getByRole('checkbox', { name: 'Notify me when an AuthID needs attention' }).click();
    await page.locator('.field-checkbox').getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
    expect(await axeViolations(page, { include: '.settings-section' })).toEqual([]);
  });
});
