/**
 * A page (the renderer or the hello world) opened as the e2e host opens the window (same
 * context options, same CSP header), with `window.authids` answered inside the page.
 */
import type { Browser, Page } from 'playwright-core';
import { REQUEST_NAMES } from '../../../electron/ipc/channels';
import type { Envelope } from '../../../electron/ipc/contract';
import { buildRenderer } from '../../e2e/support/build-renderer';
import { RENDERER_CSP } from '../../e2e/support/renderer-csp';
import { serveFolder, type StaticSite } from '../../e2e/support/static-server';
import { buildHelloWorld } from './hello-world-app';
import { installReplayedAuthIds, type ReplayWindow } from './replayed-authids';

export interface ReplayedPage {
  readonly page: Page;
  /** Page errors and requests with no recorded answer, so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export type SiteName = 'renderer' | 'hello world';

const served = (dir: Promise<string>): Promise<StaticSite> => dir.then((folder) => serveFolder(folder, { 'Content-Security-Policy': RENDERER_CSP }));

/** Both sites on loopback, for one metric. */
export async function openSites(): Promise<Record<SiteName, StaticSite> & { close(): Promise<void> }> {
  const [renderer, hello] = await Promise.all([served(buildRenderer()), served(buildHelloWorld())]);
  return { renderer, 'hello world': hello, close: async () => void (await Promise.all([renderer.close(), hello.close()])) };
}

export async function openReplayedPage(
  browser: Browser,
  site: StaticSite,
  answers: Readonly<Record<string, Envelope<unknown>>>,
  readySelector: string,
): Promise<ReplayedPage> {
  const context = await browser.newContext({ viewport: { width: 420, height: 640 }, colorScheme: 'light', locale: 'en-US', timezoneId: 'UTC', reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`Page error: ${error.message}`));
  await page.addInitScript(installReplayedAuthIds, { requestNames: [...REQUEST_NAMES], answers });
  await page.goto(`${site.url}index.html`);
  await page.locator(readySelector).waitFor();
  return {
    page,
    problems: async () => [...seen, ...(await page.evaluate(() => (window as unknown as ReplayWindow).__benchUnanswered ?? [])).map((key) => `No recorded answer for ${key}`)],
    close: () => context.close(),
  };
}

/** A figure from a page that hit errors or unrecorded requests is no figure. */
export async function assertNoProblems(replayed: ReplayedPage): Promise<void> {
  const problems = await replayed.problems();
  if (problems.length > 0) throw new Error(`the page reported: ${problems.join('; ')}`);
}
