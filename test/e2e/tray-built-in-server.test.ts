// The built-in AuthID server's line in the tray, on the real app core with the window in
// Chromium: its address while it runs, the taken port once another program holds it, the
// provider's refusal of the user's app, and a click that opens its section of Settings.
// Writes the top of the menu into docs/tray.md (UPDATE_SCREENSHOTS=1).
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { TrayMenuItem } from '../../electron/services/tray/tray-menu-item';
import { osPickedPort } from '../fixtures/loopback-server';
import { useRealApp } from './journeys/real-app-suite';
import { expectInView } from './support/in-view';
import { realTray } from './support/real-tray';
import { saveTrayMenu } from './support/tray-doc';

const start = useRealApp();

function lineOf(items: readonly TrayMenuItem[]): string | undefined {
  const item = items.find((candidate) => candidate.kind !== 'separator' && candidate.id === 'built-in-server');
  return item?.kind === 'separator' ? undefined : item?.label;
}

/** Another program on this computer listening at `port` (it hangs up on every connection). */
async function holdPort(port: number): Promise<{ close(): Promise<void> }> {
  const server: Server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The menu down to its first separator: the status lines. */
const statusLines = (items: readonly TrayMenuItem[]) => items.slice(0, items.findIndex((item) => item.kind === 'separator'));
const withoutPort = (text: string) => text.replace(/(127\.0\.0\.1:|port )\d+/g, '$1<port>');

describe("the tray's built-in server line", () => {
  it('running, then its port taken by another program; clicking opens its section of Settings', async () => {
    const { app, host } = await start();
    const { page } = host;
    await page.getByRole('button', { name: 'Authorize', exact: true }).waitFor();
    const tray = await realTray(app, host);
    // Nothing to say before any provider is set up.
    expect(lineOf(tray.menu())).toBeUndefined();

    const free = await osPickedPort();
    await free.close();
    await app.builtInServer.setPort(free.port);
    await app.builtInServer.saveRegistration({ id: 'onedrivev2', clientId: 'public-pkce' });
    await app.builtInServer.setEnabled(true);
    expect(lineOf(tray.menu())).toBe(`Built-in AuthID server: running on 127.0.0.1:${free.port}`);

    // While it is off, another program takes its port; turned on again, it cannot listen there.
    await app.builtInServer.setEnabled(false);
    const other = await holdPort(free.port);
    try {
      await app.builtInServer.setEnabled(true);
      const portTaken = `Built-in AuthID server: port ${free.port} is taken — open Settings to choose another`;
      expect(lineOf(tray.menu())).toBe(portTaken);
      await saveTrayMenu('built-in-server-port-taken', statusLines(tray.menu()), withoutPort);

      await tray.click(portTaken);
      const heading = page.getByRole('heading', { name: 'Built-in AuthID server', level: 2 });
      await heading.waitFor();
      const section = page.getByRole('region', { name: 'Built-in AuthID server' });
      await section.getByText(`Port ${free.port} is in use. Another program already uses port ${free.port} on 127.0.0.1.`).waitFor();
      expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
      await expectInView(page, heading);
    } finally {
      await other.close();
    }
  });

  it("a client the provider refuses is named with the provider's error code", async () => {
    const { app, host } = await start();
    const free = await osPickedPort();
    await free.close();
    await app.builtInServer.setPort(free.port);
    await app.builtInServer.saveRegistration({ id: 'box.com', clientId: 'rotating', clientSecret: 'not-the-secret' });
    await app.builtInServer.setEnabled(true);
    const tray = await realTray(app, host);
    await app.core.handlers.checkBuiltInProvider({ id: 'box.com' });
    expect(lineOf(tray.menu())).toBe('Built-in AuthID server: Box.com is misconfigured (invalid_client) — open Settings');
  });
});
