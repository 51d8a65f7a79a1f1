// The built app in a real Electron: starts hidden in the tray, opens its window as a second
// launch would, shows its page from app://authid-manager/, and quits cleanly. The tray menu is
// read through the test hook main exposes under AUTHID_MANAGER_TEST_HOOKS=1, which only an
// unpackaged app has. Runs only where an Electron binary exists (see electron-binary.ts);
// elsewhere it is skipped and says why.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectTrayHost } from '../../electron/adapters/tray-host-probe';
import { buildAppOnce, repoRoot } from '../security/built-app';
import { findElectron } from './electron-binary';

const electron = findElectron();
if (!electron.run) console.warn(`[test/electron] skipped: ${electron.reason}`);
/** A packaged build has no test hooks (see main.ts). */
const packaged = electron.run && electron.packaged;

interface TestHooks {
  trayMenu(): readonly unknown[];
}
declare const authIdManagerTest: TestHooks | undefined;

describe.skipIf(!electron.run)('the app in Electron', () => {
  let app: ElectronApplication;
  let profile: string;

  beforeAll(async () => {
    if (!electron.run) return;
    if (!electron.packaged) await buildAppOnce();
    // A throw-away profile: no real vault is touched and the single-instance lock is our own.
    profile = mkdtempSync(path.join(os.tmpdir(), 'authid-manager-electron-'));
    const args = [...(electron.packaged ? [] : [repoRoot]), '--hidden', `--user-data-dir=${profile}`];
    // Chromium refuses to run as root with its sandbox (containers); the page sandbox stays on.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    // The built renderer, not a dev server a developer's shell may point at.
    const env = Object.fromEntries(
      Object.entries({ ...process.env, AUTHID_MANAGER_TEST_HOOKS: '1', XDG_CONFIG_HOME: profile }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
      ),
    );
    app = await _electron.launch({ executablePath: electron.executablePath, args, env, timeout: 60_000 });
    if (packaged) await expect.poll(() => app.evaluate(({ app: running }) => running.isReady()), { timeout: 30_000 }).toBe(true);
    else await expect.poll(() => app.evaluate(() => typeof authIdManagerTest !== 'undefined'), { timeout: 30_000 }).toBe(true);
  }, 120_000);

  afterAll(() => {
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('starts in the tray with no window shown (where the desktop shows tray icons)', async () => {
    if (packaged) expect(await app.evaluate(() => typeof authIdManagerTest)).toBe('undefined');
    else expect(await app.evaluate(() => authIdManagerTest?.trayMenu().length ?? 0)).toBeGreaterThan(0);
    // Without a tray host the app opens its window on purpose, so it stays reachable.
    if (!(await detectTrayHost({ platform: process.platform, env: process.env, attempts: 1 }))) return;
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length)).toBe(0);
  });

  it('opens the locked-down app window on a second launch, from the app scheme', async () => {
    const windowOpened = app.waitForEvent('window');
    await app.evaluate(({ app: running }) => running.emit('second-instance', {}, [], ''));
    const page = await windowOpened;
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://authid-manager/index.html');
    expect(await page.title()).toBe('AuthID Manager');
    // Isolated and without Node: the page sees only what the preload exposed.
    const seen = await page.evaluate(() => ({
      require: typeof require,
      process: typeof process,
      authids: typeof (window as unknown as Record<string, unknown>).authids,
    }));
    expect(seen).toStrictEqual({ require: 'undefined', process: 'undefined', authids: 'object' });
  });

  it('quits cleanly', async () => {
    const child = app.process();
    await app.close();
    expect(child.exitCode).toBe(0);
  });
});
