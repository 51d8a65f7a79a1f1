/**
 * Debian's Chromium for timing frames: normally frames wait for a 60 Hz vsync, so an idle page's
 * keydown→frame already spans 0–16 ms by phase alone, which would swamp what the page itself
 * costs. These flags let a frame start as soon as the main thread is free.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../fixtures/chromium';

export function launchUnthrottledChromium(): Promise<Browser> {
  return launchChromium(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
}
