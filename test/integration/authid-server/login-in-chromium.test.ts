import { createServer } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { launchChromium } from '../../fixtures/chromium';
import { closeServer, listenOnLoopback } from '../../fixtures/loopback-server';

/** A page on another origin that opens the login in a popup and records what the popup posts back. */
const opener = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' }).end(`<!DOCTYPE html><title>opener</title>
<script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script>`);
});

let stack: AuthIdStack;
let browser: Browser;
let openerUrl: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startAuthIdStack(), launchChromium(), listenOnLoopback(opener)]);
  openerUrl = `http://127.0.0.1:${(opener.address() as { port: number }).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await closeServer(opener);
});

it('in Chromium: provider forms work and the result page posts authid:<AuthID> to its opener without CSP violations', async () => {
  const context = await browser.newContext();
  const violations: string[] = [];
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  const page = await context.newPage();
  await page.goto(openerUrl);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate((url) => void window.open(url, 'login'), `${stack.baseUrl}/?type=box.com&token=chromium-fetch-token`),
  ]);
  await popup.getByRole('link', { name: 'Box.com login' }).click();
  await popup.getByLabel('Account').fill('dora');
  await popup.getByLabel('Password').fill(stack.provider.password);
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await popup.getByRole('button', { name: 'Allow' }).click();
  const authId = await popup.locator('#user-id').textContent();
  expect(authId).toMatch(/^[0-9a-f]{30}:/);
  const received = () => page.evaluate(() => (window as unknown as { received: string[] }).received);
  await page.waitForFunction(() => (window as unknown as { received: string[] }).received.length > 0);
  expect(await received()).toEqual([`authid:${authId}`]);
  expect(violations).toEqual([]);
  await context.close();
});
