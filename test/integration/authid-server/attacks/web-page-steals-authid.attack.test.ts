/**
 * Attack, in a real browser: a web page on another site (here `http://localhost:<port>`, another
 * site than `127.0.0.1`) tries to take the AuthID of a login the user does through the built-in
 * server. Two ways: (1) it registers its own fetch token with an `<img>`, opens the login with
 * that token, and reads `/fetch` with a `<script>` tag (JSONP); (2) it opens the server's login
 * page and waits for the `authid:` message the result page posts to its opener.
 */
import { createServer } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../../fixtures/authid-stack';
import { launchChromium } from '../../../fixtures/chromium';
import { closeServer, listenOnLoopback } from '../../../fixtures/loopback-server';

const ATTACKER_PAGE = `<!DOCTYPE html><title>a page the user visits</title>
<script>
window.messages = []; window.stolen = [];
window.addEventListener('message', (e) => window.messages.push(String(e.data)));
window.steal = (answer) => window.stolen.push(JSON.stringify(answer));
</script>`;
const attacker = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(ATTACKER_PAGE));

let stack: AuthIdStack;
let trusting: AuthIdStack;
let browser: Browser;
let attackerUrl: string;

beforeAll(async () => {
  await listenOnLoopback(attacker);
  attackerUrl = `http://localhost:${(attacker.address() as { port: number }).port}/`;
  [stack, trusting, browser] = await Promise.all([
    startAuthIdStack({ hardened: true }),
    startAuthIdStack({ hardened: true, server: { trustedOrigins: [new URL(attackerUrl).origin] } }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([stack?.close(), trusting?.close(), closeServer(attacker)]);
});

/** The user signs in and allows, if the popup reached the provider at all. */
async function userSignsInIfAsked(on: AuthIdStack, popup: Page): Promise<string | null> {
  await popup.waitForLoadState();
  if (new URL(popup.url()).origin === on.baseUrl && new URL(popup.url()).pathname === '/') {
    await popup.getByRole('link', { name: 'Microsoft OneDrive login' }).click();
    await popup.waitForLoadState();
  }
  if (new URL(popup.url()).origin !== on.provider.issuer) return null;
  await popup.getByLabel('Account').fill('victim');
  await popup.getByLabel('Password').fill(on.provider.password);
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await popup.getByRole('button', { name: 'Allow' }).click();
  return popup.locator('#user-id').textContent();
}

async function openFromAttacker(context: BrowserContext, page: Page, url: string): Promise<Page> {
  const [popup] = await Promise.all([context.waitForEvent('page'), page.evaluate((target) => void window.open(target, 'login'), url)]);
  return popup;
}

const attackerSees = (page: Page) =>
  page.evaluate(() => ({ messages: (window as unknown as { messages: string[] }).messages, stolen: (window as unknown as { stolen: string[] }).stolen }));

describe('a web page on another site', () => {
  it('cannot plant a fetch token, start a login with it and read the AuthID through <script>', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(attackerUrl);
    const token = 'planted-by-the-page-0123456789';
    await page.evaluate((src) => new Promise<void>((done) => {
      const image = new Image();
      image.onload = image.onerror = () => done();
      image.src = src;
    }), `${stack.baseUrl}/?token=${token}`);
    const popup = await openFromAttacker(context, page, `${stack.baseUrl}/login?id=onedrivev2&token=${token}`);
    const shown = await userSignsInIfAsked(stack, popup);
    await page.evaluate((src) => new Promise<void>((done) => {
      const script = document.createElement('script');
      script.onload = script.onerror = () => done();
      script.src = src;
      document.head.append(script);
    }), `${stack.baseUrl}/fetch?token=${token}&callback=steal`);
    const seen = await attackerSees(page);
    expect(seen.stolen.join()).not.toContain('authid');
    if (shown) expect(seen.messages.join()).not.toContain(shown);
    expect(await popup.content()).toContain('came from another web site');
    await context.close();
  });

  it('that opens the login receives no authid: message unless its origin is trusted', { timeout: 60_000 }, async () => {
    for (const [on, expectMessage] of [[stack, false], [trusting, true]] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(attackerUrl);
      const popup = await openFromAttacker(context, page, `${on.baseUrl}/?type=onedrivev2`);
      const authId = await userSignsInIfAsked(on, popup);
      expect(authId).toMatch(/^[0-9a-f]{30}:/);
      // Once the result page's script has run, the popup posts a marker: messages from one window
      // arrive in order, so whatever the script sent is in before the marker.
      await popup.waitForLoadState('load');
      await popup.evaluate(() => window.opener.postMessage('marker', '*'));
      await expect.poll(async () => (await attackerSees(page)).messages.at(-1), { timeout: 10_000 }).toBe('marker');
      expect((await attackerSees(page)).messages).toEqual(expectMessage ? [`authid:${authId}`, 'marker'] : ['marker']);
      await context.close();
    }
  });
});
