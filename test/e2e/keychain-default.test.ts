// "Share new AuthIDs with Duplicati through the system keychain" in Chromium on the real app core,
// with a real login (AuthID server and OAuth provider on loopback). The keychain is an in-memory
// stand-in for the OS store (the real Secret Service is exercised in keychain-references.test.ts):
// it works, or it reports itself locked as the real adapter does.
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../fixtures/memory-secret-store';
import { registerSecret } from '../fixtures/leak-check/secret-registry';
import { authorize } from './journeys/journey-steps';
import { useRealApp, type RealSession } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { idOf } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();
const PROVIDER = 'Microsoft OneDrive';
const NAME = 'authid_microsoft_onedrive';
const LOCKED = 'Your keyring is locked. Unlock it (log out and in again, or open Passwords and Keys), then try again.';
const OPTION = 'Share new AuthIDs with Duplicati through the system keychain';

async function openSettings(session: RealSession) {
  const { page } = session.host;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  return page.getByRole('region', { name: 'System keychain for Duplicati' });
}

async function urlOfNewAuthId(session: RealSession): Promise<string> {
  const { app, host } = session;
  const { page } = host;
  await authorize(app, host, PROVIDER, 'alice');
  registerSecret(await app.vault.readSecret(idOf(app, PROVIDER)));
  await page.getByRole('button', { name: 'AuthIDs', exact: true }).click();
  await page.getByRole('button', { name: `Details for ${PROVIDER}` }).click();
  await page.getByRole('heading', { name: PROVIDER, level: 1 }).waitFor();
  const builder = page.getByRole('region', { name: 'Connection URL' });
  await builder.getByRole('textbox', { name: 'Folder path' }).fill('Backups');
  await builder.locator('output').getByText('authid=').waitFor();
  return (await builder.locator('output').textContent()) ?? '';
}

describe('new AuthIDs shared through the keychain by default', () => {
  it('where the keychain works the setting is on, and a new AuthID from a login is stored there with $name in its URL', async () => {
    const store = memoryStore();
    const session = await start({ secretStore: store });
    const section = await openSettings(session);
    const option = section.getByRole('checkbox', { name: OPTION });
    expect(await option.isChecked()).toBe(true);

    const preview = await urlOfNewAuthId(session);
    const authId = await session.app.vault.readSecret(idOf(session.app, PROVIDER));
    expect(store.items.get(NAME)).toBe(authId);
    expect(preview).toContain(`authid=$${NAME}&`);
    expect(preview).not.toContain(authId);
    const keychain = session.host.page.getByRole('region', { name: 'System keychain' });
    expect(await keychain.getByRole('checkbox', { name: 'Duplicati reads this AuthID from the system keychain' }).isChecked()).toBe(true);
  });

  it('turned off, a new AuthID keeps the AuthID in its URL and nothing is stored', async () => {
    const store = memoryStore();
    const session = await start({ secretStore: store });
    const option = (await openSettings(session)).getByRole('checkbox', { name: OPTION });
    expect(await option.isChecked()).toBe(true);
    expect(await axeViolations(session.host.page)).toEqual([]);
    await saveScreenshot(session.host.page, 'keychain-default-on');
    await option.uncheck();
    await expect.poll(() => session.app.core.handlers.keychainDefault(undefined), { timeout: 10_000 }).toMatchObject({ shareNewAuthIds: false });
    const preview = await urlOfNewAuthId(session);
    expect(store.items.size).toBe(0);
    expect(preview).not.toContain('authid=$');
  });

  it('a locked keychain: off, with the reason, and a new AuthID is not stored', async () => {
    const store = memoryStore();
    const locked = { ...store, probe: async () => ({ usable: false as const, problem: 'locked' as const, message: LOCKED }) };
    const session = await start({ secretStore: locked });
    const section = await openSettings(session);
    await section.getByRole('note').getByText(`Off: ${LOCKED}`).waitFor();
    expect(await section.getByRole('checkbox').count()).toBe(0);
    expect(await axeViolations(session.host.page)).toEqual([]);
    const preview = await urlOfNewAuthId(session);
    expect(store.items.size).toBe(0);
    expect(preview).not.toContain('authid=$');
  });

  it('no keychain on this system: off, and the line points to the encrypted file', async () => {
    const session = await start({ secretStore: null });
    const section = await openSettings(session);
    await section.getByRole('note').getByText('Off: this system has no keychain that Duplicati reads. Share AuthIDs through the encrypted secrets file instead (below).').waitFor();
  });
});
