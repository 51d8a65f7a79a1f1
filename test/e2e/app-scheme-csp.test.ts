// Attack-style, in Chromium: the built window page as the app scheme's handler serves it (every
// answer, headers included, comes from appFileResponse through Playwright's routing). A script
// from a local file, a script reached by path traversal beside the renderer folder, and an
// inline script all stay blocked; the page's own bundle runs; and the CSP header keeps other
// pages from framing the window, which a meta-tag CSP cannot do.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { APP_HOST, appFileResponse } from '../../electron/adapters/app-protocol';
import { launchChromium } from '../fixtures/chromium';
import { buildRenderer } from './support/build-renderer';

/** Chromium cannot load the app scheme itself, so this origin stands in for app://authid-manager. */
const APP_ORIGIN = `http://${APP_HOST}.test`;
const ATTACKER_ORIGIN = 'http://attacker.test';
const PWNED = 'document.documentElement.dataset.pwned = "yes";';

let folder: string;
let root: string;
let evilFile: string;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'authid-app-scheme-csp-'));
  root = path.join(folder, 'renderer');
  cpSync(await buildRenderer(), root, { recursive: true });
  // A local script an attacker managed to write, right beside the app's files.
  evilFile = path.join(folder, 'evil.js');
  writeFileSync(evilFile, PWNED);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function openWindowPage(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const requested = new URL(route.request().url());
    const answer = await appFileResponse(new Request(`app://${APP_HOST}${requested.pathname}${requested.search}`), root);
    await route.fulfill({ status: answer.status, headers: Object.fromEntries(answer.headers), body: Buffer.from(await answer.arrayBuffer()) });
  });
  await page.goto(`${APP_ORIGIN}/index.html`);
  return page;
}

/** Adds a script element to the page and says whether it loaded. */
function tryScript(page: Page, src: string): Promise<'loaded' | 'blocked'> {
  return page.evaluate(
    (url) =>
      new Promise<'loaded' | 'blocked'>((resolve) => {
        const script = document.createElement('script');
        script.src = url;
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('blocked');
        document.head.append(script);
      }),
    src,
  );
}

const pwned = (page: Page) => page.evaluate(() => document.documentElement.dataset.pwned ?? 'no');

describe('the window page as the app scheme serves it', () => {
  it('runs its own bundle and nothing from a local file or from beside the renderer folder', async () => {
    const page = await openWindowPage();
    const ownScript = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src]')!.src);
    expect(await tryScript(page, ownScript)).toBe('loaded');
    for (const src of [
      `file://${evilFile}`,
      `${APP_ORIGIN}/..%2fevil.js`,
      `${APP_ORIGIN}/assets/..%2f..%2fevil.js`,
      `${APP_ORIGIN}/..%5cevil.js`,
      `${APP_ORIGIN}/%2e%2e%2fevil.js`,
    ]) {
      expect(await tryScript(page, src), src).toBe('blocked');
    }
    const inline = await page.evaluate((code) => {
      const script = document.createElement('script');
      script.textContent = code;
      document.head.append(script);
      return document.documentElement.dataset.pwned ?? 'no';
    }, PWNED);
    expect(inline).toBe('no');
    expect(await pwned(page)).toBe('no');
    await page.context().close();
  });

  it('cannot be framed by another page (frame-ancestors, which only the header carries)', async () => {
    const page = await openWindowPage();
    await page.route(`${ATTACKER_ORIGIN}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: `<iframe src="${APP_ORIGIN}/index.html"></iframe>` }),
    );
    await page.goto(`${ATTACKER_ORIGIN}/`);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await expect.poll(() => frame?.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
    expect(await page.locator('iframe').contentFrame().locator('#root').count()).toBe(0);
    await page.context().close();
  });
});
