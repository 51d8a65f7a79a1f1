// Issue 15 item 9: the keyboard. The window opens with focus at the top (skip link, then the
// navigation); the AuthID list is one tab stop with arrow keys inside; Ctrl/Cmd+F, +N and +V.
import type { Page } from 'playwright-core';
import { describe, expect, it  } from 'vitest';
import { useRealApp } from './journeys/real-app-suite';
import { waitForFocus } from './support/locator-waits';
import { seedManyAuthIds } from './support/many-authids';
import { focusIsVisible } from './support/page-checks';
import { ARCHIVE, FAMILY_PHOTOS, OLD_BOX, WORK_DOCUMENTS, seedSampleAuthIds } from './support/sample-authids';

const start = useRealApp();
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return (active?.getAttribute('aria-label') ?? active?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
const details = (page: Page, label: string) => page.getByRole('button', { name: `Details for ${label}` });

describe('keyboard on the AuthID list', () => {
  it('the window opens with focus at the top: Tab reaches the skip link, then the navigation', async () => {
    const { page } = (await start({ seed: seedManyAuthIds(30) })).host;
    await page.getByRole('heading', { name: 'Backup 01' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to the screen');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('AuthIDs');
    // The skip link goes past the navigation to the screen's heading.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await waitForFocus(page.getByRole('heading', { name: 'AuthIDs', level: 1 }));
  });

  it('the list is one tab stop; arrows, Home and End move between rows', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    const seen: string[] = [];
    for (let presses = 0; presses < 6; presses++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedName(page));
    }
    // Rows are in problems-first order; only the first row is a tab stop, and no Rename is.
    const rowStops = seen.filter((name) => name.startsWith('Details for') || name.startsWith('Rename'));
    expect(rowStops).toEqual([`Details for ${WORK_DOCUMENTS}`]);

    await details(page, WORK_DOCUMENTS).focus();
    await page.keyboard.press('ArrowDown');
    await waitForFocus(details(page, OLD_BOX));
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('End');
    await waitForFocus(details(page, FAMILY_PHOTOS));
    await page.keyboard.press('ArrowUp');
    await waitForFocus(details(page, ARCHIVE));
    await page.keyboard.press('Home');
    await waitForFocus(details(page, WORK_DOCUMENTS));
    // Right walks into the row's own buttons, Left back out.
    await page.keyboard.press('ArrowRight');
    await waitForFocus(page.getByRole('button', { name: `Rename ${WORK_DOCUMENTS}` }));
    await page.keyboard.press('ArrowRight');
    await waitForFocus(page.getByRole('button', { name: `Re-authorize ${WORK_DOCUMENTS}` }));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForFocus(details(page, WORK_DOCUMENTS));

    // The tab stop follows the row last used: out with Tab, back with Shift+Tab.
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await waitForFocus(details(page, FAMILY_PHOTOS));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: FAMILY_PHOTOS, level: 1 }).waitFor();
  });

  it('Ctrl+F focuses the search box; Ctrl+N opens Authorize; both are announced', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    await details(page, WORK_DOCUMENTS).focus();
    await page.keyboard.press('Control+F');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await waitForFocus(search);
    expect(await search.getAttribute('aria-keyshortcuts')).toBe('Control+F');
    expect(await search.getAttribute('placeholder')).toContain('(Ctrl+F)');

    const authorize = page.getByRole('button', { name: 'Authorize', exact: true });
    expect(await authorize.getAttribute('aria-keyshortcuts')).toBe('Control+N');
    expect(await authorize.getAttribute('title')).toBe('Authorize (Ctrl+N)');
    await page.keyboard.press('Control+N');
    await page.getByRole('heading', { name: 'Authorize a provider', level: 1 }).waitFor();
  });

  it('Ctrl+V on the list opens Paste with the clipboard text; in the search box it only pastes', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const url = 'dropbox://Backups/Desktop';
    await page.evaluate((text) => navigator.clipboard.writeText(text), url);
    expect(await page.getByRole('button', { name: 'Paste', exact: true }).getAttribute('title')).toBe('Paste (Ctrl+V on the AuthID list)');

    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.focus();
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => (document.querySelector('input[type="search"]') as HTMLInputElement | null)?.value === 'dropbox://Backups/Desktop');
    expect(await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).count()).toBe(1);

    await search.fill('');
    await details(page, OLD_BOX).focus();
    await page.keyboard.press('Control+V');
    await page.getByRole('heading', { name: 'Paste a URL or AuthID', level: 1 }).waitFor();
    expect(await page.getByLabel('Connection URL or AuthID').inputValue()).toBe(url);
    await page.getByText('Duplicati finds no AuthID in this URL (an option named exactly authid), so it cannot log in.').waitFor();
  });
});
