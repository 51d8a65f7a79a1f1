/**
 * A script that uses the fixtures the way a test does (real app core, window in Chromium), then
 * closes everything and returns. Run by fixtures-exit.test.ts: the process must end on its own.
 */
import { startRealApp } from '../../fixtures/app/real-app';
import { launchChromium } from '../../fixtures/chromium';
import { openApp } from './app-host';

const browser = await launchChromium();
const app = await startRealApp(browser);
const host = await openApp(app.core.handlers, app.events, { browser });
await host.page.getByRole('heading', { name: 'No AuthIDs yet' }).waitFor();
await host.close();
await app.close();
await browser.close();
process.stdout.write('closed everything\n');
