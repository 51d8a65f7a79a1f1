// The tray menu on the real app core, with the window in Chromium: Paste… opens the Paste screen,
// a running login is named in the status line and cancelled from the tray, and Copy AuthID lists
// the AuthID copied last first. Writes the rendered menus into docs/tray.md (UPDATE_SCREENSHOTS=1).
import { describe, expect, it  } from 'vitest';
import type { TrayMenuItem } from '../../electron/services/tray/tray-menu-item';
import { pageClosed } from '../fixtures/waits/page-closed';
import { startLogin } from './journeys/journey-steps';
import { useRealApp } from './journeys/real-app-suite';
import { menuText, realTray } from './support/real-tray';
import { FAMILY_PHOTOS, OLD_BOX, idOf, seedSampleAuthIds } from './support/sample-authids';
import { saveTrayMenu } from './support/tray-doc';

const start = useRealApp();

function labelOf(items: readonly TrayMenuItem[], id: string): string | undefined {
  const item = items.find((candidate) => candidate.kind !== 'separator' && candidate.id === id);
  return item?.kind === 'separator' ? undefined : item?.label;
}

/** The loopback server's port changes every run; the docs show a placeholder. */
const withoutPort = (text: string) => text.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>');

describe('the tray', () => {
  it('"Paste a URL or AuthID…" opens the Paste screen, its heading in view and focused', async () => {
    const { app, host } = await start();
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).waitFor();
    const tray = await realTray(app, host);
    await tray.click('Paste a URL or AuthID…');
    const heading = page.getByRole('heading', { name: 'Paste a URL or AuthID', level: 1 });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await heading.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
  });

  it('a running login is named in the status line and can be cancelled from the tray', async () => {
    const { app, host } = await start({ seed: seedSampleAuthIds });
    const tray = await realTray(app, host);
    const { panel, loginPage } = await startLogin(app, host, 'Dropbox');
    const running = tray.menu();
    expect(labelOf(running, 'status')).toBe('1 of 4 needs re-authorization · 1 is rate-limited · 1 not checked yet · login to Dropbox…');
    expect(labelOf(running, 'cancel-login')).toBe('Cancel login to Dropbox');
    await saveTrayMenu('login-running', running, withoutPort);

    await tray.click('Cancel login to Dropbox');
    await panel.getByText('Dropbox: Login cancelled').waitFor();
    await pageClosed(loginPage);
    const after = tray.menu();
    expect(labelOf(after, 'cancel-login')).toBeUndefined();
    expect(labelOf(after, 'status')).toBe('1 of 4 needs re-authorization · 1 is rate-limited · 1 not checked yet');
    expect(app.vault.list()).toHaveLength(4);
  });

  it('Copy AuthID is grouped by provider, the one copied last first', async () => {
    const { app, host } = await start({ seed: seedSampleAuthIds });
    const tray = await realTray(app, host, 'win32');
    const groups = () => {
      const copy = tray.menu().find((item) => item.kind === 'submenu' && item.id === 'copy-authid');
      return copy?.kind === 'submenu' ? copy.items.map((item) => (item.kind === 'separator' ? '---' : item.label)) : [];
    };
    // Never copied: newest first, as the vault added them (Box last).
    expect(groups()).toEqual(['Box', 'pCloud', 'Microsoft SharePoint', 'Dropbox']);

    await tray.click('Copy AuthID', 'Dropbox', FAMILY_PHOTOS);
    expect(app.clipboard.writes).toEqual([await app.vault.readSecret(idOf(app, FAMILY_PHOTOS))]);
    expect(groups()).toEqual(['Dropbox', 'Box', 'pCloud', 'Microsoft SharePoint']);

    await tray.click('Copy AuthID', 'Box', OLD_BOX);
    expect(groups()).toEqual(['Box', 'Dropbox', 'pCloud', 'Microsoft SharePoint']);
    // The SharePoint AuthID needs re-authorization: its copy entry is greyed out.
    expect(menuText(tray.menu()).filter((line) => line.endsWith('needs re-authorization  (greyed out)'))).toEqual([
      expect.stringMatching(/^ {8}Work documents on the shared SharePoint/),
    ]);
    await saveTrayMenu('after-copy', tray.menu(), withoutPort);
  });
});
