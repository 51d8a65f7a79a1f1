/**
 * Duplicati's web UI takes an AuthID the way its AuthID button does: it opens `{server}?type=…`
 * in a popup and waits for the `authid:` window message. With the app's setting on, a page on
 * this computer at Duplicati's port receives it from the built-in server; with it off, the
 * AuthID shows only in the login window. The page is a stand-in for Duplicati's web UI (it does only
 * what the button does); server, provider and browser are real.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it  } from 'vitest';
import { openBuiltInServer, type BuiltInServer } from '../../../electron/services/built-in-server';
import { launchChromium } from '../../fixtures/chromium';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import { closeServer, listenOnLoopback, osPickedPort } from '../../fixtures/loopback-server';
import { startOAuthProvider, type OAuthProviderFixture } from '../../fixtures/oauth-provider';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';

const WEB_UI_PAGE = `<!DOCTYPE html><title>Duplicati</title>
<script>window.messages = []; window.addEventListener('message', (e) => window.messages.push(String(e.data)));</script>`;

let provider: OAuthProviderFixture;
let folder: TempFolder;
let builtIn: BuiltInServer;
let browser: Browser;
let webUi: Server;
let webUiPort: number;
let baseUrl: string;

beforeAll(async () => {
  webUi = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(WEB_UI_PAGE));
  [provider, browser] = await Promise.all([startOAuthProvider(), launchChromium(), listenOnLoopback(webUi)]);
  webUiPort = (webUi.address() as { port: number }).port;
  folder = tempFolder();
  const { authorizeUrl, tokenUrl, scope } = provider;
  builtIn = await openBuiltInServer({ backend: folder.backend(), secretBox: new FakeSecretBox(), overrides: { 'box.com': { authorizeUrl, tokenUrl, scope } } });
  const free = await osPickedPort();
  await free.close();
  await builtIn.setPort(free.port);
  await builtIn.saveRegistration({ id: 'box.com', clientId: 'rotating', clientSecret: provider.clients.rotating.clientSecret });
  await builtIn.setEnabled(true);
  baseUrl = `http://127.0.0.1:${free.port}`;
});

afterAll(async () => {
  await browser?.close();
  await builtIn?.stop();
  await Promise.all([provider?.close(), webUi === undefined ? undefined : closeServer(webUi)]);
  folder?.remove();
});

/** Duplicati's AuthID button: the login in a popup opened from its page; the user signs in and allows. */
async function loginFromWebUi(page: Page): Promise<Page> {
  const [popup] = await Promise.all([page.context().waitForEvent('page'), page.evaluate((url) => void window.open(url, 'authid'), `${baseUrl}/?type=box.com`)]);
  await popup.waitForLoadState();
  await popup.getByRole('link', { name: /box/i }).first().click();
  await popup.getByLabel('Account').fill('alice');
  await popup.getByLabel('Password').fill(provider.password);
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await popup.getByRole('button', { name: 'Allow' }).click();
  await popup.locator('#user-id').waitFor();
  return popup;
}

/** Messages from one window arrive in order: once a marker posted after the page's script is in, so is what the script sent. */
async function messagesAfterScript(page: Page, popup: Page): Promise<string[]> {
  await popup.waitForLoadState('load');
  await popup.evaluate(() => window.opener?.postMessage('marker', '*'));
  await page.waitForFunction(() => (window as unknown as { messages: string[] }).messages.includes('marker'));
  return page.evaluate(() => (window as unknown as { messages: string[] }).messages);
}

it.each(['127.0.0.1', 'localhost'])('with the setting on, Duplicati’s web UI at http://%s:<its port> receives the AuthID', async (host) => {
  expect((await builtIn.setDuplicatiWebUi(webUiPort)).duplicatiWebUi?.origins).toContain(`http://${host}:${webUiPort}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://${host}:${webUiPort}/`);
  const popup = await loginFromWebUi(page);
  const authId = await popup.locator('#user-id').textContent();
  registerSecret(authId);
  expect(authId).toMatch(/^[0-9a-f]+:/);
  expect(await messagesAfterScript(page, popup)).toEqual([`authid:${authId}`, 'marker']);
  await context.close();
});

it('with it off, the same page receives nothing: the AuthID shows only in the login window', async () => {
  expect((await builtIn.setDuplicatiWebUi(undefined)).duplicatiWebUi).toBeUndefined();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://localhost:${webUiPort}/`);
  const popup = await loginFromWebUi(page);
  const authId = await popup.locator('#user-id').textContent();
  registerSecret(authId);
  expect(authId).toMatch(/^[0-9a-f]+:/);
  expect(await messagesAfterScript(page, popup)).toEqual(['marker']);
  await context.close();
});

it('the setting survives a restart and only accepts a real port', async () => {
  await builtIn.setDuplicatiWebUi(8200);
  await builtIn.stop();
  builtIn = await openBuiltInServer({ backend: folder.backend(), secretBox: new FakeSecretBox() });
  expect(builtIn.status().duplicatiWebUi).toEqual({ port: 8200, origins: expect.arrayContaining(['http://127.0.0.1:8200', 'http://localhost:8200']) });
  await expect(builtIn.setDuplicatiWebUi(0)).rejects.toThrow('from 1 to 65535');
  expect(builtIn.status().duplicatiWebUi?.port).toBe(8200);
});
