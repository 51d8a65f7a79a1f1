/**
 * Debian's Chromium for timing frames. test/fixtures/chromium.ts's launch takes no extra flags,
 * and its frames wait for a 60 Hz vsync: an idle page's keydown→frame already spans 0–16 ms by
 * phase alone, which would swamp what the page itself costs. These flags let a frame start as
 * soon as the main thread is free; the rest matches the fixture.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../fixtures/chromium';

export function launchUnthrottledChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
    ],
  });
}
