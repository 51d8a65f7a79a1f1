/** The hello-world baseline opened in Chromium: built in this run, served like the renderer. */
import type { Browser, Page } from 'playwright-core';
import { RENDERER_CSP } from '../../e2e/support/renderer-csp';
import { serveFolder } from '../../e2e/support/static-server';
import { buildHelloWorld } from './hello-world-app';

export interface HelloWorldPage {
  readonly page: Page;
  close(): Promise<void>;
}

export async function openHelloWorld(browser: Browser): Promise<HelloWorldPage> {
  const site = await serveFolder(await buildHelloWorld(), { 'Content-Security-Policy': RENDERER_CSP });
  const context = await browser.newContext({ viewport: { width: 420, height: 640 } });
  const page = await context.newPage();
  await page.goto(`${site.url}index.html`);
  return {
    page,
    close: async () => {
      await context.close();
      await site.close();
    },
  };
}
