// Attack-style, in Chromium on the real app core: a pasted URL whose oauth-url names another
// host (a recording stand-in on 127.0.0.2 that forwards to the real AuthID server) gets nothing
// until the user agrees; the window names the host; agreeing adds it and the check goes through.
// A saved record on such a server is held until the user trusts it.
import { afterEach, describe, expect, it  } from 'vitest';
import { startRecordingProxy, type RecordingProxy } from '../fixtures/recording-proxy';
import { useRealApp } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { realAuthId } from './support/sample-authids';

const start = useRealApp();
let proxy: RecordingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

describe('an AuthID goes only to servers the user trusts', () => {
  it('a pasted URL naming another host sends nothing until the user adds that host; then the check runs', async () => {
    const { app, host } = await start();
    const { page } = host;
    proxy = await startRecordingProxy(app.stack.baseUrl);
    const authId = await realAuthId(app.stack, 'dropbox');
    await page.getByRole('button', { name: 'Paste', exact: true }).click();
    await page.getByRole('textbox', { name: 'Connection URL or AuthID' }).fill(
      `dropbox://Backups?authid=${encodeURIComponent(authId)}&oauth-url=${encodeURIComponent(`${proxy.baseUrl}/refresh`)}`,
    );
    const notice = page.getByRole('region', { name: `Send this AuthID to ${proxy.host}?` });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Receiving host: ${proxy.host} (${proxy.baseUrl})`);
    expect(await axeViolations(page)).toEqual([]);
    expect(proxy.requests).toEqual([]);
    expect(app.vault.list()).toEqual([]);
    expect(app.settings.values().servers.map((s) => s.baseUrl)).not.toContain(proxy.baseUrl);

    await page.getByRole('button', { name: `Add ${proxy.host} and save` }).click();
    await page.getByRole('region', { name: 'Health' }).getByText('Healthy').first().waitFor();
    expect(app.settings.values().servers.map((s) => s.baseUrl)).toContain(proxy.baseUrl);
    expect(proxy.requests.filter((r) => r.path === '/refresh' && r.carriedAuthId)).toHaveLength(1);
  });

  it('plain http to another computer is refused on screen and cannot be saved', async () => {
    const { app, host } = await start();
    const { page } = host;
    await page.getByRole('button', { name: 'Paste', exact: true }).click();
    const authId = await realAuthId(app.stack, 'dropbox');
    await page.getByRole('textbox', { name: 'Connection URL or AuthID' }).fill(
      `dropbox://Backups?authid=${encodeURIComponent(authId)}&oauth-url=${encodeURIComponent('http://oauth.example.com/refresh')}`,
    );
    const notice = page.getByRole('region', { name: 'This AuthID will not be sent to oauth.example.com' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('over plain http, unencrypted');
    const save = page.getByRole('button', { name: 'Save as a new AuthID' });
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    await save.click({ force: true });
    expect(app.vault.list()).toEqual([]);
  });

  it('a saved AuthID on a server not in Settings is held, with no check or re-authorize, until the user trusts it', async () => {
    const label = 'From an old export';
    let proxyHost = '';
    const { app, host } = await start({
      seed: async ({ vault, stack }) => {
        proxy = await startRecordingProxy(stack.baseUrl);
        proxyHost = proxy.host;
        await vault.add({ label, defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: await realAuthId(stack, 'dropbox'), serverBaseUrl: proxy.baseUrl });
      },
    });
    const { page } = host;
    await page.getByText('Held: server not trusted').waitFor();
    await page.getByRole('button', { name: `Details for ${label}` }).click();
    const health = page.getByRole('region', { name: 'Health' });
    await health.getByRole('region', { name: 'Held: not checked' }).waitFor();
    expect(await health.getByRole('button', { name: 'Re-authorize' }).count()).toBe(0);
    expect(await health.getByRole('button', { name: 'Check now' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await app.core.handlers.checkAll(undefined);
    expect(proxy!.requests).toEqual([]);

    await health.getByRole('button', { name: `Trust ${proxyHost}` }).click();
    await health.getByRole('button', { name: 'Check now' }).click();
    await health.getByText('Healthy').first().waitFor();
    expect(proxy!.requests.filter((r) => r.path === '/refresh' && r.carriedAuthId)).toHaveLength(1);
  });
});
