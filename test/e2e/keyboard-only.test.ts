// Keyboard only: every step of a small journey is reached with Tab / Shift+Tab and done with
// Enter or Space, and focus is always visible.
import type { Page } from 'playwright-core';
import { expect, it  } from 'vitest';
import { useRealApp } from './journeys/real-app-suite';
import { focusIsVisible } from './support/page-checks';
import { FAMILY_PHOTOS, idOf, seedSampleAuthIds } from './support/sample-authids';

const start = useRealApp();
const MAX_TABS = 40;

/** What a screen reader would call the focused element (its label, aria-label or text). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return '';
    const input = active as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? active.getAttribute('aria-label') ?? active.textContent ?? '';
    return label.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element is called `name`; checks focus is visible on the way. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press(key);
    const current = await focusedName(page);
    seen.push(current);
    expect(await focusIsVisible(page), `focus visible on "${current}"`).toBe(true);
    if (current === name) return;
  }
  throw new Error(`"${name}" was not reached with ${key}; focus went through: ${seen.join(' | ')}`);
}

it('open an AuthID, build and copy a URL, then go to Settings, by keyboard alone', async () => {
  const { app, host } = await start({ seed: seedSampleAuthIds });
  const { page } = host;
  const secret = await app.vault.readSecret(idOf(app, FAMILY_PHOTOS));
  await page.getByRole('heading', { name: 'Family photos' }).waitFor();

  // The list is one tab stop (problems first, so Family photos is last): Tab in, then End.
  await tabTo(page, 'Details for Work documents on the shared SharePoint site with a very long label that must not break the layout');
  await page.keyboard.press('End');
  expect(await focusedName(page)).toBe('Details for Family photos');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Family photos', level: 1 }).waitFor();

  await tabTo(page, 'Folder path');
  await page.keyboard.type('Backups/Keyboard');
  await tabTo(page, 'Copy URL');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Connection URL copied.' }).waitFor();
  const oauthUrl = encodeURIComponent(`${app.stack.baseUrl}/refresh`);
  expect(app.clipboard.writes).toEqual([`dropbox://Backups/Keyboard?authid=${encodeURIComponent(secret)}&oauth-url=${oauthUrl}`]);

  await tabTo(page, 'Settings', 'Shift+Tab');
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  // Tab enters a radio group at its checked option; arrows move within it.
  await tabTo(page, 'Same as the system');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
});
