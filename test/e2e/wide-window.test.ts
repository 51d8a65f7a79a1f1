// Issue 15 item 11: from about 900 px wide the AuthID list and the selected AuthID's detail sit
// side by side; a narrow window keeps one or the other.
import { describe, expect, it  } from 'vitest';
import { useRealApp } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { waitForFocus } from './support/locator-waits';
import { layoutProblems } from './support/page-checks';
import { FAMILY_PHOTOS, OLD_BOX, seedSampleAuthIds } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();

describe('a wide window', () => {
  it('shows the list beside the selected AuthID, keeping the search; a narrow one shows one at a time', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    await page.setViewportSize({ width: 1280, height: 800 });
    const list = page.getByRole('list', { name: 'AuthIDs' });
    await page.getByText('Choose an AuthID in the list to see its health').waitFor();

    await page.getByRole('searchbox', { name: 'Search' }).fill('example');
    await page.getByRole('button', { name: `Details for ${FAMILY_PHOTOS}` }).click();
    const heading = page.getByRole('heading', { name: FAMILY_PHOTOS, level: 1 });
    await waitForFocus(heading);
    const listBox = (await list.boundingBox())!;
    const headingBox = (await heading.boundingBox())!;
    expect(listBox.x + listBox.width).toBeLessThan(headingBox.x);
    expect(listBox.y).toBeLessThan(300);
    expect(headingBox.y).toBeLessThan(300);
    expect(listBox.width).toBeGreaterThan(350);
    expect(await page.getByRole('button', { name: `Details for ${FAMILY_PHOTOS}` }).getAttribute('aria-current')).toBe('true');
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('example');
    expect(await layoutProblems(page)).toEqual([]);
    await saveScreenshot(page, 'authids-split-light', { fullPage: false });

    await page.setViewportSize({ width: 420, height: 640 });
    await list.waitFor({ state: 'detached' });
    await heading.waitFor();
    await page.getByRole('button', { name: '← All AuthIDs' }).click();
    await list.waitFor();
    expect(await page.getByText('Choose an AuthID in the list').count()).toBe(0);
  });

  it('the split view has no accessibility problems in either theme', async () => {
    const { page } = (await start({ seed: seedSampleAuthIds })).host;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByText('Choose an AuthID in the list to see its health').waitFor();
    await page.getByRole('button', { name: `Details for ${OLD_BOX}` }).click();
    await page.getByRole('heading', { name: OLD_BOX, level: 1 }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe in the ${colorScheme} theme`).toEqual([]);
    }
    await saveScreenshot(page, 'authids-split-dark', { fullPage: false });
  });
});
